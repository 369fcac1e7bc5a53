package io.newsflow.extract.engine.entity;

import java.util.ArrayList;
import java.util.List;

/** What the article says about one person: the fullest name, roles as stated, country and gender if known. */
public final class PersonProfile {
    private String name;
    private final List<String> roles = new ArrayList<>();
    private String countryCode;
    private String gender;
    /** The IGO a person acts for ("UN" for its Secretary-General): no nationality, but who they speak for. */
    private String affiliation;

    PersonProfile(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public List<String> roles() {
        return roles;
    }

    public String role() {
        return roles.isEmpty() ? null : roles.get(0);
    }

    public String countryCode() {
        return countryCode;
    }

    public String affiliation() {
        return affiliation;
    }

    void affiliate(String igoCode) {
        if (affiliation == null) {
            affiliation = igoCode;
        }
    }

    public String gender() {
        return gender;
    }

    public String surname() {
        String[] words = name.split(" ");
        return words[words.length - 1];
    }

    void learn(String role, String country, String personGender) {
        if (role != null && !roles.contains(role)) {
            roles.add(role);
        }
        if (countryCode == null) {
            countryCode = country;
        }
        if (gender == null) {
            gender = personGender;
        }
    }

    /** The country an office the dictionary knows puts the person in, over one the story's place gave. */
    void replaceCountry(String country) {
        countryCode = country;
    }

    void lengthenName(String longer) {
        if (longer.length() > name.length()) {
            name = longer;
        }
    }
}
