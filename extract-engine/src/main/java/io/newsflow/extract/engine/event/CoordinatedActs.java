package io.newsflow.extract.engine.event;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import io.newsflow.contract.NewsEvent;
import io.newsflow.extract.engine.nlp.Sentence;
import io.newsflow.extract.engine.nlp.Token;

/**
 * Two acts of one actor joined by "and", one naming no one it is aimed at: "Chavez withdrew Venezuela's envoy
 * and suspended oil shipments to Paraguay", "suspended exchanges with Japan and postponed talks". Cutting ties and
 * coercion are always aimed at someone, so that act is aimed at whom the other is.
 */
public final class CoordinatedActs {
    /** Roots of acts always aimed at someone: reduced relations, coercion. */
    private static final Set<String> AIMED_ROOTS = Set.of("16", "17");

    private CoordinatedActs() {
    }

    /**
     * Gives, in {@code found}, each untargeted aimed act of {@code sentence} the target of the act "and" joins to it
     * (the one after it, else the one before it).
     */
    public static void apply(Sentence sentence, List<NewsEvent> found) {
        List<Token> tokens = sentence.tokens();
        int first = ParallelTargets.firstOfSentence(found, sentence);
        for (int k = first; k < found.size(); k++) {
            NewsEvent act = found.get(k);
            if (act.target() != null || !AIMED_ROOTS.contains(act.cameo().root())) {
                continue;
            }
            NewsEvent joined = joinedAfter(tokens, found, k);
            joined = joined != null ? joined : joinedBefore(tokens, found, first, k);
            if (joined != null) {
                found.set(k, act.withActors(act.source(), joined.target()));
            }
        }
    }

    /** The next act of the same actor, with a target, that "and" alone joins to the act at {@code k}; else null. */
    private static NewsEvent joinedAfter(List<Token> tokens, List<NewsEvent> found, int k) {
        NewsEvent act = found.get(k);
        int end = ReactionTargets.tokenAfterAction(tokens, act);
        for (int j = k + 1; end >= 0 && j < found.size(); j++) {
            NewsEvent next = found.get(j);
            int start = ReactionTargets.tokenAtAction(tokens, next);
            if (next.target() == null || start < end
                    || !Objects.equals(next.source().entityId(), act.source().entityId())) {
                continue;
            }
            return onlyAndBetween(tokens, end, start) ? next : null;
        }
        return null;
    }

    /**
     * The act of the same actor, with a target, right before the act at {@code k} and joined to it by "and" alone
     * ("suspended ministerial-level exchanges with Japan and postponed talks"); else null.
     */
    private static NewsEvent joinedBefore(List<Token> tokens, List<NewsEvent> found, int first, int k) {
        NewsEvent act = found.get(k);
        int start = ReactionTargets.tokenAtAction(tokens, act);
        for (int j = k - 1; start >= 0 && j >= first; j--) {
            NewsEvent before = found.get(j);
            int end = ReactionTargets.tokenAfterAction(tokens, before);
            if (before.target() == null || end < 0 || end > start
                    || !Objects.equals(before.source().entityId(), act.source().entityId())) {
                continue;
            }
            return onlyAndBetween(tokens, end, start) ? before : null;
        }
        return null;
    }

    /** Whether "and" stands between the tokens [from, to) with no punctuation there: one clause's two verbs. */
    private static boolean onlyAndBetween(List<Token> tokens, int from, int to) {
        boolean and = false;
        for (int i = from; i < to && i < tokens.size(); i++) {
            if (!tokens.get(i).isWord()) {
                return false;
            }
            and |= tokens.get(i).is("and");
        }
        return and;
    }
}
