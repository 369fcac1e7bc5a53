package io.newsflow.extract.engine.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.newsflow.extract.engine.dictionary.DictionaryIndex;
import io.newsflow.extract.engine.nlp.Sentence;
import io.newsflow.extract.engine.nlp.Token;

/**
 * Single capitalised words an article uses as the name of someone who speaks ('said Bumrah', 'Cummins told
 * reporters') or, again and again, as a name alone ('the bomb Tsarnaev set down'): wire copy names a person in full
 * once and by surname after, often without any title or given name a dictionary knows, so the surname's later use shows
 * the full name earlier is a person's.
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

    /** How often a word must stand alone in the story to be read as a surname used on later mentions. */
    private static final int RECURRENCES = 2;
    /** Endings of words that describe a people or a faith ("European carmakers", "an Assyrian Christian politician"). */
    private static final java.util.regex.Pattern DESCRIBING = java.util.regex.Pattern.compile(".*(?:an|ese|ish|ic|i)");

    /**
     * Single capitalised words the article uses alone, inside its sentences, at least twice ('the bomb Tsarnaev set
     * down', 'Tsarnaev showed no emotion'): the surname a full name once given goes by, whatever language it comes
     * from. A word the story also writes in lower case ("the games"), a body's or an office's word ("Council",
     * "President") and a word that describes the noun after it ("Christian politician") are no surname.
     */
    static Set<String> recurring(List<Sentence> sentences, DictionaryIndex index) {
        Set<String> lowerCase = new HashSet<>();
        java.util.Map<String, Integer> alone = new java.util.HashMap<>();
        Set<String> describing = new HashSet<>();
        for (Sentence s : sentences) {
            List<Token> tokens = s.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.isWord() && !t.isCapitalised()) {
                    lowerCase.add(t.lower());
                }
                Token before = i == 0 ? null : tokens.get(i - 1);
                Token after = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
                if (before == null || !NameShape.canBeName(t, false) || before.isCapitalised()
                        || !before.isWord() && !before.is(",") || after != null && after.isCapitalised()
                        || index.isOrgWord(t.lower()) || index.role(t.lower()) != null) {
                    continue; // a sentence's first word, a word of a longer name, a body's or an office's word
                }
                alone.merge(t.text(), 1, Integer::sum);
                if (after != null && after.isWord() && DESCRIBING.matcher(t.lower()).matches()) {
                    describing.add(t.text());
                }
            }
        }
        // the full name given once: a capitalised word the story never writes in lower case right before the surname
        // ("Dzhokhar Tsarnaev", not "Two Max" or "The Max")
        Set<String> named = new HashSet<>();
        for (Sentence s : sentences) {
            List<Token> tokens = s.tokens();
            for (int i = 1; i < tokens.size(); i++) {
                Token given = tokens.get(i - 1);
                if (alone.containsKey(tokens.get(i).text()) && NameShape.canBeName(given, false)
                        && !lowerCase.contains(given.lower()) && !index.isOrgWord(given.lower())
                        && index.role(given.lower()) == null) {
                    named.add(tokens.get(i).text());
                }
            }
        }
        Set<String> surnames = new HashSet<>();
        alone.forEach((word, count) -> {
            if (count >= RECURRENCES && named.contains(word)
                    && !lowerCase.contains(word.toLowerCase(java.util.Locale.ROOT)) && !describing.contains(word)) {
                surnames.add(word);
            }
        });
        return surnames;
    }
}
