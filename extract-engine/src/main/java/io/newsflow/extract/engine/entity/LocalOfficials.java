package io.newsflow.extract.engine.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.newsflow.contract.EntityKind;
import io.newsflow.extract.engine.dictionary.DictionaryIndex;
import io.newsflow.extract.engine.dictionary.Place;
import io.newsflow.extract.engine.dictionary.Role;
import io.newsflow.extract.engine.nlp.Sentence;
import io.newsflow.extract.engine.nlp.Token;

/**
 * People with a title and no country, in a story whose dateline names a place the gazetteer does not know ("SUNGAI
 * PETANI, April 20 — Magistrate Arif ..."): a small town is home to the officials, executives and magistrates it
 * names. Its country is the one the story mentions most, else the home country of the agency that filed it. A web
 * story without a dateline gives its officials the country it is clearly about, when it names one far more than
 * any other, or the home of the national outlet that published it, when it names that at all (a national paper
 * names its own officials without their country); a guest the story tells arriving there keeps no country.
 */
public final class LocalOfficials {
    private final OutletHomes outletHomes;
    private final DictionaryIndex index;

    public LocalOfficials(DictionaryIndex index) {
        this.index = index;
        this.outletHomes = new OutletHomes(index);
    }

    /**
     * A web story without a dateline: the story's country where it stands out, mentioned at least {@code DOMINANCE}
     * times as often as any other ("Russia attacked Ukraine ... Energy Minister X" names both), else the national
     * outlet's home where the story names it ("Presidential press secretary Alfredo Hengari" in The Namibian on
     * Germany's stance; measured on the own stories: six officials right, three foreign ones wrong).
     */
    public void completeWithoutDateline(EntityTable table, List<Sentence> sentences, String outletHome) {
        completeFromRoleBodies(table);
        String country = bareBodiesHome(table, outletHome);
        if (country == null) {
            return;
        }
        for (Map.Entry<EntityKey, PersonProfile> entry : table.persons().entrySet()) {
            PersonProfile person = entry.getValue();
            if (person.countryCode() == null && person.affiliation() == null
                    && person.roles().stream().anyMatch(this::publicOffice) // a market strategist is no one's official
                    && !arrivesIn(table, sentences, entry.getKey(), country)) {
                person.learn(null, country, null);
            }
        }
    }

    /**
     * "JCS spokesman Lee Sung-jun": a person whose role names a body of the story that belongs to a country takes
     * that country, before any guess from the story's place.
     */
    private void completeFromRoleBodies(EntityTable table) {
        for (PersonProfile person : table.persons().values()) {
            if (person.countryCode() != null || person.affiliation() != null || person.roles().isEmpty()) {
                continue;
            }
            String country = roleBodyCountry(table, person.roles());
            if (country != null) {
                person.learn(null, country, null);
            }
        }
    }

    private String roleBodyCountry(EntityTable table, List<String> roles) {
        for (EntityKey key : table.keys()) {
            if (key.kind() == EntityKind.ORGANIZATION && key.countryCode() != null && index.country(key.countryCode()) != null
                    && roles.stream().anyMatch(role -> table.namedIn(key, role))) {
                return key.countryCode();
            }
        }
        return null;
    }

    /** Words after a name that tell its bearer came from elsewhere: "Amna Baloch, who arrived in Dhaka on". */
    private static final Set<String> ARRIVALS = Set.of("arrived", "arrives", "arriving", "landed", "visiting",
            "visited", "visits", "flew", "travelled", "traveled");
    /** How far after the name the arrival, and after the arrival its place, may stand. */
    private static final int ARRIVAL_REACH = 5;

    /** Whether the story tells the person arriving in or visiting {@code country}: a guest, not one of its officials. */
    private boolean arrivesIn(EntityTable table, List<Sentence> sentences, EntityKey person, String country) {
        for (FoundMention m : table.mentions()) {
            if (!person.equals(m.key()) || m.sentence() >= sentences.size()) {
                continue;
            }
            List<Token> tokens = sentences.get(m.sentence()).tokens();
            for (int k = m.last() + 1; k < Math.min(tokens.size(), m.last() + 1 + ARRIVAL_REACH); k++) {
                if (ARRIVALS.contains(tokens.get(k).lower())) {
                    return placeOf(table, m.sentence(), k, country);
                }
            }
        }
        return false;
    }

    /** Whether a place or country of {@code country} is named within a few words after {@code from}. */
    private boolean placeOf(EntityTable table, int sentence, int from, String country) {
        for (FoundMention place : table.mentionsIn(sentence)) {
            if (place.key() == null || place.first() <= from || place.first() > from + ARRIVAL_REACH) {
                continue;
            }
            Place known = place.key().kind() == EntityKind.LOCATION ? index.place(place.key().name()) : null;
            String placeCountry = known != null ? known.countryIso3() : place.key().countryCode();
            if (country.equals(placeCountry)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The country a web story without a dateline is about: the one it names far more than any other, or the home of
     * the national outlet that published it when that is the one it names most ("Punch" on Nigeria and Niger).
     */
    private static String storyCountry(Map<String, Integer> mentions, String home) {
        String country = mostMentionedCountry(mentions, DOMINANCE);
        if (country != null || home == null) {
            return country;
        }
        // a national paper names its own officials without their country ("Foreign Minister Vijitha Herath" in a
        // Colombo paper on Modi's visit): its home, when the story names it about as often as any other
        int top = mentions.values().stream().max(Integer::compare).orElse(0);
        return mentions.getOrDefault(home, 0) * HOME_SHARE >= top ? home : null; // (or names no country at all)
    }

    /**
     * Whose the bare bodies of a web story without a dateline are ("the Ministry of Foreign Affairs summoned the
     * Russian chargé d'affaires" on ERR News): the story's country, else the home of the outlet when the story names
     * it at all (an outlet abroad that never names its own country writes of others' ministries).
     */
    public String bareBodiesHome(EntityTable table, String home) {
        Map<String, Integer> mentions = countryMentions(table);
        // a national paper's bare "the Government" is its own, though the story names another state more ("The
        // Government is to expel a Russian diplomat" in The Irish Times), unless its home is named only in passing
        int top = mentions.values().stream().max(Integer::compare).orElse(0);
        if (home != null && mentions.getOrDefault(home, 0) > 0 && mentions.get(home) * BARE_HOME_SHARE >= top) {
            return home;
        }
        return storyCountry(mentions, home);
    }

    /** A national outlet's home owns the bare bodies when named at least a quarter as often as the most named. */
    private static final int BARE_HOME_SHARE = 4;

    /** A national outlet's home is the story's country when named at least a half as often as the most named. */
    private static final int HOME_SHARE = 2;

    /** The home country of a news agency or national outlet, as the dictionary or its name tells it; else null. */
    public String agencyCountry(String agency) {
        return outletHomes.of(agency);
    }

    /** The home country of the outlet that published a story, by its name or else by its web address; else null. */
    public String outletCountry(String outlet, String address) {
        return outletHomes.of(outlet, address);
    }

    /**
     * Role categories of public office: the state, its parties and its forces (not diplomats: a national paper names
     * foreign envoys to its country as often as its own abroad).
     */
    private static final Set<String> PUBLIC_OFFICE = Set.of("HEAD_OF_STATE", "HEAD_OF_GOVERNMENT",
            "MINISTER", "SPOKESPERSON", "LEGISLATOR", "MILITARY", "JUDICIAL", "OFFICIAL", "PARTY");

    /** Titles that name a public office only with the body they belong to: "FBI director", not "the director". */
    private static final Set<String> BODILESS_TITLES = Set.of("director");

    /** Words after which a title names its remit: "Minister of Aviation", "Special Adviser to the President". */
    private static final Set<String> REMIT_WORDS = Set.of("of", "for", "to", "on");

    /**
     * A role whose last word, or last two, is a title of public office ("Reserve Bank Governor", "home secretary"),
     * or whose words before its remit are ("Minister of Aviation and Aerospace Development").
     */
    private boolean publicOffice(String role) {
        String[] words = role.toLowerCase(Locale.ROOT).split("\\s+");
        if (words.length == 1 && BODILESS_TITLES.contains(words[0])) {
            return false; // "Directed by Ali Abbas Zafar": a film's, a firm's or an office's director alike
        }
        for (int k = 1; k < words.length; k++) {
            if (REMIT_WORDS.contains(words[k])) {
                return titleOfOffice(java.util.Arrays.copyOf(words, k)) || titleOfOffice(words);
            }
        }
        return titleOfOffice(words);
    }

    private boolean titleOfOffice(String[] words) {
        String last = words[words.length - 1];
        String lastTwo = words.length > 1 ? words[words.length - 2] + " " + last : last;
        Role known = index.role(lastTwo) != null ? index.role(lastTwo) : index.role(last);
        return known != null && PUBLIC_OFFICE.contains(known.category());
    }

    /** How many times as often as any other a story names the country it is about. */
    private static final int DOMINANCE = 3;

    public void complete(EntityTable table, String agencyHome) {
        completeFromRoleBodies(table);
        String country = mostMentionedCountry(countryMentions(table), 1);
        if (country == null) {
            country = agencyHome;
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
    private static String mostMentionedCountry(Map<String, Integer> mentions, int dominance) {
        List<Map.Entry<String, Integer>> ranked = mentions.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).toList();
        if (ranked.isEmpty() || ranked.size() > 1 && ranked.get(0).getValue() < dominance * ranked.get(1).getValue()) {
            return null;
        }
        return ranked.get(0).getKey();
    }

    /** How often the story names each country (by name, demonym or capital). */
    private static Map<String, Integer> countryMentions(EntityTable table) {
        Map<String, Integer> mentions = new HashMap<>();
        for (FoundMention m : table.mentions()) {
            if (m.key() != null && m.key().kind() == EntityKind.COUNTRY && m.key().countryCode() != null) {
                mentions.merge(m.key().countryCode(), 1, Integer::sum);
            }
        }
        return mentions;
    }
}
