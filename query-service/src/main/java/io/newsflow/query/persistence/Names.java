package io.newsflow.query.persistence;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The name rule of entity deduplication: case, accents, punctuation and spacing do not make two
 * entities different ("Sergei Lavrov", "Sergei  LAVROV", "Sergéi Lavrov"). Coarser than the
 * engine's rule on purpose, so one engine id never maps to two keys.
 */
public final class Names {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Names() {
    }

    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String decomposed = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        return NOT_WORD.matcher(decomposed.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
