package io.newsflow.extract.engine.event;

import java.util.List;
import java.util.Set;

import io.newsflow.extract.engine.dictionary.Dictionaries;
import io.newsflow.extract.engine.nlp.Token;

/**
 * A sentence told in sport ({@code sports-words.txt}): "Germany hit Italy with two late goals", "France hosted
 * England in the Six Nations match". Its countries are teams, so a country acting there codes no event.
 */
final class SportsContext {
    private static final Set<String> WORDS = Dictionaries.readWords("sports-words.txt");

    private SportsContext() {
    }

    /** Whether the sentence holds a word only sport uses. */
    static boolean in(List<Token> tokens) {
        for (Token t : tokens) {
            if (WORDS.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }
}
