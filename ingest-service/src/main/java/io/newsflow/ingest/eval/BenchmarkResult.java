package io.newsflow.ingest.eval;

import java.util.Comparator;
import java.util.List;

/**
 * The benchmark's totals over pages, as its README defines them: precision averaged over the pages
 * where something was extracted, recall over all pages (nothing extracted counts 0), F1 from the
 * two averages.
 */
public record BenchmarkResult(List<PageScore> pages) {

    public double precision() {
        return pages.stream().map(PageScore::match).filter(ShingleMatch::extractedSomething)
                .mapToDouble(ShingleMatch::precision).average().orElse(0);
    }

    public double recall() {
        return pages.stream().mapToDouble(page -> page.match().recall()).average().orElse(0);
    }

    public double f1() {
        double precision = precision();
        double recall = recall();
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /** Pages that share no shingle with their truth: refused, empty, or the wrong block entirely. */
    public long zeros() {
        return pages.stream().filter(page -> page.match().truePositive() == 0).count();
    }

    public long refused() {
        return pages.stream().filter(page -> page.refusal() != null).count();
    }

    public double medianMillis() {
        double[] sorted = pages.stream().mapToDouble(PageScore::millis).sorted().toArray();
        if (sorted.length == 0) {
            return 0;
        }
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** The {@code count} pages of lowest F1, worst first. */
    public List<PageScore> worst(int count) {
        return pages.stream().sorted(Comparator.comparingDouble((PageScore page) -> page.match().f1())
                .thenComparing(PageScore::id)).limit(count).toList();
    }
}
