package io.newsflow.ingest.service;

import java.util.Map;

import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;

/**
 * OpenNLP's language model (a maximum-entropy model over the character 1- to 3-grams of a text)
 * scored from flat arrays. {@code LanguageDetectorME} answers the same language, but on each call
 * it runs five regular-expression normalisers, makes a string and a map entry for every n-gram,
 * and boxes every count: 280 µs of CPU for a 300-character sample, a third of ingest's CPU under
 * load (docs/benchmarks.md). Here an n-gram is a number (its up to three UTF-16 units), looked up
 * in an open-addressing table whose entry points at the n-gram's weights: no allocation per
 * n-gram, and two memory reads where the map took five. The same distinct n-grams add the same
 * weights, so the best language is the model's own ({@code NgramLanguageScorerTest} checks this
 * against OpenNLP on real pages).
 */
final class NgramLanguageScorer {
    /** The model's n-grams are 1 to 3 characters long (OpenNLP's default context generator). */
    private static final int MAX_GRAM = 3;
    private static final int EMPTY = 0;
    private static final int LANGUAGE_BITS_MASK = 0x7F;

    private final String[] languages;
    /** Pairs of (n-gram code, weights offset << 8 | weights count), open addressing, linear probing. */
    private final long[] table;
    private final int mask;
    /**
     * Per weight: a float whose 7 lowest mantissa bits hold the language's index (103 languages), so
     * weight and language are one int: 16 bits of mantissa are left, a relative error of 2^-16 on
     * each weight, and half the memory the scoring reads (it waits on memory, not on arithmetic).
     */
    private final int[] weights;

    private static final ThreadLocal<SeenGrams> SEEN = ThreadLocal.withInitial(SeenGrams::new);

    /** A language and how sure the model is of it (its softmax probability among all languages). */
    record Scored(String language, double confidence) {
    }

    NgramLanguageScorer(LanguageDetectorModel model) {
        if (!(model.getMaxentModel() instanceof GISModel gis)) {
            throw new IllegalArgumentException("Expected OpenNLP's maximum-entropy (GIS) language model, got "
                    + model.getMaxentModel().getClass().getName());
        }
        Object[] parts = gis.getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> features = (Map<String, Context>) parts[1];
        languages = (String[]) parts[2];
        // A third to two thirds full (145,895 n-grams in 262,144 slots, 4 MB); a lookup mostly reads one line.
        int capacity = Integer.highestOneBit(Math.max(features.size(), 2) * 3 / 2) * 2;
        table = new long[capacity * 2];
        mask = capacity - 1;
        int weightCount = features.values().stream().mapToInt(context -> context.getOutcomes().length).sum();
        weights = new int[weightCount];
        if (languages.length > LANGUAGE_BITS_MASK + 1) {
            throw new IllegalArgumentException("The model has " + languages.length + " languages; at most "
                    + (LANGUAGE_BITS_MASK + 1) + " fit beside a weight");
        }
        int next = 0;
        for (Map.Entry<String, Context> feature : features.entrySet()) {
            String gram = feature.getKey();
            int[] outcomes = feature.getValue().getOutcomes();
            double[] parameters = feature.getValue().getParameters();
            if (gram.isEmpty() || gram.length() > MAX_GRAM || outcomes.length > 0xFF) {
                continue;
            }
            long code = code(gram.toCharArray(), 0, gram.length());
            int slot = slotOf(code);
            table[slot * 2] = code;
            table[slot * 2 + 1] = ((long) next << 8) | outcomes.length;
            for (int i = 0; i < outcomes.length; i++) {
                weights[next++] = (Float.floatToRawIntBits((float) parameters[i]) & ~LANGUAGE_BITS_MASK) | outcomes[i];
            }
        }
    }

    /** The most likely language of {@code text} as the model names it (ISO 639-3), or null for no text. */
    Scored score(CharSequence text) {
        char[] normalised = new char[text.length()];
        int length = normalise(text, normalised);
        double[] sums = new double[languages.length];
        SeenGrams seen = SEEN.get().next(length * MAX_GRAM);
        boolean any = false;
        for (int gram = 1; gram <= MAX_GRAM; gram++) {
            for (int start = 0; start + gram <= length; start++) {
                long code = code(normalised, start, gram);
                // The set first: it is in the cache, the model's table mostly is not.
                if (!seen.add(code)) {
                    continue;
                }
                int slot = find(code);
                if (slot < 0) {
                    continue;
                }
                any = true;
                long entry = table[slot * 2 + 1];
                int from = (int) (entry >>> 8);
                int to = from + (int) (entry & 0xFF);
                for (int i = from; i < to; i++) {
                    int weight = weights[i];
                    sums[weight & LANGUAGE_BITS_MASK] += Float.intBitsToFloat(weight & ~LANGUAGE_BITS_MASK);
                }
            }
        }
        return any ? best(sums) : null;
    }

    private Scored best(double[] sums) {
        int best = 0;
        for (int i = 1; i < sums.length; i++) {
            if (sums[i] > sums[best]) {
                best = i;
            }
        }
        double total = 0;
        for (double sum : sums) {
            total += Math.exp(sum - sums[best]);
        }
        return new Scored(languages[best], 1 / total);
    }

    /**
     * What OpenNLP's normalisers do to news text: lower case, digits and runs of white space become one
     * space. (Its URL, e-mail, hashtag and emoji rules change a few n-grams of a sample at most.)
     */
    private static int normalise(CharSequence text, char[] into) {
        int length = 0;
        boolean afterSpace = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || (c >= '0' && c <= '9')) {
                if (!afterSpace) {
                    into[length++] = ' ';
                    afterSpace = true;
                }
            } else {
                into[length++] = Character.toLowerCase(c);
                afterSpace = false;
            }
        }
        return length > 0 && into[length - 1] == ' ' ? length - 1 : length;
    }

    /** The slot holding {@code code}, or -1. */
    private int find(long code) {
        for (int slot = hash(code) & mask;; slot = (slot + 1) & mask) {
            long key = table[slot * 2];
            if (key == code) {
                return slot;
            }
            if (key == EMPTY) {
                return -1;
            }
        }
    }

    /** The free slot for a new code (codes are never 0: the length is part of them). */
    private int slotOf(long code) {
        int slot = hash(code) & mask;
        while (table[slot * 2] != EMPTY) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private static long code(char[] text, int start, int length) {
        long code = length;
        for (int i = start; i < start + length; i++) {
            code = (code << 16) | text[i];
        }
        return code;
    }

    private static int hash(long code) {
        long mixed = (code ^ (code >>> 33)) * 0xff51afd7ed558ccdL;
        return (int) (mixed ^ (mixed >>> 33));
    }

    /**
     * The n-grams of one call already counted (each distinct n-gram counts once, as in OpenNLP), kept
     * per thread and never cleared: an entry holds its call's number, so the last call's entries read
     * as empty. Clearing or allocating a set per call cost as much as a fifth of the scoring.
     */
    private static final class SeenGrams {
        private long[] codes = new long[4096];
        private int[] calls = new int[4096];
        private int call;

        /** Ready for a call of up to {@code grams} n-grams; the set stays at most half full. */
        SeenGrams next(int grams) {
            if (grams * 2 > codes.length) {
                codes = new long[Integer.highestOneBit(grams * 2) * 2];
                calls = new int[codes.length];
            }
            if (++call == 0) {
                // Four billion calls later the numbers come round: entries of number 0 would read as present.
                java.util.Arrays.fill(calls, 0);
                call = 1;
            }
            return this;
        }

        /** False when {@code code} was seen in this call already. */
        boolean add(long code) {
            int mask = codes.length - 1;
            for (int at = hash(code) & mask;; at = (at + 1) & mask) {
                if (calls[at] != call) {
                    calls[at] = call;
                    codes[at] = code;
                    return true;
                }
                if (codes[at] == code) {
                    return false;
                }
            }
        }
    }
}
