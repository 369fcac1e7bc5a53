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
            NewsEvent partner = joined(tokens, found, first, k, 1);
            partner = partner != null ? partner : joined(tokens, found, first, k, -1);
            if (partner != null) {
                found.set(k, act.withActors(act.source(), partner.target()));
            }
        }
    }

    /**
     * The nearest act of the same actor, with a target, that "and" alone joins to the act at {@code k}: walking forward
     * ({@code step} 1, "withdrew Venezuela's envoy and suspended oil shipments to Paraguay") or back ({@code step} -1,
     * "suspended exchanges with Japan and postponed talks") among the sentence's acts from {@code first}; else null.
     */
    private static NewsEvent joined(List<Token> tokens, List<NewsEvent> found, int first, int k, int step) {
        NewsEvent act = found.get(k);
        for (int j = k + step; j >= first && j < found.size(); j += step) {
            NewsEvent other = found.get(j);
            int end = ReactionTargets.tokenAfterAction(tokens, step > 0 ? act : other);
            int start = ReactionTargets.tokenAtAction(tokens, step > 0 ? other : act);
            if (other.target() == null || end < 0 || start < end
                    || !Objects.equals(other.source().entityId(), act.source().entityId())) {
                continue;
            }
            return onlyAndBetween(tokens, end, start) ? other : null;
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
