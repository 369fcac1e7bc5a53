package io.newsflow.extract.engine.nlp;

import io.newsflow.extract.engine.dictionary.TsvRow;
import io.newsflow.extract.engine.dictionary.TsvSource;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The abbreviations of {@code dictionaries/abbreviations.tsv}, one list for the tokenizer and the sentence splitter.
 * Both are static text utilities that run before any dictionary index exists, so the file is read once here.
 */
final class Abbreviations {
    private static final String FILE = "/dictionaries/abbreviations.tsv";
    private static final String TITLE = "title";
    private static final List<TsvRow> ROWS = TsvSource.read(FILE, 1);
    /** Lower case, without the dot: "gen", "no", "jan". */
    private static final Set<String> ALL = read(false);
    /** As written before a name, capitalised with the dot: "Gen.", "Mr.". */
    private static final Set<String> TITLES = read(true);

    private Abbreviations() {
    }

    /** Whether the lower-case word without its dot ("gen", "no") is an abbreviation. */
    static boolean isAbbreviation(String lower) {
        return ALL.contains(lower);
    }

    /** Whether the word as written, with its dot, is a title that stands before a name: "Gen.", "Mr.". */
    static boolean isTitleAsWritten(String word) {
        return TITLES.contains(word);
    }

    private static Set<String> read(boolean titlesAsWritten) {
        Set<String> words = new HashSet<>();
        for (TsvRow r : ROWS) {
            String word = r.required(0, "abbreviation").toLowerCase(Locale.ROOT);
            String kind = r.text(1);
            if (!kind.isEmpty() && !kind.equals(TITLE)) {
                throw r.fail("the second column is empty or '" + TITLE + "': '" + kind + "'");
            }
            if (!titlesAsWritten) {
                words.add(word);
            } else if (kind.equals(TITLE)) {
                words.add(Character.toUpperCase(word.charAt(0)) + word.substring(1) + ".");
            }
        }
        return Set.copyOf(words);
    }
}
