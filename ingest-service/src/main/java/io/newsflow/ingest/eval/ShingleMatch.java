package io.newsflow.ingest.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction-benchmark's measure for one page: the 4-word shingles both texts share
 * ({@code truePositive}), those only in the extracted text ({@code falsePositive}) and those only in
 * the truth ({@code falseNegative}), counted as multisets and scaled to sum to 1 so that every page
 * weighs the same. A word is a run of letters, digits and underscores, case kept (Python's
 * {@code \w+}, which the benchmark uses).
 */
public record ShingleMatch(double truePositive, double falsePositive, double falseNegative) {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static final int SHINGLE_WORDS = 4;

    public static ShingleMatch of(String truth, String extracted) {
        Map<List<String>, Integer> truthShingles = shingles(truth);
        Map<List<String>, Integer> extractedShingles = shingles(extracted);
        Set<List<String>> all = new HashSet<>(truthShingles.keySet());
        all.addAll(extractedShingles.keySet());
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (List<String> shingle : all) {
            int inTruth = truthShingles.getOrDefault(shingle, 0);
            int inExtracted = extractedShingles.getOrDefault(shingle, 0);
            tp += Math.min(inTruth, inExtracted);
            fp += Math.max(0, inExtracted - inTruth);
            fn += Math.max(0, inTruth - inExtracted);
        }
        double sum = tp + fp + fn;
        return sum == 0 ? new ShingleMatch(0, 0, 0) : new ShingleMatch(tp / sum, fp / sum, fn / sum);
    }

    /** Whether the extracted text held at least one shingle: only then does the page count for precision. */
    public boolean extractedSomething() {
        return truePositive + falsePositive > 0;
    }

    /** Undefined (NaN) when nothing was extracted. */
    public double precision() {
        return extractedSomething() ? truePositive / (truePositive + falsePositive) : Double.NaN;
    }

    /** 0 when nothing was extracted, or when the truth has no shingle at all. */
    public double recall() {
        return truePositive + falseNegative > 0 ? truePositive / (truePositive + falseNegative) : 0;
    }

    public double f1() {
        double precision = extractedSomething() ? precision() : 0;
        double recall = recall();
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text != null) {
            Matcher matcher = WORD.matcher(text);
            while (matcher.find()) {
                words.add(matcher.group());
            }
        }
        return words;
    }

    private static Map<List<String>, Integer> shingles(String text) {
        List<String> words = words(text);
        Map<List<String>, Integer> counts = new HashMap<>();
        for (int start = 0; start + SHINGLE_WORDS <= words.size(); start++) {
            counts.merge(List.copyOf(words.subList(start, start + SHINGLE_WORDS)), 1, Integer::sum);
        }
        return counts;
    }
}
