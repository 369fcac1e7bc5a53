package io.newsflow.extract.engine.entity;

import java.util.ArrayList;
import java.util.List;

import io.newsflow.extract.engine.dictionary.DictionaryIndex;
import io.newsflow.extract.engine.nlp.Token;

/**
 * A title in the plural before the names it belongs to: "Croatian Generals Ante Gotovina and Mladen Markač",
 * "U.S. Senators John McCain and Chris Murphy", "Foreign Ministers Sergei Lavrov and Wang Yi". The dictionary lists
 * titles in the singular; each name takes the singular title, as if it stood before that name alone.
 */
final class PluralTitles {

    /** Titles of up to this many words end in the plural word: "Deputy Foreign Ministers". */
    private static final int TITLE_WORDS = 3;

    private PluralTitles() {
    }

    /** The singular title and the tokens it spans. */
    record Title(int first, int last, String singular) {
    }

    /** The plural title that starts at {@code first}, when names follow it; else null. */
    static Title at(DictionaryIndex index, String text, List<Token> tokens, int first) {
        for (int last = Math.min(tokens.size() - 2, first + TITLE_WORDS - 1); last >= first; last--) {
            String word = tokens.get(last).lower();
            // (a title's last word is a title itself, "minister" of "Foreign Ministers": one lookup spares the rest)
            String singular = word.endsWith("s") ? singular(tokens.get(last).text()) : null;
            if (singular == null || index.role(singular.toLowerCase(java.util.Locale.ROOT)) == null) {
                continue;
            }
            String head = first < last
                    ? text.substring(tokens.get(first).start(), tokens.get(last - 1).end()) + " " : "";
            String title = head + singular;
            if (index.role(title.toLowerCase(java.util.Locale.ROOT)) != null) {
                return new Title(first, last, title);
            }
        }
        return null;
    }

    /**
     * The names the plural title is shared by, in order, when at least two follow it joined by commas and "and"
     * ("Generals Ante Gotovina and Mladen Markač"): each as its first and last token; else an empty list, as a plural
     * title before one name is no title of it.
     */
    static List<int[]> sharedBy(List<Token> tokens, boolean[] covered, Title title) {
        List<int[]> names = new ArrayList<>();
        int from = title.last() + 1;
        boolean closed = false; // an "and" came before the last name
        while (!closed) {
            int end = NameShape.nameEnd(tokens, from, covered);
            if (end < 0) {
                return List.of();
            }
            names.add(new int[] {from, end});
            int k = end + 1;
            if (k + 1 < tokens.size() && tokens.get(k).is("and")) {
                from = k + 1;
                closed = true;
            } else if (k + 2 < tokens.size() && tokens.get(k).is(",") && tokens.get(k + 1).is("and")) {
                from = k + 2;
                closed = true;
            } else if (k + 1 < tokens.size() && tokens.get(k).is(",")) {
                from = k + 1;
            } else {
                return List.of();
            }
        }
        int end = NameShape.nameEnd(tokens, from, covered);
        if (end < 0) {
            return List.of();
        }
        names.add(new int[] {from, end});
        return names;
    }

    /** "Ministers" → "Minister", "Secretaries" → "Secretary"; null for a word not in the plural. */
    private static String singular(String word) {
        if (word.length() < 4 || !Character.isLetter(word.charAt(0)) || !word.endsWith("s") || word.endsWith("ss")) {
            return null;
        }
        if (word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        return word.substring(0, word.length() - 1);
    }
}
