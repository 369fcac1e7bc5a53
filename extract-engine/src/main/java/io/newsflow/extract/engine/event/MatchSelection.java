package io.newsflow.extract.engine.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.newsflow.extract.engine.nlp.Token;

/**
 * Which pattern matches of a sentence are told: the longest over any words, a phrase written as no event over any
 * match from its first word, and two acts that share the noun of a meeting both ("Egypt mediated talks between
 * Israel and Hamas").
 */
final class MatchSelection {
    private MatchSelection() {
    }

    static List<PatternMatch> nonOverlapping(List<PatternMatch> matches, List<Token> tokens) {
        matches.sort(Comparator.comparingInt(PatternMatch::length).reversed()
                // over the same words a phrase written as no event wins ("demand concerns in China"), then the more
                // specific code
                .thenComparing(m -> m.pattern().noEvent() ? -10 : -m.pattern().code().length())
                .thenComparingInt(PatternMatch::first)
                // of two patterns over the same words, the one that names more of them: "phone call with" over "phone"
                .thenComparing(m -> -m.pattern().namedElements()));
        // a phrase written as no event also wins over a longer match from its first word: "attack drones launched
        // by Russia" is not an attack on Russia, "dismissed Finance Minister Lindner" no rejection of him (but "was
        // welcomed at the airport by the king" is a passive with its agent, not "was welcome")
        Set<Integer> noEventStarts = new HashSet<>();
        matches.stream().filter(m -> m.pattern().noEvent()).forEach(m -> noEventStarts.add(m.first()));
        List<PatternMatch> chosen = new ArrayList<>();
        for (PatternMatch m : matches) {
            boolean overlaps = chosen.stream().anyMatch(c -> m.first() <= c.last() && c.first() <= m.last()
                    && !handsOver(m, c, tokens) && !handsOver(c, m, tokens))
                    || !m.pattern().noEvent() && !m.pattern().received() && noEventStarts.contains(m.first());
            if (!overlaps) {
                chosen.add(m);
            }
        }
        chosen.sort(Comparator.comparingInt(PatternMatch::first));
        return chosen;
    }

    /** Nouns of a meeting or an accord that one act can arrange and another hold. */
    private static final Set<String> SHARED_NOUNS = Set.of("talks", "negotiations", "meeting", "meetings", "summit",
            "deal", "agreement", "truce", "ceasefire", "consultations");

    /**
     * "Egypt mediated talks between Israel and Hamas": a shorter act that ends on the noun of a meeting or accord that
     * opens a longer one of another code shares that noun, both told (the mediation is Egypt's, the talks the two
     * parties').
     */
    private static boolean handsOver(PatternMatch earlier, PatternMatch longer, List<Token> tokens) {
        return earlier.first() < longer.first() && earlier.last() == longer.first() && !earlier.pattern().noEvent()
                && SHARED_NOUNS.contains(tokens.get(longer.first()).lower()) && !longer.pattern().noEvent()
                && !earlier.pattern().code().equals(longer.pattern().code());
    }
}
