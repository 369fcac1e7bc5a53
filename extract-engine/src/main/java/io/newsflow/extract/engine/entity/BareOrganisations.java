package io.newsflow.extract.engine.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.newsflow.contract.EntityKind;
import io.newsflow.extract.engine.Deadline;
import io.newsflow.extract.engine.dictionary.Country;
import io.newsflow.extract.engine.dictionary.DictionaryIndex;
import io.newsflow.extract.engine.dictionary.OrgPattern;

/**
 * A bare "Foreign Ministry" is the one of the only country the article names in full with it ("Russian Foreign
 * Ministry"), or else the ministry of the dateline's country: a TASS story from Moscow means Russia's. A court named without a
 * country ("the Magistrate's Court here") sits where the story is told, and acts for that state.
 */
public final class BareOrganisations {
    private final DictionaryIndex index;

    public BareOrganisations(DictionaryIndex index) {
        this.index = index;
    }

    private static final Set<String> COURT_WORDS = Set.of("court", "tribunal");

    private static boolean isLocalCourt(EntityKey key) {
        if (key.kind() != EntityKind.ORGANIZATION || key.countryCode() != null) {
            return false;
        }
        String[] words = key.name().toLowerCase(Locale.ROOT).split("\\s+");
        return COURT_WORDS.contains(words[words.length - 1]);
    }

    /** Whether the text names the body with its country ("the Russian Foreign Ministry"), not only as "its" one. */
    private static boolean namedInFull(EntityTable table, EntityKey key) {
        return table.mentions().stream().anyMatch(m -> key.equals(m.key()) && m.how() == FoundMention.How.NAME);
    }

    /**
     * Gives bare bodies their country. {@code storyCountry} is, for a web story without a dateline, the country the
     * story is clearly about (else null): a bare body no full name explains is that country's, named as printed (a
     * name made from the country's adjective would misname a body of another country the story names in passing).
     */
    /** The org-pattern head of a state's government. */
    private static final String GOVERNMENT = "Government";

    /**
     * "Government has dismissed the sanctions", "the Nigerian Government": a state's government is the state, as
     * event coders code it and readers list it (a gold file lists no government among the organisations). Run
     * after the role nouns are resolved: "the government" of a later sentence is the same state.
     */
    public void governmentsAsStates(EntityTable table) {
        OrgPattern government = index.orgPattern(GOVERNMENT);
        for (EntityKey k : new ArrayList<>(table.keys())) {
            Country state = k.kind() == EntityKind.ORGANIZATION && k.countryCode() != null ? index.country(k.countryCode())
                    : null;
            if (state != null && (k.name().equalsIgnoreCase(GOVERNMENT)
                    || government != null && k.name().equals(government.nameFor(index.adjective(k.countryCode()))))) {
                table.rekey(k, EntityKey.ofCountry(state));
            }
        }
    }

    public void resolve(EntityTable table, String datelineCountry, String storyCountry, Deadline deadline) {
        partsOfNamedBodies(table);
        for (EntityKey bare : new ArrayList<>(table.keys())) {
            deadline.tick();
            OrgPattern pattern = bare.kind() == EntityKind.ORGANIZATION && bare.countryCode() == null
                    ? index.orgPattern(bare.name()) : null;
            if (pattern == null) {
                if (isLocalCourt(bare) && datelineCountry != null && index.country(datelineCountry) != null) {
                    table.rekey(bare, new EntityKey(EntityKind.ORGANIZATION, bare.name(), datelineCountry));
                }
                continue;
            }
            List<EntityKey> full = new ArrayList<>();
            for (EntityKey k : table.keys()) {
                if (k.kind() == EntityKind.ORGANIZATION && k.countryCode() != null
                        && k.name().equals(pattern.nameFor(index.adjective(k.countryCode()))) && namedInFull(table, k)) {
                    full.add(k);
                }
            }
            String titledStates = full.isEmpty() && pattern.soleCountry() == null ? countryOfItsTitled(table, bare.name()) : null;
            // a web story's home is the country it is clearly about
            String home = datelineCountry != null ? datelineCountry : storyCountry;
            boolean homeFirst = full.size() == 1 && homeBodyFirst(table, bare, full.get(0), home);
            if (full.size() == 1 && !homeFirst) {
                table.rekey(bare, full.get(0));
            } else if (homeFirst && datelineCountry == null) {
                // "the Foreign Ministry summoned Chinese Ambassador Xiao Qian" in a Jakarta paper, before "Chinese
                // Foreign Ministry spokesman Geng Shuang": the home state's
                table.rekey(bare, new EntityKey(EntityKind.ORGANIZATION, pattern.nameFor(index.adjective(home)), home));
            } else if (full.isEmpty() && pattern.soleCountry() != null && index.country(pattern.soleCountry()) != null) {
                // "the State Department" in a story from Kingston is Washington's
                table.rekey(bare, new EntityKey(EntityKind.ORGANIZATION,
                        pattern.nameFor(index.adjective(pattern.soleCountry())), pattern.soleCountry()));
            } else if (SEVERAL.equals(titledStates)) {
                continue; // "Foreign Ministry spokesman Baghaei ... Foreign Ministry spokesperson Guo": no one state's
            } else if (titledStates != null && index.country(titledStates) != null) {
                // "Foreign Ministry spokesman Esmaeil Baghaei" in a story from Washington: his state's ministry
                table.rekey(bare, new EntityKey(EntityKind.ORGANIZATION, pattern.nameFor(index.adjective(titledStates)),
                        titledStates));
            } else if (datelineCountry == null && full.isEmpty() && storyCountry != null
                    && index.country(storyCountry) != null) {
                table.rekey(bare, new EntityKey(EntityKind.ORGANIZATION, bare.name(), storyCountry));
            } else if (datelineCountry != null && index.country(datelineCountry) != null
                    && full.stream().noneMatch(k -> datelineCountry.equals(k.countryCode()))) {
                // none, or several foreign ones ("the Chinese Foreign Ministry", "Pakistan's Foreign Office"): the
                // bare one of a story from New Delhi is India's
                table.rekey(bare, new EntityKey(EntityKind.ORGANIZATION,
                        pattern.nameFor(index.adjective(datelineCountry)), datelineCountry));
            }
        }
    }

    /**
     * "WARSAW - ... the Ministry of National Defence said" long before "the Belarusian Defence Ministry denied": a bare
     * body a story from one state names before another state's full one is its home state's.
     */
    private boolean homeBodyFirst(EntityTable table, EntityKey bare, EntityKey foreign, String home) {
        if (home == null || index.country(home) == null || home.equals(foreign.countryCode())) {
            return false;
        }
        return firstMention(table, bare) < firstMention(table, foreign);
    }

    private static int firstMention(EntityTable table, EntityKey key) {
        return table.mentions().stream().filter(m -> key.equals(m.key())).mapToInt(FoundMention::start).min()
                .orElse(Integer.MAX_VALUE);
    }

    /** What {@link #countryOfItsTitled} answers when the persons a body titles are of several states. */
    private static final String SEVERAL = "";

    /**
     * The state of the persons whose role names the bare body ("Foreign Ministry spokesman"), when the story knows
     * it for each of them and it is one; {@link #SEVERAL} when they are of several states; else null.
     */
    private String countryOfItsTitled(EntityTable table, String body) {
        String lowerBody = body.toLowerCase(Locale.ROOT);
        String country = null;
        for (java.util.Map.Entry<EntityKey, PersonProfile> person : table.persons().entrySet()) {
            boolean titled = person.getValue().roles().stream()
                    .anyMatch(r -> r.toLowerCase(Locale.ROOT).startsWith(lowerBody + " "));
            if (!titled) {
                continue;
            }
            // (the persons' countries are not read yet: the one the world actors dictionary gives the name)
            String own = person.getValue().countryCode() != null ? person.getValue().countryCode()
                    : knownCountry(person.getKey().name());
            if (own == null) {
                return null;
            }
            if (country != null && !country.equals(own)) {
                return SEVERAL;
            }
            country = own;
        }
        return country;
    }

    /** The one country the world actors dictionary gives a name, else null. */
    private String knownCountry(String name) {
        Set<String> countries = new java.util.HashSet<>();
        index.worldActors(name).forEach(a -> countries.add(a.country()));
        return countries.size() == 1 ? countries.iterator().next() : null;
    }

    /** The organs of a ruling party, which readers list as the party itself. */
    private static final Set<String> PARTY_ORGANS = Set.of("political bureau", "politburo", "standing committee",
            "central committee", "secretariat", "presidium");
    /** How many words may join a part to its whole: "of the". */
    private static final int PART_TO_WHOLE = 3;
    /** How many links a chain of parts may have: "the Standing Committee of the Political Bureau of the ...". */
    private static final int CHAIN_LINKS = 3;

    /**
     * "the Political Bureau of the Communist Party of China Central Committee": a party organ the text names, wherever
     * it names it, only as part of a party of one country is that party, as readers list it, not a body of the
     * dateline's country. Runs before the bare bodies take the dateline's country.
     */
    private static void partsOfNamedBodies(EntityTable table) {
        for (int link = 0; link < CHAIN_LINKS; link++) {
            boolean joined = false;
            for (EntityKey part : new ArrayList<>(table.keys())) {
                if (part.kind() != EntityKind.ORGANIZATION || part.countryCode() != null
                        || !PARTY_ORGANS.contains(part.name().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                EntityKey whole = null;
                for (FoundMention m : table.mentions()) {
                    if (!part.equals(m.key())) {
                        continue;
                    }
                    whole = wholeOf(table, m);
                    if (whole == null) {
                        break;
                    }
                }
                if (whole != null) {
                    table.rekey(part, whole);
                    joined = true;
                }
            }
            if (!joined) {
                return;
            }
        }
    }

    /**
     * The party of one country the mention is named as part of: right after it ("of the X") or right before it ("X
     * Central Committee").
     */
    private static EntityKey wholeOf(EntityTable table, FoundMention part) {
        for (FoundMention o : table.mentionsIn(part.sentence())) {
            EntityKey k = o.key();
            if (k.kind() == EntityKind.ORGANIZATION && k.countryCode() != null && !k.equals(part.key())
                    && (k.name().contains(" Party") || PARTY_ORGANS.contains(k.name().toLowerCase(Locale.ROOT)))
                    && (o.first() > part.last() && o.first() - part.last() <= PART_TO_WHOLE
                            || o.last() == part.first() - 1)) {
                return k;
            }
        }
        return null;
    }
}
