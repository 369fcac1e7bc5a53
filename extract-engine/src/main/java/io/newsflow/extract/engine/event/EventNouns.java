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

    /** The roots {@code lowerCaseNoun} can name, or null when it names no event. */
    static Set<String> rootsOf(String lowerCaseNoun) {
        return ROOTS_BY_NOUN.get(lowerCaseNoun);
    }

    private static Map<String, Set<String>> read() {
        Map<String, Set<String>> roots = new HashMap<>();
        for (TsvRow row : TsvSource.read("/dictionaries/event-nouns.tsv", 2)) {
            roots.put(row.required(0, "noun"), Set.of(row.required(1, "roots").split(",")));
        }
        return Map.copyOf(roots);
    }
}
