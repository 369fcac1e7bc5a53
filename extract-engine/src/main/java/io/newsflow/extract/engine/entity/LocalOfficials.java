package io.newsflow.extract.engine.entity;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import io.newsflow.contract.EntityKind;
import io.newsflow.extract.engine.dictionary.DictionaryIndex;
import io.newsflow.extract.engine.dictionary.KnownOrganization;
import io.newsflow.extract.engine.dictionary.Role;

/**
 * People with a title and no country, in a story whose dateline names a place the gazetteer does not know ("SUNGAI
 * PETANI, April 20 — Magistrate Arif ..."): a small town is home to the officials, executives and magistrates it
 * names. Its country is the one the story mentions most, else the home country of the agency that filed it. A web
 * story without a dateline gives its officials the country it is clearly about, when it names one far more than
 * any other.
 */
public final class LocalOfficials {
    private final Map<String, String> agencyCountries = new HashMap<>();

    private final DictionaryIndex index;

    public LocalOfficials(DictionaryIndex index) {
        this.index = index;
        for (KnownOrganization org : index.dictionaries().organizations()) {
            if (("AGENCY".equals(org.type()) || "MEDIA".equals(org.type())) && org.countryIso3() != null) {
                agencyCountries.put(org.name().toLowerCase(Locale.ROOT), org.countryIso3());
                org.aliases().forEach(a -> agencyCountries.put(a.toLowerCase(Locale.ROOT), org.countryIso3()));
            }
        }
    }

    /**
     * A web story without a dateline: the story's country only where it stands out, mentioned at least {@code
     * DOMINANCE} times as often as any other ("Russia attacked Ukraine ... Energy Minister X" names both).
     */
    public void completeWithoutDateline(EntityTable table, String outlet) {
        String country = storyCountry(table, outlet);
        if (country == null) {
            return;
        }
        for (PersonProfile person : table.persons().values()) {
            if (person.countryCode() == null && person.affiliation() == null
                    && person.roles().stream().anyMatch(this::publicOffice)) {
                person.learn(null, country, null); // a market strategist or a professor is no one's official
            }
        }
    }

    /**
     * The country a web story without a dateline is about: the one it names far more than any other, or the home of
     * the national outlet that published it when that is the one it names most ("Punch" on Nigeria and Niger).
     */
    public String storyCountry(EntityTable table, String outlet) {
        String country = mostMentionedCountry(table, DOMINANCE);
        String home = outlet == null ? null : agencyCountries.get(outlet.toLowerCase(Locale.ROOT));
        return country != null ? country : home != null && home.equals(mostMentionedCountry(table, 1)) ? home : null;
    }

    /** The country a story names three times as often as any other, else null. */
    public String dominantCountry(EntityTable table) {
        return mostMentionedCountry(table, DOMINANCE);
    }

    /** Role categories of public office: the state, its parties and its forces. */
    private static final java.util.Set<String> PUBLIC_OFFICE = java.util.Set.of("HEAD_OF_STATE", "HEAD_OF_GOVERNMENT",
            "MINISTER", "DIPLOMAT", "SPOKESPERSON", "LEGISLATOR", "MILITARY", "JUDICIAL", "OFFICIAL", "PARTY");

    /** A role whose last word, or last two, is a title of public office ("Reserve Bank Governor", "home secretary"). */
    private boolean publicOffice(String role) {
        String[] words = role.toLowerCase(Locale.ROOT).split("\\s+");
        String last = words[words.length - 1];
        String lastTwo = words.length > 1 ? words[words.length - 2] + " " + last : last;
        Role known = index.role(lastTwo) != null ? index.role(lastTwo) : index.role(last);
        return known != null && PUBLIC_OFFICE.contains(known.category());
    }

    private static final int DOMINANCE = 3;

    public void complete(EntityTable table, String agency) {
        String country = mostMentionedCountry(table, 1);
        if (country == null && agency != null) {
            country = agencyCountries.get(agency.toLowerCase(Locale.ROOT));
        }
        if (country == null) {
            return;
        }
        for (PersonProfile person : table.persons().values()) {
            if (person.countryCode() == null && person.affiliation() == null && !person.roles().isEmpty()) {
                person.learn(null, country, null);
            }
        }
    }

    /** The country mentioned most, at least {@code dominance} times as often as the next; else null. */
    private static String mostMentionedCountry(EntityTable table, int dominance) {
        Map<String, Integer> mentions = new HashMap<>();
        for (FoundMention m : table.mentions()) {
            if (m.key() != null && m.key().kind() == EntityKind.COUNTRY && m.key().countryCode() != null) {
                mentions.merge(m.key().countryCode(), 1, Integer::sum);
            }
        }
        java.util.List<Map.Entry<String, Integer>> ranked = mentions.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).toList();
        if (ranked.isEmpty() || ranked.size() > 1 && ranked.get(0).getValue() < dominance * ranked.get(1).getValue()) {
            return null;
        }
        return ranked.get(0).getKey();
    }
}
