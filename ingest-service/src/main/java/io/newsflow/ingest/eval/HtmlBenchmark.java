package io.newsflow.ingest.eval;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.newsflow.ingest.service.HtmlArticles;
import io.newsflow.ingest.service.UploadItem;
import io.newsflow.ingest.service.UploadMetadata;

/**
 * Runs ingest's HTML reading ({@link HtmlArticles}, exactly what an upload goes through) over
 * benchmark pages and scores the text it keeps. A refused page counts as nothing extracted.
 */
public final class HtmlBenchmark {

    private HtmlBenchmark() {
    }

    /**
     * @param warmupRounds passes over every page before the timed one, so the times are those of a
     *                     warm JVM as a running service has
     */
    public static BenchmarkResult run(List<BenchmarkPages.Page> pages, int warmupRounds) {
        for (int round = 0; round < warmupRounds; round++) {
            pages.forEach(page -> read(page.html()));
        }
        List<PageScore> scores = new ArrayList<>();
        for (BenchmarkPages.Page page : pages) {
            long start = System.nanoTime();
            UploadItem item = read(page.html());
            double millis = (System.nanoTime() - start) / 1e6;
            String text = item.problem() == null ? item.fields().text() : "";
            String refusal = item.problem() == null ? null : item.problem().reason();
            scores.add(new PageScore(page.id(), page.url(), ShingleMatch.of(page.truth(), text), refusal, millis));
        }
        return new BenchmarkResult(scores);
    }

    private static UploadItem read(byte[] html) {
        return HtmlArticles.read(html, StandardCharsets.UTF_8, null, UploadMetadata.NONE);
    }
}
