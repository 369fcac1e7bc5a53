package io.newsflow.extract.engine.entity;

import java.util.List;
import java.util.Set;

import io.newsflow.extract.engine.nlp.Token;

/**
 * "the Joint Commission for Bilateral Cooperation (JCBC)", "The Australian Energy Market Operator (AEMO)": an acronym
 * in brackets spells the initials of the capitalised words before it, which tells where a body's name starts even
 * when its words are no organisation words and no dictionary holds them.
 */
final class AcronymSpans {
    /** Small words inside a name that give no letter to its acronym. */
    private static final Set<String> LINKS = Set.of("of", "for", "and", "the", "on", "in", "to", "de", "du", "des",
            "la", "le", "al");
    /** The longest acronym read, and how far back its name may start. */
    private static final int MAX_LETTERS = 8;
    private static final int MAX_WORDS = 12;

    private AcronymSpans() {
    }

    /**
     * The first token of the name whose initials the acronym in brackets at {@code open} spells, when the name has
     * two capitalised words or more; else -1.
     */
    static int nameStart(List<Token> tokens, int open) {
        if (open < 2 || open + 2 >= tokens.size() || !tokens.get(open).is("(") || !tokens.get(open + 2).is(")")) {
            return -1;
        }
        String acronym = tokens.get(open + 1).text();
        if (acronym.length() < 2 || acronym.length() > MAX_LETTERS || !acronym.chars().allMatch(Character::isUpperCase)) {
            return -1;
        }
        int letters = acronym.length() - 1; // the letter the next capitalised word back must give
        for (int k = open - 1; k >= Math.max(0, open - MAX_WORDS); k--) {
            Token t = tokens.get(k);
            if (LINKS.contains(t.text()) && k < open - 1 || t.is("'s")) {
                continue; // "Joint Commission for Bilateral Cooperation", "People's Defense Force"
            }
            if (!t.isWord() || !t.isCapitalised() || t.text().charAt(0) != acronym.charAt(letters)) {
                return -1;
            }
            if (letters-- == 0) {
                return open - 1 - k >= 1 ? k : -1;
            }
        }
        return -1;
    }
}
