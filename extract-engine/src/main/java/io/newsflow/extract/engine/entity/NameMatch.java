package io.newsflow.extract.engine.entity;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * When two spellings name the same person: the same surname, with the shorter name's words contained in the
 * longer ("Zakharova", "Maria Zakharova"); names such as "Kim Jong-un" or "Liu Jieyi" are also referred to by
 * their first word, the family name.
 */
public final class NameMatch {
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern ARABIC_ARTICLE = java.util.regex.Pattern.compile("^(?:al|el|ad|as|ash|an|ar|az)-");

    private NameMatch() {
    }

    public static boolean samePerson(String a, String b) {
        List<String> wa = words(a);
        List<String> wb = words(b);
        if (wa.isEmpty() || wb.isEmpty()) {
            return false;
        }
        if (wa.equals(wb)) {
            return true;
        }
        List<String> shorter = wa.size() <= wb.size() ? wa : wb;
        List<String> longer = shorter == wa ? wb : wa;
        Set<String> longerWords = new HashSet<>(longer);
        if (!longerWords.containsAll(shorter)) {
            return false;
        }
        String lastShort = shorter.get(shorter.size() - 1);
        String lastLong = longer.get(longer.size() - 1);
        if (lastShort.equals(lastLong)) {
            return true;
        }
        if (shorter.size() == 1 && longer.size() >= 3 && !longer.get(0).equals(lastShort)) {
            return true; // "Lula" of "Luiz Inacio Lula da Silva"
        }
        return shorter.size() == 1 && familyNameFirst(longer) && longer.get(0).equals(lastShort);
    }

    /** East Asian names put the family name first: a short first word or a hyphenated given name. */
    private static boolean familyNameFirst(List<String> words) {
        return words.size() == 2 && (words.get(0).length() <= 3 || words.get(1).contains("-"));
    }

    private static List<String> words(String name) {
        return Arrays.stream(SPACES.split(name.toLowerCase(Locale.ROOT).replace('\u2019', '\'')))
                .map(w -> ARABIC_ARTICLE.matcher(w).replaceFirst("")).filter(w -> !w.isEmpty()).toList();
    }
}
