package io.newsflow.extract.engine.event;

import java.util.List;
import java.util.Set;

import io.newsflow.contract.EntityKind;
import io.newsflow.extract.engine.entity.EntityKey;
import io.newsflow.extract.engine.nlp.Token;

/**
 * "The two sides agreed to build a community", "the two leaders witnessed the signing": the two actors of the last
 * cooperative act the article told (talks, a visit, an agreement), who such a subject refers back to. One per
 * article; it changes as the article's sentences are read in order.
 */
public final class BilateralPair {
    /** Nouns that "the two" or "both" make a reference to the two parties. */
    private static final Set<String> PAIR_NOUNS = Set.of("sides", "leaders", "countries", "nations", "governments",
            "presidents", "ministers", "delegations", "states", "heads", "officials", "parties", "premiers", "envoys",
            "diplomats", "chiefs");
    private static final int MAX_MODIFIERS = 2;
    /** Words of a title before a pair noun: "the two Prime Ministers", "both Foreign Ministers". */
    private static final Set<String> TITLE_WORDS = Set.of("prime", "foreign", "defence", "defense", "interior",
            "deputy", "vice", "finance", "trade", "economy");

    /** Pair nouns that refer to the pair with "the" alone, opening their clause: "the delegations also signed". */
    private static final Set<String> THE_PAIR = Set.of("ministers", "delegations", "presidents", "premiers");

    /** Words of sequence between the pair and its verb: "the two leaders then witnessed". */
    private static final Set<String> SEQUENCE_WORDS = Set.of("then", "later", "together", "afterwards");

    /** What "heads of" leads: "the two heads of state", "both heads of government". */
    private static final Set<String> HEADS_OF = Set.of("state", "government", "delegation", "delegations");

    /** Nouns of the pair that name two persons: "the two ministers" are the last two persons who met. */
    private static final Set<String> PERSON_NOUNS = Set.of("leaders", "presidents", "ministers", "heads", "officials",
            "premiers", "envoys", "diplomats", "chiefs");

    /** The two parties a pair noun refers back to. */
    record Parties(EntityKey first, EntityKey second) {
    }

    private EntityKey first;
    private EntityKey second;
    private Parties persons;
    /** The two sides of the latest fighting, when it was told after the latest talks: whom "both sides" are urged. */
    private Parties fighting;

    /** Remembers the two sides of a fight: an object "both sides" after it refers to them. */
    void rememberFight(EntityKey source, EntityKey target) {
        fighting = new Parties(source, target);
    }

    /**
     * The subjects of the last act several coordinated actors did alike ("De Croo and Sánchez visited Israel"), whom a
     * later "they" or "the two leaders" refers to; null once another cooperative act is told.
     */
    private List<EntityKey> group;

    /** Remembers the coordinated subjects of one act. */
    void rememberGroup(List<EntityKey> members) {
        group = List.copyOf(members);
    }

    /**
     * The coordinated subjects told last that a plural subject right before {@code at} refers to ("On Thursday they
     * had held talks", "the two leaders were received", "Both leaders called on Israel"), else null.
     */
    List<EntityKey> groupBefore(List<Token> tokens, int at) {
        if (group == null) {
            return null;
        }
        int k = subjectEnd(tokens, at);
        if (k >= 0 && tokens.get(k).is("they")) {
            return group;
        }
        return k >= 1 && PAIR_NOUNS.contains(tokens.get(k).lower()) && counted(tokens, k) ? group : null;
    }

    /** Where the subject before {@code at} ends, past auxiliaries and adverbs: "the two sides have also agreed". */
    private static int subjectEnd(List<Token> tokens, int at) {
        int k = at - 1;
        while (k >= 0 && (ClauseWords.BETWEEN_SUBJECT_AND_VERB.contains(tokens.get(k).lower())
                || SEQUENCE_WORDS.contains(tokens.get(k).lower()) || tokens.get(k).lower().endsWith("ly"))) {
            k--;
        }
        return k;
    }

    /** "both" or "the two" opens the pair noun at {@code k}, over at most two modifiers: "the two Prime Ministers". */
    private static boolean counted(List<Token> tokens, int k) {
        for (int j = k - 1; j >= Math.max(0, k - 1 - MAX_MODIFIERS); j--) {
            String w = tokens.get(j).lower();
            if (w.equals("both") || w.equals("two") && j > 0 && tokens.get(j - 1).is("the")) {
                return true;
            }
            if (!tokens.get(j).isWord() || tokens.get(j).isCapitalised() && !TITLE_WORDS.contains(w)) {
                return false; // ("the two Prime Ministers": a title's first word may stand capitalised)
            }
        }
        return false;
    }

    /** Remembers the two actors of a cooperative act. */
    void remember(EntityKey source, EntityKey target) {
        group = null;
        fighting = null;
        first = source;
        second = target;
        if (source.kind() == EntityKind.PERSON && target.kind() == EntityKind.PERSON) {
            persons = new Parties(source, target);
        }
    }

    /**
     * Remembers the two persons of an act that is not cooperative ("Kishida urged Xi") as the pair, when the article
     * has told no pair, group or fight yet.
     */
    void rememberFirstPersons(EntityKey source, EntityKey target) {
        if (first == null && group == null && fighting == null && source.kind() == EntityKind.PERSON
                && target.kind() == EntityKind.PERSON && !source.equals(target)) {
            remember(source, target);
        }
    }

    /** Who may be one of "the two leaders" ({@code acts}) and the state each acts for ({@code country}). */
    record Leaders(java.util.function.Predicate<EntityKey> acts, java.util.function.Function<EntityKey, String> country,
            java.util.function.Supplier<List<EntityKey>> statesNamed) {
    }

    /** Pair nouns that name two states: "the two countries reached an agreement". */
    private static final Set<String> STATE_NOUNS = Set.of("countries", "nations", "states", "governments");

    /** How many persons named last are remembered, for "the two leaders" where no act told the pair. */
    private static final int NAMED_KEPT = 6;
    /** The persons the article named last, the latest last, each once. */
    private final java.util.ArrayDeque<EntityKey> named = new java.util.ArrayDeque<>();

    /** Remembers a person the article names, as the latest. */
    void rememberNamed(EntityKey person) {
        if (person.equals(named.peekLast())) {
            return;
        }
        named.remove(person);
        named.addLast(person);
        if (named.size() > NAMED_KEPT) {
            named.removeFirst();
        }
    }

    /**
     * The last two persons of two states the article named who act for them, in the order named, whom "the two
     * leaders" refers to where no act of theirs told the pair ("Trudeau and Biden announced a deal. The two leaders
     * met"); null when there are no such two.
     */
    private Parties lastTwoLeaders(Leaders leaders) {
        EntityKey later = null;
        java.util.Iterator<EntityKey> back = named.descendingIterator();
        while (back.hasNext()) {
            EntityKey person = back.next();
            if (!leaders.acts().test(person)) {
                continue;
            }
            if (later == null) {
                later = person;
            } else {
                // two officials of one state are no pair of leaders
                return java.util.Objects.equals(leaders.country().apply(person), leaders.country().apply(later)) ? null
                        : new Parties(person, later);
            }
        }
        return null;
    }

    EntityKey first() {
        return first;
    }

    EntityKey second() {
        return second;
    }

    /** Nouns of a meeting or an accord that, with "the", refer back to the one told before. */
    private static final Set<String> MEETING_NOUNS = Set.of("summit", "talks", "meeting", "visit", "negotiations",
            "agreement", "deal", "accord", "proposal", "dialogue", "treaty", "pact", "protocol", "declaration",
            "memorandum");

    /**
     * "suggested the summit", "welcomed the agreement": "the" and a meeting noun in the act's words or right after
     * them.
     */
    boolean meetingNounIn(List<Token> tokens, int from, int last) {
        for (int k = from + 1; first != null && k <= last + 2 && k < tokens.size(); k++) {
            // "the final treaty": one modifier may stand between
            boolean pointed = tokens.get(k - 1).is("the") || k >= 2 && tokens.get(k - 2).is("the")
                    && tokens.get(k - 1).isWord() && !tokens.get(k - 1).isCapitalised();
            if (pointed && MEETING_NOUNS.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** The party of the pair that is not the acting one (as isSource tells), or null when neither acts. */
    EntityKey otherThan(java.util.function.Predicate<EntityKey> isSource) {
        if (first == null) {
            return null; // no talks told yet: "signed a joint declaration" in a story's first sentence
        }
        if (isSource.test(first)) {
            return second;
        }
        return isSource.test(second) ? first : null;
    }

    /**
     * The parties an object "both delegations", "the two sides" right after an act refers to ("thanked both
     * delegations for their constructive approach"), else null.
     */
    Parties namedAfter(List<Token> tokens, int from) {
        if (first == null && fighting == null && group == null || from >= tokens.size()) {
            return null;
        }
        int k = tokens.get(from).is("both") ? from + 1
                : from + 1 < tokens.size() && tokens.get(from).is("the") && tokens.get(from + 1).is("two") ? from + 2 : -1;
        for (int j = k; k > 0 && j < Math.min(tokens.size(), k + MAX_MODIFIERS + 1); j++) {
            String w = tokens.get(j).lower();
            if (PAIR_NOUNS.contains(w)) {
                if (fighting != null) {
                    return fighting;
                }
                if (group != null && group.size() == 2) {
                    // "Christodoulides and Tatar arrived. Guterres held separate meetings with the two leaders"
                    return new Parties(group.get(0), group.get(1));
                }
                // (no pair at all when only a group of three or more was told: "Belgium, Spain and Ireland")
                return persons != null && PERSON_NOUNS.contains(w) ? persons
                        : first != null ? new Parties(first, second) : null;
            }
            if (!tokens.get(j).isWord() || tokens.get(j).isCapitalised() && !TITLE_WORDS.contains(w)) {
                return null;
            }
        }
        return null;
    }

    /**
     * The parties "the two sides", "both countries" and the like right before the trigger refer to, else null; "both
     * ministers" are the last two persons who met, though a president received one of them since.
     */
    Parties namedBefore(List<Token> tokens, int trigger, Leaders leaders) {
        int k = subjectEnd(tokens, trigger);
        if (k >= 3 && HEADS_OF.contains(tokens.get(k).lower()) && tokens.get(k - 1).is("of")
                && tokens.get(k - 2).lower().equals("heads")) {
            k -= 2; // "the two heads of state then witnessed the signing"
        }
        if (k < 1 || !PAIR_NOUNS.contains(tokens.get(k).lower())) {
            return null;
        }
        boolean ofPersons = PERSON_NOUNS.contains(tokens.get(k).lower());
        if (first == null && STATE_NOUNS.contains(tokens.get(k).lower()) && counted(tokens, k)) {
            // no act told the pair yet: the last two states the article named ("the tariffs that United States
            // President Donald Trump threatened to impose on all Mexican imports ... after the two countries reached
            // an agreement")
            List<EntityKey> states = leaders.statesNamed().get();
            return states.size() < 2 ? null
                    : new Parties(states.get(states.size() - 2), states.get(states.size() - 1));
        }
        if (first == null && !ofPersons) {
            return null;
        }
        // (no act told the pair yet: the last two leaders of two states the article named)
        Parties pair = persons != null && ofPersons ? persons : first != null ? new Parties(first, second) : null;
        // "Following the talks, the ministers signed": the two who held them
        boolean theAlone = tokens.get(k - 1).is("the") && (k < 2 || !tokens.get(k - 2).isWord())
                && THE_PAIR.contains(tokens.get(k).lower());
        if (theAlone && first != null) {
            return pair;
        }
        return !counted(tokens, k) ? null : pair != null ? pair : lastTwoLeaders(leaders);
    }
}
