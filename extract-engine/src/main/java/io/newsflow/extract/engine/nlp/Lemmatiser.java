package io.newsflow.extract.engine.nlp;

import java.util.Map;

/**
 * Candidate base forms of an English word by suffix rules plus a table of irregular verbs. It over-generates
 * ("imposed" gives "impos", "impose" and "imposed"); the pattern dictionary decides which candidate is a word.
 */
public final class Lemmatiser {
    private final Map<String, String> irregular;

    public Lemmatiser(Map<String, String> irregularForms) {
        this.irregular = irregularForms;
    }

    public String[] candidates(String lower) {
        if (lower.length() > 6 && lower.startsWith("re-")) {
            // "re-arrested", "re-imposed": the act done again is the act
            String[] again = candidates(lower.substring(3));
            String[] all = new String[again.length + 1];
            all[0] = lower;
            System.arraycopy(again, 0, all, 1, again.length);
            return all;
        }
        String irregularLemma = irregular.get(lower);
        if (irregularLemma != null) {
            return new String[] {lower, irregularLemma};
        }
        int n = lower.length();
        if (n > 4 && lower.endsWith("ing")) {
            String stem = lower.substring(0, n - 3);
            return new String[] {lower, stem, stem + "e", undouble(stem)};
        }
        if (n > 3 && lower.endsWith("ied")) {
            return new String[] {lower, lower.substring(0, n - 3) + "y"};
        }
        if (n > 3 && lower.endsWith("ed")) {
            String stem = lower.substring(0, n - 2);
            if (irregular.containsKey(stem)) {
                return new String[] {lower, stem + "e"}; // "meted" is "mete", never the past tense "met"
            }
            return new String[] {lower, stem, stem + "e", undouble(stem)};
        }
        if (n > 3 && lower.endsWith("ies")) {
            return new String[] {lower, lower.substring(0, n - 3) + "y"};
        }
        if (n > 3 && lower.endsWith("es")) {
            return new String[] {lower, lower.substring(0, n - 1), lower.substring(0, n - 2)};
        }
        if (n > 2 && lower.endsWith("s") && !lower.endsWith("ss")) {
            return new String[] {lower, lower.substring(0, n - 1)};
        }
        return new String[] {lower};
    }

    /** "-ing" or "-ed" form: a participle that needs an auxiliary to be a finite verb. */
    public static boolean isIngForm(String lower) {
        return lower.length() > 4 && lower.endsWith("ing");
    }

    public boolean isPastParticiple(String lower) {
        // (the table also lists an irregular verb's -ing form, "cutting", which is no participle of the past)
        return (lower.length() > 3 && lower.endsWith("ed"))
                || (irregular.containsKey(lower) && !lower.endsWith("s") && !lower.endsWith("ing"));
    }

    private static String undouble(String stem) {
        int n = stem.length();
        if (n > 2 && stem.charAt(n - 1) == stem.charAt(n - 2)) {
            return stem.substring(0, n - 1);
        }
        return stem;
    }
}
