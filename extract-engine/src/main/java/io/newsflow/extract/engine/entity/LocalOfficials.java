package io.newsflow.extract.engine.entity;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import io.newsflow.contract.EntityKind;
import io.newsflow.extract.engine.dictionary.DictionaryIndex;
import io.newsflow.extract.engine.dictionary.KnownOrganization;

/**
 * People with a title and no country, in a story whose dateline names a place the gazetteer does not know ("SUNGAI
 * PETANI, April 20 — Magistrate Arif ..."): a small town is home to the officials, executives and magistrates it
 * names. Its country is the one the story mentions most, else the home country of the agency that filed it.
 */
public final class LocalOfficials {
    private final Map<String, String> agencyCountries = new HashMap<>();

    public LocalOfficials(DictionaryIndex index) {
        for (KnownOrganization org : index.dictionaries().organizations()) {
            if ("AGENCY".equals(org.type()) && org.countryIso3() != null) {
                agencyCountries.put(org.name().toLowerCase(Locale.ROOT), org.countryIso3());
                org.aliases().forEach(a -> agencyCountries.put(a.toLowerCase(Locale.ROOT), org.countryIso3()));
            }
        }
    }

    public void complete(EntityTable table, String agency) {
        String country = mostMentionedCountry(table);
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

    private static String mostMentionedCountry(EntityTable table) {
        Map<String, Integer> mentions = new HashMap<>();
        for (FoundMention m : table.mentions()) {
            if (m.key() != null && m.key().kind() == EntityKind.COUNTRY && m.key().countryCode() != null) {
                mentions.merge(m.key().countryCode(), 1, Integer::sum);
            }
        }
        return mentions.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }
}
