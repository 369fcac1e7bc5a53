package io.newsflow.localstack.launcher;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.newsflow.contract.retry.RetryLater;
import io.newsflow.contract.retry.RetryPolicy;
import io.newsflow.localstack.launcher.UploadFiles.UploadFile;

/**
 * Sends one batch of files to {@code POST /api/articles} as multipart/form-data, as {@code curl -F}
 * would, and retries while ingest answers 503 (Kafka unreachable) or cannot be reached: exponential
 * backoff from one second, and never sooner than the Retry-After ingest asks for.
 */
final class IngestClient {
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    /** 503 (a {@link RetryLater}) and unreachable ingest are retried; no jitter, one uploader runs at a time. */
    private static final RetryPolicy UPLOAD_RETRY = RetryPolicy.startingAt(FIRST_BACKOFF)
            .maxDelay(Duration.ofSeconds(30)).retryOn(IOException.class::isInstance).build();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI articles;
    private final String apiKey;
    private final RetryPolicy retry;

    record Answer(int status, String body) {
    }

    /** @param sleeper waits between tries; tests pass one that does not */
    IngestClient(String baseUrl, String apiKey, int maxTries, RetryPolicy.Sleeper sleeper) {
        this.articles = URI.create(baseUrl.replaceAll("/+$", "") + "/api/articles");
        this.apiKey = apiKey;
        this.retry = UPLOAD_RETRY.withMaxAttempts(maxTries).withSleeper(sleeper);
    }

    Answer send(List<UploadFile> batch) throws InterruptedException {
        try {
            return retry.call(() -> {
                HttpResponse<String> response;
                try {
                    response = http.send(request(batch), HttpResponse.BodyHandlers.ofString());
                } catch (IOException e) {
                    throw new IOException("cannot reach " + articles + ": " + e, e);
                }
                if (response.statusCode() == 503) {
                    throw new RetryLater("ingest answered 503: " + response.body(), response.headers()
                            .firstValue("Retry-After").map(IngestClient::seconds).orElse(Duration.ZERO));
                }
                return new Answer(response.statusCode(), response.body());
            });
        } catch (RetryLater | IOException lastFailure) {
            return new Answer(503, lastFailure.getMessage());
        }
    }

    private HttpRequest request(List<UploadFile> batch) throws FileNotFoundException {
        String boundary = "newsflow-" + UUID.randomUUID();
        List<HttpRequest.BodyPublisher> parts = new ArrayList<>();
        for (UploadFile file : batch) {
            parts.add(text("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + file.name().replace("\"", "%22") + "\"\r\nContent-Type: application/octet-stream\r\n\r\n"));
            parts.add(HttpRequest.BodyPublishers.ofFile(file.path()));
            parts.add(text("\r\n"));
        }
        parts.add(text("--" + boundary + "--\r\n"));
        HttpRequest.Builder request = HttpRequest.newBuilder(articles)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .timeout(Duration.ofMinutes(10))
                .POST(HttpRequest.BodyPublishers.concat(parts.toArray(HttpRequest.BodyPublisher[]::new)));
        if (apiKey != null && !apiKey.isBlank()) {
            request.header("X-API-Key", apiKey);
        }
        return request.build();
    }

    private static HttpRequest.BodyPublisher text(String value) {
        return HttpRequest.BodyPublishers.ofByteArray(value.getBytes(StandardCharsets.UTF_8));
    }

    private static Duration seconds(String retryAfter) {
        try {
            return Duration.ofSeconds(Math.max(1, Long.parseLong(retryAfter.strip())));
        } catch (NumberFormatException httpDate) {
            return FIRST_BACKOFF;
        }
    }
}
