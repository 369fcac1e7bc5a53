package io.newsflow.extract.engine.event;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import io.newsflow.extract.engine.dictionary.TsvRow;
import io.newsflow.extract.engine.dictionary.TsvSource;

/** The nouns that name an event told elsewhere, with the CAMEO roots each can name ({@code event-nouns.tsv}). */
final class EventNouns {
    private static final Map<String, Set<String>> ROOTS_BY_NOUN = read();

    private EventNouns() {
    }

    /** What names any act ("the move"), in place of a list of roots. */
    private static final String ANY_ROOT = "*";

    /** The roots {@code lowerCaseNoun} can name, or null when it names no event. */
    static Set<String> rootsOf(String lowerCaseNoun) {
        return ROOTS_BY_NOUN.get(lowerCaseNoun);
    }

    /** Whether a noun of these roots can name an act of {@code root}. */
    static boolean names(Set<String> roots, String root) {
        return roots.contains(ANY_ROOT) || roots.contains(root);
    }

    /** Whether a noun of these roots can name any act ("the decision"), so it tells nothing of which. */
    static boolean anyAct(Set<String> roots) {
        return roots.contains(ANY_ROOT);
    }

    private static Map<String, Set<String>> read() {
        Map<String, Set<String>> roots = new HashMap<>();
        for (TsvRow row : TsvSource.read("/dictionaries/event-nouns.tsv", 2)) {
            roots.put(row.required(0, "noun"), Set.of(row.required(1, "roots").split(",")));
        }
        return Map.copyOf(roots);
    }
}
