package io.newsflow.extract.engine.entity;

import java.util.List;
import java.util.Set;

import io.newsflow.extract.engine.dictionary.Dictionaries;
import io.newsflow.extract.engine.nlp.Token;

/** Which capitalised tokens can be part of a person's name. */
final class NameShape {
    /** Capitalised words that are no part of a name: "After", "Police", "Monday". */
    static final Set<String> NOT_NAMES = Dictionaries.readWords("not-names.txt");
    private static final java.util.regex.Pattern ARABIC_ARTICLE = java.util.regex.Pattern.compile(
            io.newsflow.extract.engine.nlp.ArabicArticles.GROUP + "-\\p{Lu}\\p{L}+");
    /** A Romance family name with its elided article or preposition: "Miguel d'Escoto", "Giscard d'Estaing". */
    private static final java.util.regex.Pattern ELIDED_PARTICLE =
            java.util.regex.Pattern.compile("[dl]'\\p{Lu}\\p{L}+");
    /** "bin", "von", "da": lower-case words inside a name. */
    private static final Set<String> PARTICLES = Dictionaries.readWords("name-particles.txt");
    private static final int MAX_NAME_TOKENS = 5;

    /** The gender the honorifics ending just before a name give ("Datuk Noor Kamarul" is a man), else null. */
    static String honorificGender(List<Token> tokens, int nameStart) {
        for (int k = nameStart - 1; k >= 0 && k >= nameStart - 3; k--) {
            String gender = Honorifics.gender(tokens.get(k).lower());
            if (gender != null) {
                return gender;
            }
        }
        return null;
    }

    private NameShape() {
    }

    /** A middle initial, with or without its full stop: "W.", "R". */
    private static final java.util.regex.Pattern MIDDLE_INITIAL = java.util.regex.Pattern.compile("\\p{Lu}\\.?");

    /** Where the name goes on after the middle initial at i (past its full stop), or -1 when it does not. */
    private static int afterInitial(List<Token> tokens, int i, boolean[] covered) {
        int next = i + 1 < tokens.size() && tokens.get(i + 1).is(".") ? i + 2 : i + 1;
        if (next < tokens.size() && MIDDLE_INITIAL.matcher(tokens.get(next).text()).matches() && !covered[next]) {
            return afterInitial(tokens, next, covered); // "George H. W. Bush"
        }
        return next < tokens.size() && canBeName(tokens.get(next), covered[next]) ? next : -1;
    }

    /** A monarch's or a pope's number, II to XXIII ("I" alone is a pronoun, "X" a letter). */
    private static final java.util.regex.Pattern REGNAL_NUMBER = java.util.regex.Pattern.compile(
            "(?=[IVX]{2,5}$|V$)X{0,2}(?:IX|IV|V?I{0,3})");

    static boolean canBeName(Token t, boolean covered) {
        int hyphen = t.text().indexOf('-');
        if (!covered && hyphen > 1 && hyphen <= 3 && ARABIC_ARTICLE.matcher(t.text()).matches()) {
            return true; // "al-Burhan", "el-Sisi"
        }
        // (the apostrophe looked at first: most words are no such name, and a matcher costs)
        if (!covered && t.text().length() > 3 && t.text().charAt(1) == '\''
                && ELIDED_PARTICLE.matcher(t.text()).matches()) {
            return true;
        }
        return !covered && t.isWord() && t.isCapitalised() && Character.isLetter(t.text().charAt(0))
                && !(t.isAllCaps() && t.text().length() > 1) && !NOT_NAMES.contains(t.lower())
                && t.text().length() > 1;
    }

    /**
     * The first token after the honorifics starting at from ("Tengku Datuk Seri Zafrul": Zafrul), or from itself.
     * "Tan" is honorific only in "Tan Sri"; alone it is a family name.
     */
    static int afterHonorifics(List<Token> tokens, int from) {
        int i = from;
        while (i < tokens.size()) {
            String w = tokens.get(i).lower();
            boolean tanSri = w.equals("tan") && i + 1 < tokens.size() && tokens.get(i + 1).is("sri");
            if (Honorifics.isHonorific(w) || tanSri || i > from && Honorifics.isSecondWord(w)) {
                i++;
            } else {
                return i;
            }
        }
        return i;
    }

    /**
     * "President S. Japarov", "Prime Minister L.Oyun-Erdene" (Central Asian agencies print the given name's initial
     * with its full stop): the token where the family name starts past the initial, or from itself. The initial is
     * left out of the name, which the world actors dictionary and later mentions know by the family name.
     */
    static int afterDottedInitial(List<Token> tokens, int from, boolean[] covered) {
        if (from + 2 >= tokens.size() || covered[from] || !initial(tokens.get(from), tokens.get(from + 1))
                || !tokens.get(from + 1).is(".")) {
            return from;
        }
        return canBeName(tokens.get(from + 2), covered[from + 2]) ? from + 2 : from;
    }

    /**
     * A capital letter ("S. Japarov"), or a capital and a small letter written against its dot ("Ts.Elbegdorj",
     * "Kh.Nyambaatar": Mongolian copy shortens the father's name to its first sound).
     */
    private static boolean initial(Token token, Token dot) {
        String text = token.text();
        return Character.isUpperCase(text.charAt(0)) && (text.length() == 1
                || text.length() == 2 && Character.isLowerCase(text.charAt(1)) && dot.start() == token.end());
    }

    /** "S Jaishankar": one capital letter, without its full stop, before a name. */
    private static boolean initialBeforeName(List<Token> tokens, int at, boolean[] covered) {
        Token t = tokens.get(at);
        return t.text().length() == 1 && Character.isUpperCase(t.text().charAt(0)) && !covered[at]
                && at + 1 < tokens.size() && canBeName(tokens.get(at + 1), covered[at + 1]);
    }

    /** The last token of a name starting at from, or -1 when no name starts there. */
    static int nameEnd(List<Token> tokens, int from, boolean[] covered) {
        if (from < tokens.size() && Honorifics.isHonorific(tokens.get(from).lower())) {
            return -1;
        }
        if (from >= tokens.size() || !canBeName(tokens.get(from), covered[from]) && !initialBeforeName(tokens, from, covered)) {
            return -1;
        }
        int last = from;
        int words = 1;
        int i = from + 1;
        while (i < tokens.size() && words < MAX_NAME_TOKENS) {
            Token t = tokens.get(i);
            if (canBeName(t, covered[i])) {
                last = i;
                words++;
                i++;
            } else if (MIDDLE_INITIAL.matcher(t.text()).matches() && !covered[i] && afterInitial(tokens, i, covered) > 0) {
                i = afterInitial(tokens, i, covered); // "George W. Bush", "Ferdinand R. Marcos Jr.": on to the family name
            } else if (!covered[i] && REGNAL_NUMBER.matcher(t.text()).matches()) {
                last = i; // "King Mohammed VI", "Pope Benedict XVI": the number ends the name
                break;
            } else if (PARTICLES.contains(t.lower()) || t.text().equals("-")) {
                int next = i + 1;
                while (next < tokens.size() && PARTICLES.contains(tokens.get(next).lower())) {
                    next++;
                }
                if (next >= tokens.size() || !canBeName(tokens.get(next), covered[next])) {
                    break;
                }
                i = next;
            } else {
                break;
            }
        }
        return last;
    }
}
