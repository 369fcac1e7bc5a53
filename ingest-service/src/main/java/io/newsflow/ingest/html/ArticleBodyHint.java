package io.newsflow.ingest.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;

/**
 * The article text a page states in its JSON-LD ({@code articleBody}): the surest sign of which
 * blocks are the article. Blocks are matched by their 4-word shingles, so markup, spacing and
 * punctuation do not matter. Too short a statement (a teaser, a truncated body) confirms blocks but
 * is never used as the text itself.
 */
final class ArticleBodyHint {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static final int SHINGLE = 4;
    /** Fewer words than this is a summary, not the body: it cannot stand in for the page's text. */
    private static final int MIN_WORDS_TO_STAND_IN = 80;
    private static final ArticleBodyHint NONE = new ArticleBodyHint("", List.of());

    private final String text;
    private final List<String> words;
    private final Set<String> shingles;
    private final String joinedWords;

    private ArticleBodyHint(String text, List<String> words) {
        this.text = text;
        this.words = words;
        this.shingles = shingles(words);
        this.joinedWords = " " + String.join(" ", words) + " ";
    }

    static ArticleBodyHint of(String articleBody) {
        if (articleBody == null || articleBody.isBlank()) {
            return NONE;
        }
        // Some publishers put HTML in the JSON string; its text is what counts.
        String text = articleBody.contains("<") ? Jsoup.parseBodyFragment(articleBody).body().wholeText() : articleBody;
        text = text.lines().map(line -> line.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip())
                .filter(line -> !line.isEmpty()).reduce((a, b) -> a + "\n" + b).orElse("");
        List<String> words = words(text);
        return words.size() < SHINGLE ? NONE : new ArticleBodyHint(text, words);
    }

    boolean present() {
        return !shingles.isEmpty();
    }

    /** Long enough to be the article's whole text should the page's markup not yield it. */
    boolean canStandIn() {
        return words.size() >= MIN_WORDS_TO_STAND_IN;
    }

    String text() {
        return text;
    }

    /** Whether the block is part of the stated article: most of its shingles, or all its few words, are in it. */
    boolean confirms(TextBlock block) {
        if (!present()) {
            return false;
        }
        List<String> blockWords = words(block.text());
        if (blockWords.size() < SHINGLE) {
            return blockWords.size() >= 2 && joinedWords.contains(" " + String.join(" ", blockWords) + " ");
        }
        Set<String> blockShingles = shingles(blockWords);
        long found = blockShingles.stream().filter(shingles::contains).count();
        return found * 2 >= blockShingles.size();
    }

    /** The share of the stated article's shingles that {@code extracted} holds. */
    double coverage(String extracted) {
        if (!present()) {
            return 1;
        }
        Set<String> extractedShingles = shingles(words(extracted));
        return (double) shingles.stream().filter(extractedShingles::contains).count() / shingles.size();
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    private static Set<String> shingles(List<String> words) {
        Set<String> shingles = new HashSet<>();
        for (int start = 0; start + SHINGLE <= words.size(); start++) {
            shingles.add(String.join(" ", words.subList(start, start + SHINGLE)));
        }
        return shingles;
    }
}
