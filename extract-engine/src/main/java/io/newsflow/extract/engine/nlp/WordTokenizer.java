package io.newsflow.extract.engine.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.newsflow.extract.engine.dictionary.Dictionaries;

/**
 * Splits normalised text into words and punctuation. Written for news text rather than taken from the OpenNLP
 * tokenizer model: the model keeps "Russia's" whole, splits "Kim Jong-un" at the hyphen and costs more than the
 * whole rest of the analysis, while these rules are deterministic and allocation-light.
 */
public final class WordTokenizer {
    private static final Set<String> CLITICS = Set.of("'s", "'ve", "'re", "'ll", "'d", "'m");
    private static final Set<String> CONTROL_WORDS = Set.of("controlled", "held", "occupied", "run", "led",
            "dominated", "administered", "ruled",
            // "hijacked the UAE-flagged cargo ship": the state whose ship it is, the target
            "flagged", "owned");

    private WordTokenizer() {
    }

    /** Tokens of text[from, to), offsets into text. */
    public static List<Token> tokenize(String text, int from, int to, int firstIndex) {
        List<Token> tokens = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int end;
            if (Character.isLetterOrDigit(c)) {
                end = wordEnd(text, i, to);
                int negation = negationSplit(text, i, end);
                if (negation > i) {
                    add(tokens, text, i, negation, firstIndex);
                    i = negation;
                    end += 2;
                }
            } else if (c == '\'' && i + 1 < to) {
                end = cliticEnd(text, i, to);
            } else if (c == '-' && i + 1 < to && text.charAt(i + 1) == '-') {
                end = i + 2;
            } else {
                end = i + 1;
            }
            add(tokens, text, i, end, firstIndex);
            i = end;
        }
        return tokens;
    }

    private static void add(List<Token> tokens, String text, int start, int end, int firstIndex) {
        String word = text.substring(start, end);
        tokens.add(new Token(firstIndex + tokens.size(), start, end, word, word.toLowerCase(java.util.Locale.ROOT)));
    }

    /** Lower-case endings after an apostrophe that are clitics ("Russia's", "don't"), not part of a name. */
    private static final Set<String> CLITIC_ENDINGS = Set.of("s", "ve", "re", "ll", "d", "m", "t");

    /** An apostrophe inside a capitalised word, followed by letters that are no clitic: "Sing'oei". */
    private static boolean innerApostrophe(String text, int start, int apostrophe, int to) {
        if (!Character.isUpperCase(text.charAt(start)) || apostrophe + 1 >= to
                || !Character.isLowerCase(text.charAt(apostrophe + 1))) {
            return false;
        }
        int end = apostrophe + 1;
        while (end < to && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return !CLITIC_ENDINGS.contains(text.substring(apostrophe + 1, end));
    }

    private static int wordEnd(String text, int start, int to) {
        int i = start + 1;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isDigit(text.charAt(i - 1)) && startsCapitalisedWord(text, i, to)) {
                break; // "the 0Interior Ministry": a stray digit stuck to a word by the feed is a token of its own
            } else if (Character.isLetterOrDigit(c)) {
                i++;
            } else if ((c == '-' || c == '&') && i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1))
                    && !joinsTwoNames(text, start, i + 1) && !(c == '-' && controlledBy(text, start, i + 1, to))) {
                i++;
            } else if ((c == ',' || c == '.') && i + 1 < to && Character.isDigit(text.charAt(i - 1))
                    && Character.isDigit(text.charAt(i + 1))) {
                i++;
            } else if (c == '.' && isDottedAbbreviation(text, start, i, to)) {
                i++;
            } else if (c == '\'' && i + 1 < to && Character.isUpperCase(text.charAt(i + 1))) {
                i++; // O'Brien, N'Djamena
            } else if (c == '\'' && innerApostrophe(text, start, i, to)) {
                i++; // Sing'oei, Thiong'o, Ta'izz: a name's apostrophe, not a clitic
            } else {
                break;
            }
        }
        return i;
    }

    /** A capital and a small letter: the start of a word, where "5G" and "F16" are no such start. */
    private static boolean startsCapitalisedWord(String text, int i, int to) {
        return i + 1 < to && Character.isUpperCase(text.charAt(i)) && Character.isLowerCase(text.charAt(i + 1));
    }

    /** "U.S." and "U.N." keep their dots, as do titles such as "Mr." and "Gen.". */
    private static boolean isDottedAbbreviation(String text, int start, int dot, int to) {
        if (dot - start == 1 && Character.isUpperCase(text.charAt(start))) {
            boolean nextIsLetterDot = dot + 2 < to && Character.isLetter(text.charAt(dot + 1)) && text.charAt(dot + 2) == '.';
            boolean previousWasLetterDot = start >= 2 && text.charAt(start - 1) == '.' && Character.isLetter(text.charAt(start - 2));
            return nextIsLetterDot || previousWasLetterDot || (start >= 1 && text.charAt(start - 1) == '.');
        }
        if (dot - start == 1 && start >= 1 && text.charAt(start - 1) == '.') {
            return true;
        }
        if (dot - start >= 3 && text.charAt(dot - 2) == '.' && Character.isLetter(text.charAt(dot - 1))) {
            return true; // the final dot of "U.N." and "U.S."
        }
        String word = text.substring(start, dot).toLowerCase(java.util.Locale.ROOT);
        return Abbreviations.isAbbreviation(word) && dot + 1 < to && text.charAt(dot + 1) == ' '
                && dot + 2 < to && (Character.isUpperCase(text.charAt(dot + 2)) || Character.isDigit(text.charAt(dot + 2)));
    }

    /**
     * "Russian-Chinese" and "Korea-US" are two names side by side, "Jong-un" and "test-fired" one word; "then-" and
     * "ex-" stand apart from the title after them.
     */
    private static boolean joinsTwoNames(String text, int wordStart, int afterHyphen) {
        boolean general = text.startsWith("General", afterHyphen) && (afterHyphen + 7 >= text.length()
                || !Character.isLetter(text.charAt(afterHyphen + 7)));
        if (general && GENERAL_TITLES.contains(
                text.substring(wordStart, afterHyphen - 1).toLowerCase(java.util.Locale.ROOT))) {
            return false; // "Secretary-General", "Director-General": one title, as the roles dictionary writes it
        }
        if (ArabicArticles.is(text.substring(wordStart, afterHyphen - 1))) {
            return false; // "Al-Sabah", "El-Sisi": the article is part of the name, whatever a place called "Sabah" is
        }
        return Character.isUpperCase(afterHyphen < text.length() ? text.charAt(afterHyphen) : 'a')
                && (Character.isUpperCase(text.charAt(wordStart)) || TIME_PREFIXES.contains(
                        text.substring(wordStart, afterHyphen - 1).toLowerCase(java.util.Locale.ROOT)));
    }

    /**
     * The one word before "-General" of the titles roles.tsv writes with the hyphen ("secretary-general",
     * "director-general"): those are one title; the others it knows only in two words ("inspector general") and reads
     * across the hyphen as it stands.
     */
    private static final Set<String> GENERAL_TITLES = Dictionaries.readWords("roles.tsv").stream()
            .filter(title -> title.endsWith("-general") && title.indexOf(' ') < 0
                    && title.indexOf('-') == title.length() - "-general".length())
            .map(title -> title.substring(0, title.length() - "-general".length()))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** "then-President Ivan Duque", "ex-Prime Minister": the title after the hyphen is a word of its own. */
    private static final java.util.Set<String> TIME_PREFIXES = java.util.Set.of("then", "ex");

    /**
     * "Houthi-controlled", "RSF-held", "Saudi-led": a name and the word saying it controls or leads what follows,
     * split so that the name is an actor of its own (the target of "struck Houthi-controlled areas"). Patrons
     * ("Iran-backed") stay one word: the one who backs a militia is not the one who acts.
     */
    private static boolean controlledBy(String text, int wordStart, int afterHyphen, int to) {
        if (!Character.isUpperCase(text.charAt(wordStart))) {
            return false;
        }
        int end = afterHyphen;
        while (end < to && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return CONTROL_WORDS.contains(text.substring(afterHyphen, end));
    }

    /** "doesn't" is "does" + "n't": the start of "n't" inside [start, end), or start when there is none. */
    private static int negationSplit(String text, int start, int end) {
        if (end + 1 < text.length() && text.charAt(end) == '\'' && (text.charAt(end + 1) == 't' || text.charAt(end + 1) == 'T')
                && end - start >= 2 && (text.charAt(end - 1) == 'n' || text.charAt(end - 1) == 'N')) {
            return end - 1 > start ? end - 1 : start;
        }
        return start;
    }

    private static int cliticEnd(String text, int start, int to) {
        int i = start + 1;
        while (i < to && Character.isLetter(text.charAt(i)) && i - start <= 3) {
            i++;
        }
        String candidate = text.substring(start, i).toLowerCase(java.util.Locale.ROOT);
        if (CLITICS.contains(candidate) && (i >= to || !Character.isLetter(text.charAt(i)))) {
            return i;
        }
        return start + 1;
    }
}
