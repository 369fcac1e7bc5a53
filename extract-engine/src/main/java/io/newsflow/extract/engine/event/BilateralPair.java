package io.newsflow.extract.engine.event;

import java.util.List;
import java.util.Set;

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

    private EntityKey first;
    private EntityKey second;

    /** Remembers the two actors of a cooperative act. */
    void remember(EntityKey source, EntityKey target) {
        first = source;
        second = target;
    }

    EntityKey first() {
        return first;
    }

    EntityKey second() {
        return second;
    }

    /** Nouns of a meeting or an accord that, with "the", refer back to the one told before. */
    private static final Set<String> MEETING_NOUNS = Set.of("summit", "talks", "meeting", "visit", "negotiations",
            "agreement", "deal", "accord", "proposal", "dialogue");

    /**
     * "suggested the summit", "welcomed the agreement": "the" and a meeting noun in the act's words or right after
     * them.
     */
    boolean meetingNounIn(List<Token> tokens, int from, int last) {
        for (int k = from + 1; first != null && k <= last + 2 && k < tokens.size(); k++) {
            if (tokens.get(k - 1).is("the") && MEETING_NOUNS.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** The party of the pair that is not the acting one (as isSource tells), or null when neither acts. */
    EntityKey otherThan(java.util.function.Predicate<EntityKey> isSource) {
        if (isSource.test(first)) {
            return second;
        }
        return isSource.test(second) ? first : null;
    }

    /** Whether the subject right before the trigger is "the two sides", "both countries" and the like. */
    boolean namedBefore(List<Token> tokens, int trigger) {
        if (first == null) {
            return false;
        }
        int k = trigger - 1;
        while (k >= 0 && (ClauseWords.BETWEEN_SUBJECT_AND_VERB.contains(tokens.get(k).lower())
                || tokens.get(k).lower().endsWith("ly"))) { // "the two sides have also jointly agreed"
            k--;
        }
        if (k < 1 || !PAIR_NOUNS.contains(tokens.get(k).lower())) {
            return false;
        }
        for (int j = k - 1; j >= Math.max(0, k - 1 - MAX_MODIFIERS); j--) {
            if (tokens.get(j).is("both") || tokens.get(j).is("two") && j > 0 && tokens.get(j - 1).is("the")) {
                return true;
            }
            if (!tokens.get(j).isWord() || tokens.get(j).isCapitalised() && !TITLE_WORDS.contains(tokens.get(j).lower())) {
                return false; // ("the two Prime Ministers": a title's first word may stand capitalised)
            }
        }
        return false;
    }
}
