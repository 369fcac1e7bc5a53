package io.newsflow.extract.engine.nlp;

import java.util.List;
import java.util.Locale;

/**
 * The Arabic definite article as names transliterate it before a hyphen ("al-Shabaab", "el-Sisi", "ash-Sham",
 * "ul-Haq"): one list for the tokenizer, the gazetteer and the name rules.
 */
public final class ArabicArticles {
    private static final List<String> WORDS = List.of("al", "el", "ad", "as", "ash", "at", "an", "ar", "az", "ud", "ul");
    /** The articles as a regular expression's group: "(?:al|el|...)". */
    public static final String GROUP = "(?:" + String.join("|", WORDS) + ")";

    private ArabicArticles() {
    }

    /** Whether the word, in any case, is one of the articles. */
    public static boolean is(String word) {
        return WORDS.contains(word.toLowerCase(Locale.ROOT));
    }
}
