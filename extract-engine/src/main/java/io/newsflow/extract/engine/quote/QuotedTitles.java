package io.newsflow.extract.engine.quote;

import java.util.Set;
import java.util.regex.Pattern;

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

    private static final Pattern FINAL_STOPS = Pattern.compile("[.!?]+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LEADING_MARKS = Pattern.compile("^[^\\p{L}\\p{N}]+");
    private static final Pattern STOP_INSIDE = Pattern.compile(".*[.!?;:,].+");

    private QuotedTitles() {
    }

    /**
     * Whether a word in lower case follows the closing mark at {@code close} right away: the quoted name is that
     * noun's ('"Joint Sword-2024A" exercises'), where words said are followed by a comma or their sayer.
     */
    static boolean nounAfter(String normalised, int close) {
        int k = close + 1;
        while (k < normalised.length() && normalised.charAt(k) == ' ') {
            k++;
        }
        int wordEnd = k;
        while (wordEnd < normalised.length() && Character.isLowerCase(normalised.charAt(wordEnd))) {
            wordEnd++;
        }
        return wordEnd > k && !SAYING.contains(normalised.substring(k, wordEnd));
    }

    /** Lower-case words after a quote that attribute it rather than name a noun: '"Stop The War" said a banner'. */
    private static final Set<String> SAYING = Set.of("said", "says", "say", "added", "told", "wrote", "read", "reads",
            "and", "or", "is", "was", "are", "were", "in", "on", "at", "to", "for", "from", "by", "with", "as", "that");

    /** Whether the quoted text [start, end) of normalised reads as a title: 2 to 8 words, each one capitalised. */
    static boolean isTitle(String normalised, int start, int end) {
        String[] words = SPACES.split(FINAL_STOPS.matcher(normalised.substring(start, end)).replaceAll("").trim());
        if (words.length < 2 || words.length > MAX_WORDS) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            String word = LEADING_MARKS.matcher(words[i]).replaceAll("");
            if (word.isEmpty() || Character.isDigit(word.charAt(0))) {
                continue;
            }
            boolean small = i > 0 && SMALL_WORDS.contains(word.toLowerCase(java.util.Locale.ROOT));
            if (!small && !Character.isUpperCase(word.charAt(0)) || STOP_INSIDE.matcher(word).matches()) {
                return false; // a word in lower case, or a sentence that goes on after a stop
            }
        }
        return true;
    }
}
