package io.newsflow.extract.engine.quote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.newsflow.contract.EntityKind;
import io.newsflow.extract.engine.dictionary.Country;
import io.newsflow.extract.engine.dictionary.DictionaryIndex;
import io.newsflow.extract.engine.entity.EntityKey;
import io.newsflow.extract.engine.entity.EntityTable;
import io.newsflow.extract.engine.entity.FoundMention;
import io.newsflow.extract.engine.entity.PersonProfile;

/**
 * A described speaker who is a person the story named before with that title: '"Israel has the right to defend
 * itself," the Belgian prime minister said' after "Belgian Prime Minister Alexander De Croo", '"…," CP Haji said'
 * after "Commissioner of Police Awadh Haji". A reader names such a speaker; a description only stands for someone
 * the story never named. Generic descriptions ("a senior official", "a spokesman") stay descriptions: they are
 * mostly someone else than the one of that title the story named.
 */
final class DescribedHolders {
    /** Last words of a description that many people may fit: never taken for the one named before. */
    private static final Set<String> GENERIC = Set.of("official", "officials", "source", "sources", "diplomat",
            "diplomats", "officer", "officers", "spokesman", "spokeswoman", "spokesperson", "analyst", "analysts",
            "expert", "experts", "resident", "residents", "witness", "witnesses", "member", "members", "lawmaker",
            "lawmakers", "aide", "aides", "statement", "people", "activist", "activists");

    private final DictionaryIndex index;

    DescribedHolders(DictionaryIndex index) {
        this.index = index;
    }

    /**
     * The quotes with each described speaker that fits exactly one person named before the quote given that person,
     * and each spokesperson of a body named by its short name ("a PPA spokesperson told ERR News") given that body.
     */
    List<FoundQuote> resolve(List<FoundQuote> quotes, EntityTable table, String text) {
        List<FoundQuote> resolved = new ArrayList<>(quotes.size());
        for (FoundQuote q : quotes) {
            if (q.speaker() != null || q.describedSpeaker() == null) {
                resolved.add(q);
                continue;
            }
            EntityKey body = bodyOf(q.describedSpeaker(), table, text);
            body = body != null ? body : latestBodyOfKind(q.describedSpeaker(), q.start(), table);
            EntityKey holder = body != null ? body : holderOf(q.describedSpeaker(), q.start(), table);
            resolved.add(holder == null ? q : q.spokenBy(holder, null));
        }
        return resolved;
    }

    /** Who speaks for a body: "PPA spokesperson", "IGSU official". */
    private static final Set<String> SPEAKING_FOR = Set.of("spokesperson", "spokesman", "spokeswoman", "official",
            "officials", "representative", "source", "sources", "statement");

    /** The body a description names by its short name before a word of speaking for it, else null. */
    private static EntityKey bodyOf(String description, EntityTable table, String text) {
        String[] words = description.split("\\s+");
        if (words.length != 2 || !SPEAKING_FOR.contains(words[1].toLowerCase(Locale.ROOT))
                || !words[0].matches("\\p{Lu}{2,8}")) {
            return null;
        }
        for (FoundMention m : table.mentions()) {
            if (m.key() != null && m.key().kind() == EntityKind.ORGANIZATION
                    && m.end() <= text.length() && text.substring(m.start(), m.end()).equals(words[0])) {
                return table.finalKey(m.key());
            }
        }
        return null;
    }

    /** Kinds of body a description names by a common noun: "a ministry spokesperson", "an embassy official". */
    private static final Set<String> BODY_KINDS = Set.of("ministry", "embassy", "army", "military", "police",
            "commission", "council", "office", "agency", "court", "government", "presidency", "party");

    /**
     * "In Beijing, China's Foreign Ministry also welcomed ... 'a ministry spokesperson said'": the body of that kind
     * named last before the quote; null when the description names no kind of body or none was named.
     */
    private static EntityKey latestBodyOfKind(String description, int before, EntityTable table) {
        String[] words = description.toLowerCase(Locale.ROOT).split("\\s+");
        if (words.length != 2 || !SPEAKING_FOR.contains(words[1]) || !BODY_KINDS.contains(words[0])) {
            return null;
        }
        EntityKey latest = null;
        int latestStart = -1;
        for (FoundMention m : table.mentions()) {
            if (m.key() != null && m.key().kind() == EntityKind.ORGANIZATION && m.start() < before
                    && m.start() > latestStart && m.key().name().toLowerCase(Locale.ROOT).contains(words[0])) {
                latest = table.finalKey(m.key());
                latestStart = m.start();
            }
        }
        return latest;
    }

    private EntityKey holderOf(String description, int before, EntityTable table) {
        List<String> words = Arrays.asList(description.toLowerCase(Locale.ROOT).split("\\s+"));
        if (words.size() < 2 || GENERIC.contains(words.get(words.size() - 1))) {
            return null;
        }
        EntityKey found = null;
        for (Map.Entry<EntityKey, PersonProfile> e : table.persons().entrySet()) {
            PersonProfile person = e.getValue();
            if (fits(words, person) && namedBefore(table, e.getKey(), before)) {
                if (found != null && !table.finalKey(found).equals(table.finalKey(e.getKey()))) {
                    return null; // two people fit: the description does not tell which
                }
                found = e.getKey();
            }
        }
        return found;
    }

    /** Whether the description is the person's title, with the person's country before it, or ends in the surname. */
    private boolean fits(List<String> words, PersonProfile person) {
        List<String> name = Arrays.asList(person.name().toLowerCase(Locale.ROOT).split("\\s+"));
        if (words.get(words.size() - 1).equals(name.get(name.size() - 1)) && name.size() > 1) {
            return true; // "CP Haji" of "Awadh Haji"
        }
        int first = 0;
        String country = person.countryCode();
        Country c = country == null ? null : index.country(country);
        while (first < words.size() - 1 && c != null && (words.get(first).equals(lower(index.adjective(country)))
                || words.get(first).equals(lower(c.name())))) {
            first++; // "Belgian prime minister", "Austria coach"
        }
        Set<String> roleWords = new HashSet<>();
        person.roles().forEach(r -> roleWords.addAll(Arrays.asList(r.toLowerCase(Locale.ROOT).split("[\\s-]+"))));
        if (c != null) {
            roleWords.remove(lower(index.adjective(country)));
        }
        List<String> title = words.subList(first, words.size());
        return !title.isEmpty() && roleWords.containsAll(title)
                && (first > 0 || title.size() >= 2); // a bare one-word title fits too many
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }

    private static boolean namedBefore(EntityTable table, EntityKey person, int offset) {
        EntityKey key = table.finalKey(person);
        for (FoundMention m : table.mentions()) {
            if (m.key() != null && m.start() < offset && m.how() != FoundMention.How.PRONOUN
                    && table.finalKey(m.key()).equals(key)) {
                return true;
            }
        }
        return false;
    }
}
