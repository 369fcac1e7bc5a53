package io.newsflow.extract.engine.quote;

import java.util.Set;

/**
 * Quote marks around a name rather than words said: a song, a film, a book or a show ("Takin' It to the Streets",
 * "Dancing with the Stars"). Such a phrase is short and capitalises every word but the small ones; a sentence
 * somebody said does not.
 */
final class QuotedTitles {
    /** A title this long or longer is rare; a capitalised sentence of this length is more likely a slogan said. */
    private static final int MAX_WORDS = 8;
    /** Words a title leaves in lower case. */
    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "and", "or", "nor", "but", "of", "to",
            "in", "on", "at", "for", "with", "by", "from", "as", "vs", "via", "into", "up");

    private QuotedTitles() {
    }

    /** Whether the quoted text [start, end) of normalised reads as a title: 2 to 8 words, each one capitalised. */
    static boolean isTitle(String normalised, int start, int end) {
        String[] words = normalised.substring(start, end).replaceAll("[.!?]+$", "").trim().split("\\s+");
        if (words.length < 2 || words.length > MAX_WORDS) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            String word = words[i].replaceAll("^[^\\p{L}\\p{N}]+", "");
            if (word.isEmpty() || Character.isDigit(word.charAt(0))) {
                continue;
            }
            boolean small = i > 0 && SMALL_WORDS.contains(word.toLowerCase(java.util.Locale.ROOT));
            if (!small && !Character.isUpperCase(word.charAt(0)) || word.matches(".*[.!?;:,].+")) {
                return false; // a word in lower case, or a sentence that goes on after a stop
            }
        }
        return true;
    }
}
