package io.newsflow.bench.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Sends uploads to ingest, measures them, and hands every accepted article to the pending set. */
final class Uploader {
    private final HttpClient http;
    private final String ingestUrl;
    private final String apiKey;
    private final Measurements measurements;
    private final PendingArticles pending;

    Uploader(HttpClient http, String ingestUrl, String apiKey, Measurements measurements, PendingArticles pending) {
        this.http = http;
        this.ingestUrl = ingestUrl;
        this.apiKey = apiKey;
        this.measurements = measurements;
        this.pending = pending;
    }

    CompletableFuture<Void> send(UploadRequest upload) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ingestUrl + "/api/articles" + upload.query()))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", upload.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(upload.body()));
        if (apiKey != null && !apiKey.isBlank()) {
            request.header("X-API-Key", apiKey);
        }
        long sent = System.nanoTime();
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString()).handle((response, failure) -> {
            long now = System.nanoTime();
            if (failure != null) {
                measurements.uploadFailed(upload.articles());
                return null;
            }
            UploadAnswer answer = UploadAnswer.read(response.statusCode(), response.body(), upload.articles());
            if (answer.accepted().isEmpty()) {
                measurements.uploadFailed(upload.articles());
                return null;
            }
            answer.accepted().forEach(article ->
                    pending.accepted(article.id(), upload.sources().get(article.position()), now));
            measurements.uploadAnswered(TimeUnit.NANOSECONDS.toMicros(now - sent), upload.body().length,
                    answer.accepted().size(), answer.notAccepted());
            return null;
        });
    }
}
