package io.newsflow.extract.engine.entity;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.newsflow.extract.engine.nlp.TextNormaliser;

/**
 * When two spellings name the same person: the same surname, with the shorter name's words contained in the
 * longer ("Zakharova", "Maria Zakharova"); a two-word name is also referred to by its first word, the family name of
 * "Kim Jong-un" or "Liu Jieyi", or a given name ("Manushi" of "Manushi Chhillar").
 */
public final class NameMatch {
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern ARABIC_ARTICLE = java.util.regex.Pattern.compile(
            "^" + io.newsflow.extract.engine.nlp.ArabicArticles.GROUP + "-");

    private NameMatch() {
    }

    public static boolean samePerson(String a, String b) {
        return samePerson(words(a), words(b));
    }

    private static boolean samePerson(List<String> wa, List<String> wb) {
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
        // "Kim" of "Kim Jong-un", "Zhang" of "Zhang Zhizhen"; and a given name alone ("Manushi further said" of
        // Manushi Chhillar), as South Asian and entertainment copy refers to people
        // and "Taye" of "Taye Atske Selassie", as Ethiopian copy names people by their given name
        return shorter.size() == 1 && longer.size() >= 2 && longer.get(0).equals(lastShort);
    }

    /**
     * Whether, within one story, name {@code b} is the person already known as {@code a}: the same person by
     * {@link #samePerson}, or all but the last word of the other's name ("Hassan Sheikh" of "Hassan Sheikh Mohamud",
     * as Somali copy names him; not a title-case headline's "Tembo Chisale Wins Re-Election", two words on). The
     * scorer keeps to {@link #samePerson}.
     */
    public static boolean sameInStory(String a, String b) {
        List<String> wa = words(a);
        List<String> wb = words(b);
        if (samePerson(wa, wb)) {
            return true;
        }
        List<String> shorter = wa.size() <= wb.size() ? wa : wb;
        List<String> longer = shorter == wa ? wb : wa;
        return shorter.size() >= 2 && longer.size() == shorter.size() + 1
                && longer.subList(0, shorter.size()).equals(shorter);
    }

    /** A Mongolian name's initial, written against the name with its dot: "Ts.Elbegdorj", "N.Enkhbayar". */
    private static final java.util.regex.Pattern PATRONYMIC_INITIAL =
            java.util.regex.Pattern.compile("\\b(\\p{Lu}\\p{Ll}?)\\.(?=\\p{Lu}\\p{Ll}{2})");

    private static List<String> words(String name) {
        // "Szijjarto" in a headline is the "Szijjártó" of the body: marks on letters are left out
        String plain = TextNormaliser.withoutMarks(name);
        // "Ts.Elbegdorj" is "Ts" and "Elbegdorj" (most names have no dot, and are read without a matcher)
        String spaced = plain.indexOf('.') < 0 ? plain : PATRONYMIC_INITIAL.matcher(plain).replaceAll("$1 ");
        return Arrays.stream(SPACES.split(spaced.toLowerCase(Locale.ROOT).replace('\u2019', '\'')))
                .map(w -> ARABIC_ARTICLE.matcher(w).replaceFirst(""))
                // "S." and "S" are one initial, "Jr." and "Jr" one suffix
                .map(w -> w.length() >= 2 && w.endsWith(".") ? w.substring(0, w.length() - 1) : w)
                .filter(w -> !w.isEmpty()).toList();
    }
}
