package io.newsflow.extract.engine.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.newsflow.contract.EntityKind;
import io.newsflow.extract.engine.dictionary.Dictionaries;
import io.newsflow.extract.engine.entity.EntityKey;
import io.newsflow.extract.engine.entity.FoundMention;
import io.newsflow.extract.engine.nlp.Token;

/**
 * Armed men a story does not name: "Gunmen killed five soldiers", "Kurdish militants attacked an army post",
 * "troops killed 12 insurgents". CAMEO codes them as rebels of no country ({@code ---REB}) and they act like any
 * named group, so each such phrase becomes an actor of its own, named by its words ("Kurdish militants") with no
 * country. Where a named group or a country's demonym heads the phrase ("Boko Haram militants", "Somali
 * militants"), that name is the actor and nothing is added. A country a stance word ties to the fighters
 * ("pro-Russian separatists", "Iran-backed rebels") is not the one that acts, so its mention gives way to the
 * phrase.
 */
final class UnnamedFighters {
    /**
     * Those who fight for no state (irregular-fighters.txt, read once for the package): the same words keep a
     * nationality's attack from being a state's force and a nationality before them from naming a private person.
     */
    static final Set<String> FIGHTERS = Set.copyOf(Dictionaries.readWords("irregular-fighters.txt"));
    /** "armed men", "masked men", "armed groups": men and groups are fighters only with one of these before them. */
    private static final Set<String> ARMING = Set.of("armed", "masked");
    private static final Set<String> ARMED_NOUNS = Set.of("men", "group", "groups");
    /** "a rebel group", "militia forces": the noun the fighters' word describes is the same actor. */
    private static final Set<String> GROUP_NOUNS = Set.of("group", "groups", "forces", "fighters", "faction",
            "factions", "movement", "units", "hideout", "hideouts", "positions", "camp", "camps", "stronghold",
            "strongholds", "bases");
    /** Among those, the places of the fighters rather than a body of them: the actor is the fighters. */
    private static final Set<String> PLACE_NOUNS = Set.of("hideout", "hideouts", "positions", "camp", "camps",
            "stronghold", "strongholds", "bases");
    /**
     * After a singular fighter word, what shows it names a man acting ("a gunman opened fire", "the militia
     * attacked") rather than describing a noun ("a terrorist attack", "a militant leader").
     */
    private static final Set<String> ACTING_NEXT = Set.of("was", "is", "has", "had", "have", "will", "would", "who",
            "that", "opened", "shot", "fired", "killed", "stormed", "seized", "abducted", "kidnapped", "overran",
            "captured", "attacked", "ambushed", "raided");
    /** Words before the fighters that describe them but are no part of what they are called. */
    private static final Set<String> HEDGES = Set.of("suspected", "alleged", "unidentified", "unknown", "heavily",
            "some", "several", "dozens", "hundreds", "of", "about", "around", "at", "least", "more", "than");
    /** "pro-Russian", "anti-government": what the fighters are for or against. */
    private static final Set<String> STANCES = Set.of("pro", "anti");
    /** How far after unnamed fighters the group they belong to may be named. */
    private static final int NAMED_GROUP_WORDS = 6;
    /** How many describing words may stand before the fighters. */
    private static final int MODIFIERS = 4;

    private UnnamedFighters() {
    }

    /** The actors of a sentence with its unnamed fighters added, and the stance-tied countries among them taken away. */
    static List<ActorSpan> addTo(List<Token> tokens, List<ActorSpan> named, int sentence, String text) {
        List<ActorSpan> actors = null;
        for (int head = 0; head < tokens.size(); head++) {
            if (!isFighter(tokens, head) || inside(named, head)) {
                continue;
            }
            int last = head;
            if (ofNamedGroup(tokens, named, head)) {
                continue; // "rebels of the M23 movement": the movement acts
            }
            if (head + 1 < tokens.size() && GROUP_NOUNS.contains(tokens.get(head + 1).lower())) {
                last = head + 1; // "a rebel group", "militant hideouts"
                if (ActorSpan.startingAt(named, last + 1) != null) {
                    continue; // "the militant group Hamas": the group is named right after its noun, and acts
                }
            } else if (!acting(tokens, head) || possessive(tokens, head)) {
                continue; // ("engaged the terrorists' location": what is theirs is acted on, they do not act)
            }
            int first = head;
            boolean namedHead = false;
            List<ActorSpan> stanceTied = new ArrayList<>();
            for (int k = head - 1; k >= Math.max(0, head - MODIFIERS); k--) {
                Token t = tokens.get(k);
                ActorSpan a = ActorSpan.endingAt(named, k);
                if (a != null) {
                    if (!stanceTied(text, a.mention())) {
                        namedHead = true; // "Boko Haram militants", "Somali militants": the name acts
                        break;
                    }
                    stanceTied.add(a);
                    first = a.first();
                    k = a.first();
                    if (k >= 2 && tokens.get(k - 1).is("-") && STANCES.contains(tokens.get(k - 2).lower())) {
                        first = k - 2; // "Pro-Russian" in three tokens
                        k = first;
                    }
                    continue;
                }
                if (!describes(t, k)) {
                    break;
                }
                first = k;
            }
            if (namedHead) {
                continue;
            }
            if (actors == null) {
                actors = new ArrayList<>(named);
            }
            actors.removeAll(stanceTied);
            actors.add(span(tokens, first, last, sentence, text));
            head = last;
        }
        if (actors == null) {
            return named;
        }
        actors.sort(java.util.Comparator.comparingInt(ActorSpan::first)); // in the order of the sentence, as named ones
        return actors;
    }

    /** "Rebels of the M23 movement", "fighters of Hamas": a named group after "of" is who they are. */
    private static boolean ofNamedGroup(List<Token> tokens, List<ActorSpan> named, int head) {
        int k = head + 1;
        if (k >= tokens.size() || !tokens.get(k).is("of")) {
            return false;
        }
        k++;
        if (k < tokens.size() && tokens.get(k).is("the")) {
            k++;
        }
        ActorSpan a = ActorSpan.startingAt(named, k);
        return a != null && a.mention().key().kind() == EntityKind.ORGANIZATION;
    }

    /** Whether the key is of unnamed fighters among a sentence's actors. */
    static boolean among(List<ActorSpan> actors, EntityKey key) {
        return actors.stream().anyMatch(a -> a.mention().how() == FoundMention.How.UNNAMED && a.mention().key().equals(key));
    }

    /** The ids of the unnamed fighters among a sentence's actors. */
    static Set<String> ids(List<ActorSpan> actors) {
        Set<String> ids = new java.util.HashSet<>();
        for (ActorSpan a : actors) {
            if (a.mention().how() == FoundMention.How.UNNAMED) {
                ids.add(a.mention().key().id());
            }
        }
        return ids;
    }

    /**
     * "pounded militants' bastion in Taliban-controlled Wardoj": a group named right after the unnamed fighters, in
     * their clause, is who they are; else null.
     */
    static ActorSpan namedGroupAfter(List<Token> tokens, List<ActorSpan> actors, EntityKey fighters) {
        for (ActorSpan a : actors) {
            if (a.mention().how() != FoundMention.How.UNNAMED || !a.mention().key().equals(fighters)) {
                continue;
            }
            for (int k = a.last() + 1; k < Math.min(tokens.size(), a.last() + NAMED_GROUP_WORDS); k++) {
                ActorSpan named = ActorSpan.startingAt(actors, k);
                if (named != null) {
                    return named.mention().key().kind() == EntityKind.ORGANIZATION
                            && named.mention().how() != FoundMention.How.UNNAMED ? named : null;
                }
                boolean possessive = k == a.last() + 1 && (tokens.get(k).is("'") || tokens.get(k).is("'s"));
                if (!possessive && (!tokens.get(k).isWord() || ClauseWords.CLAUSE_END.contains(tokens.get(k).lower()))) {
                    return null;
                }
            }
            return null;
        }
        return null;
    }

    private static boolean isFighter(List<Token> tokens, int k) {
        String w = tokens.get(k).lower();
        return FIGHTERS.contains(w) || ARMED_NOUNS.contains(w) && k > 0 && ARMING.contains(tokens.get(k - 1).lower());
    }

    private static boolean possessive(List<Token> tokens, int head) {
        return head + 1 < tokens.size() && (tokens.get(head + 1).is("'") || tokens.get(head + 1).is("'s")
                || tokens.get(head + 1).is("\u2019") || tokens.get(head + 1).is("\u2019s"));
    }

    /** A plural, or a singular followed by what a man does: "a gunman opened fire", not "a terrorist attack". */
    private static boolean acting(List<Token> tokens, int head) {
        String w = tokens.get(head).lower();
        if (w.endsWith("s") || w.endsWith("men") || head + 1 == tokens.size()) {
            return true;
        }
        Token next = tokens.get(head + 1);
        return !next.isWord() || ACTING_NEXT.contains(next.lower()) || next.lower().endsWith("ed");
    }

    /** A describing word before the fighters: "suspected", "Kurdish", "Islamist", "al-Qaeda-linked", "armed". */
    private static boolean describes(Token t, int k) {
        if (!t.isWord() || ClauseWords.BETWEEN_SUBJECT_AND_VERB.contains(t.lower())) {
            return false;
        }
        String w = t.lower();
        boolean adjective = w.indexOf('-') > 0 || w.endsWith("ist") || w.endsWith("ian") || w.endsWith("ish")
                || w.endsWith("ic") || w.endsWith("i") || w.endsWith("ese") || w.endsWith("an");
        // a capital opening the sentence says nothing ("When gunmen attacked"); inside it, it marks a proper adjective
        return HEDGES.contains(w) || ARMING.contains(w) || adjective || k > 0 && t.isCapitalised();
    }

    /** "Pro-Russian", "Iran-backed", "anti-government": the country is what the fighters stand for, not who they are. */
    private static boolean stanceTied(String text, FoundMention m) {
        String before = text.substring(Math.max(0, m.start() - 5), m.start()).toLowerCase(Locale.ROOT);
        boolean prefixed = before.endsWith("pro-") || before.endsWith("anti-");
        boolean suffixed = m.end() < text.length() && text.charAt(m.end()) == '-';
        return prefixed || suffixed;
    }

    private static boolean inside(List<ActorSpan> actors, int k) {
        for (ActorSpan a : actors) {
            if (a.first() <= k && k <= a.last()) {
                return true;
            }
        }
        return false;
    }

    /** The fighters over tokens [first, last], named by their words past the hedges: "Kurdish militants". */
    private static ActorSpan span(List<Token> tokens, int first, int last, int sentence, String text) {
        int head = last;
        int nameFirst = first;
        while (nameFirst < head && HEDGES.contains(tokens.get(nameFirst).lower())) {
            nameFirst++;
        }
        String name = text.substring(tokens.get(nameFirst).start(), tokens.get(head).end());
        if (head > 0 && PLACE_NOUNS.contains(tokens.get(head).lower()) && FIGHTERS.contains(tokens.get(head - 1).lower())) {
            // "struck militant hideouts": the militants whose hideouts they are
            String fighter = tokens.get(head - 1).text();
            String plural = fighter.endsWith("man") ? fighter.substring(0, fighter.length() - 3) + "men"
                    : fighter.endsWith("s") ? fighter : fighter + "s";
            name = text.substring(tokens.get(nameFirst).start(), tokens.get(head - 1).start()) + plural;
        }
        if (isPlainWord(tokens.get(nameFirst))) {
            name = Character.toLowerCase(name.charAt(0)) + name.substring(1); // "Gunmen killed": "gunmen"
        }
        EntityKey key = new EntityKey(EntityKind.ORGANIZATION, name, null);
        FoundMention mention = new FoundMention(sentence, first, first, head, tokens.get(first).start(),
                tokens.get(head).end(), key, FoundMention.How.UNNAMED);
        return new ActorSpan(first, head, mention);
    }

    /** A word that is capitalised only because it opens the sentence: no demonym or proper adjective. */
    private static boolean isPlainWord(Token t) {
        String w = t.lower();
        return FIGHTERS.contains(w) || HEDGES.contains(w) || ARMING.contains(w) || w.startsWith("pro-")
                || w.startsWith("anti-");
    }
}
