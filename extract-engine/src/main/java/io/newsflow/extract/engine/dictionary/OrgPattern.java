package io.newsflow.extract.engine.dictionary;

import java.util.List;

/**
 * A head noun such as "Foreign Ministry" that names a different organisation for each country it is combined with.
 * {@code soleCountry} is the state whose body a bare mention names wherever the story is filed ("the State
 * Department" is Washington's), or null.
 */
public record OrgPattern(String headNoun, String canonicalForm, List<String> aliases, String soleCountry) {

    /** "Russian Foreign Ministry": the country's adjective before the head noun, as wire copy names it. */
    public String nameFor(String countryAdjective) {
        if (canonicalForm.contains("{country}")) {
            return canonicalForm.replace("{country}", countryAdjective).strip();
        }
        return countryAdjective + " " + headNoun;
    }

    /** "Ministry of Foreign Affairs of Russia": the formal name with the country. */
    public String formalNameFor(String countryName) {
        return canonicalForm.contains("{country}") ? null : canonicalForm + " of " + countryName;
    }
}
