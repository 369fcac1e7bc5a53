package io.newsflow.extract.engine.event;

import java.util.List;
import java.util.Set;

import io.newsflow.extract.engine.nlp.Token;

/**
 * The two actors of a coordinated subject, for what they did together: "Wang Yi and his Russian counterpart Sergei
 * Lavrov discussed the crisis during their phone talks", "Foreign Minister Chung Eui-yong and U.S. Secretary of State
 * Antony Blinken agreed ... during their phone talks". The words that describe the second actor (a possessive, a
 * nationality, a title) may stand between "and" and its name.
 */
final class JointSubjects {
    /** Words between "and" and the second name: "his Russian counterpart", "U.S. Secretary of State". */
    private static final int MAX_DESCRIPTION = 8;
    private static final Set<String> BREAKS = Set.of(",", ";", ":", "\"", "(", ")", "--", "-", "\u2014", "who", "which",
            "that", "said", "says");

    private JointSubjects() {
    }

    /** The actor joined by "and" before {@code second}, or null when the subject is not such a pair. */
    static ActorSpan partnerBefore(List<Token> tokens, List<ActorSpan> actors, ActorSpan second, Set<String> prepositions) {
        int k = second.first() - 1;
        for (int words = 0; k >= 1 && words <= MAX_DESCRIPTION; words++) {
            Token t = tokens.get(k);
            if (t.is("and")) {
                ActorSpan first = ActorSpan.endingAt(actors, k - 1);
                boolean objectOfPreposition = first != null && first.first() > 0
                        && prepositions.contains(tokens.get(first.first() - 1).lower());
                return first == null || objectOfPreposition ? null : first;
            }
            ActorSpan describing = ActorSpan.endingAt(actors, k);
            if (describing != null) {
                k = describing.first() - 1; // "his Russian counterpart": a nationality is part of the description
                continue;
            }
            if (BREAKS.contains(t.lower())) {
                return null;
            }
            k--;
        }
        return null;
    }
}
