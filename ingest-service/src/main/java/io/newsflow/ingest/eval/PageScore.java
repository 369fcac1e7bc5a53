package io.newsflow.ingest.eval;

/** How the extractor did on one page: the measure, the reason it refused the page (null if it did not), and its time. */
public record PageScore(String id, String url, ShingleMatch match, String refusal, double millis) {
}
