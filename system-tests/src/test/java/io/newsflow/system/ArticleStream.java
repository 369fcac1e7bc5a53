package io.newsflow.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import io.newsflow.contract.ArticleIds;
import io.newsflow.contract.retry.RetryLater;
import io.newsflow.contract.retry.RetryPolicy;

/**
 * Uploads distinct articles over HTTP as a well-behaved client would: an upload that was not
 * answered 202 (503 while Kafka is down, a refused connection while ingest restarts) is retried
 * with backoff. Only articles answered 202 count as accepted.
 */
final class ArticleStream {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /**
     * 503 (a {@link RetryLater}) and unreachable ingest are retried for two minutes, long enough for a
     * broker or ingest restart; jitter keeps the stream's connections from retrying in step.
     */
    private static final RetryPolicy UPLOAD_RETRY = RetryPolicy.startingAt(Duration.ofMillis(100))
            .maxDelay(Duration.ofSeconds(2)).jitter(0.5).deadline(Duration.ofMinutes(2))
            .retryOn(IOException.class::isInstance).build();

    private final String ingestUrl;
    private final String marker;
    private final Set<String> acceptedIds = ConcurrentHashMap.newKeySet();
    private final AtomicInteger retries = new AtomicInteger();

    ArticleStream(String ingestUrl, String marker) {
        this.ingestUrl = ingestUrl;
        this.marker = marker;
    }

    /** Uploads articles {@code from} (inclusive) to {@code to} (exclusive) over {@code connections} connections. */
    void upload(int from, int to, int connections) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        try {
            List<Future<Void>> uploads = IntStream.range(from, to)
                    .mapToObj(number -> pool.submit(() -> uploadWithRetries(number)))
                    .toList();
            for (Future<Void> upload : uploads) {
                upload.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    Set<String> acceptedIds() {
        return acceptedIds;
    }

    int retries() {
        return retries.get();
    }

    String headline(int number) {
        return marker + " story " + number;
    }

    private Void uploadWithRetries(int number) throws InterruptedException {
        String headline = headline(number);
        String text = "MOSCOW, June 15. /TASS/. Russia is ready to cooperate with partners on matter number "
                + number + ", Foreign Ministry spokeswoman Maria Zakharova said on Friday.";
        String body = """
                {"headline": "%s", "text": "%s", "source": "TASS", "publishedAt": "2018-06-15"}"""
                .formatted(headline, text);
        try {
            UPLOAD_RETRY.call(() -> {
                HttpRequest request = HttpRequest.newBuilder(URI.create(ingestUrl + "/api/articles"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json")
                        .header("X-API-Key", RunningPipeline.API_KEY)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 503) {
                    throw new RetryLater("ingest answered 503");
                }
                if (response.statusCode() != 202) {
                    throw new IllegalStateException("Upload answered " + response.statusCode() + ": " + response.body());
                }
                return null;
            }, (attempt, failure, delay) -> retries.incrementAndGet());
        } catch (RetryLater | IOException e) {
            throw new IllegalStateException("Article " + number + " was never accepted", e);
        }
        acceptedIds.add(ArticleIds.articleId(headline, text));
        return null;
    }
}
