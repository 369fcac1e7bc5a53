package io.newsflow.extract.engine.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.newsflow.extract.engine.dictionary.DictionaryIndex;
import io.newsflow.extract.engine.nlp.Sentence;
import io.newsflow.extract.engine.nlp.Token;

/**
 * Single capitalised words an article uses as the name of someone who speaks ('said Bumrah', 'Cummins told
 * reporters'): wire copy names a person in full once and by surname after, often without any title or given name a
 * dictionary knows, so the surname's use as a speaker shows the full name earlier is a person's.
 */
final class SpokenSurnames {
    private SpokenSurnames() {
    }

    static Set<String> in(List<Sentence> sentences, DictionaryIndex index) {
        Set<String> surnames = new HashSet<>();
        for (Sentence s : sentences) {
            List<Token> tokens = s.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (!NameShape.canBeName(t, false) || i > 0 && tokens.get(i - 1).isCapitalised()
                        || i + 1 < tokens.size() && tokens.get(i + 1).isCapitalised()) {
                    continue; // one word alone, not part of a longer name
                }
                boolean before = i + 1 < tokens.size() && index.isSpeechVerb(tokens.get(i + 1).lower());
                boolean after = i > 0 && (tokens.get(i - 1).is("said") || tokens.get(i - 1).is("says"));
                if (before || after) {
                    surnames.add(t.text());
                }
            }
        }
        return surnames;
    }
}
