package io.newsflow.extract.engine.entity;

import io.newsflow.extract.engine.dictionary.TsvRow;
import io.newsflow.extract.engine.dictionary.TsvSource;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The honorifics of {@code dictionaries/honorifics.tsv}. {@link NameShape} is a static helper called from many
 * places before and without a dictionary index, so the file is read once here.
 */
final class Honorifics {
    private static final String SECOND = "second";
    /** Honorifics that stand alone, lower case, to the gender they tell ("" when none). */
    private static final Map<String, String> FIRST_WORDS = new HashMap<>();
    /** Honorifics only after another: "seri" of "Datuk Seri". */
    private static final Set<String> SECOND_WORDS = new HashSet<>();

    static {
        for (TsvRow r : TsvSource.read("/dictionaries/honorifics.tsv", 1)) {
            String word = r.required(0, "honorific").toLowerCase(Locale.ROOT);
            String gender = r.text(1).toUpperCase(Locale.ROOT);
            String position = r.text(2);
            if (!gender.isEmpty() && !gender.equals("M") && !gender.equals("F")) {
                throw r.fail("gender must be M, F or empty: '" + gender + "'");
            }
            if (!position.isEmpty() && !position.equals(SECOND)) {
                throw r.fail("position is empty or '" + SECOND + "': '" + position + "'");
            }
            if (position.equals(SECOND)) {
                SECOND_WORDS.add(word);
            } else {
                FIRST_WORDS.put(word, gender);
            }
        }
    }

    private Honorifics() {
    }

    /** "mr", "datuk", "dr.": a lower-case word that stands before a name. */
    static boolean isHonorific(String lower) {
        return FIRST_WORDS.containsKey(lower);
    }

    /** "seri", "sri": a lower-case word that is honorific right after another honorific. */
    static boolean isSecondWord(String lower) {
        return SECOND_WORDS.contains(lower);
    }

    /** "M" or "F" when the lower-case honorific tells the gender, else null ("dr", or no honorific). */
    static String gender(String lower) {
        String g = FIRST_WORDS.get(lower);
        return g == null || g.isEmpty() ? null : g;
    }
}
