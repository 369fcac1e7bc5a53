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

import io.newsflow.localstack.launcher.UploadFiles.UploadFile;

/**
 * Sends one batch of files to {@code POST /api/articles} as multipart/form-data, as {@code curl -F}
 * would, and retries while ingest answers 503 (Kafka unreachable) or cannot be reached: exponential
 * backoff from one second, and never sooner than the Retry-After ingest asks for.
 */
final class IngestClient {
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI articles;
    private final String apiKey;
    private final int maxTries;
    private final Sleeper sleeper;

    /** Waits between tries; tests pass one that does not. */
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    record Answer(int status, String body) {
    }

    IngestClient(String baseUrl, String apiKey, int maxTries, Sleeper sleeper) {
        this.articles = URI.create(baseUrl.replaceAll("/+$", "") + "/api/articles");
        this.apiKey = apiKey;
        this.maxTries = maxTries;
        this.sleeper = sleeper;
    }

    Answer send(List<UploadFile> batch) throws InterruptedException {
        Duration backoff = FIRST_BACKOFF;
        Duration retryAfter = Duration.ZERO;
        String lastFailure = null;
        for (int attempt = 1; attempt <= maxTries; attempt++) {
            try {
                HttpResponse<String> response = http.send(request(batch), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 503) {
                    return new Answer(response.statusCode(), response.body());
                }
                lastFailure = "ingest answered 503: " + response.body();
                retryAfter = response.headers().firstValue("Retry-After").map(IngestClient::seconds)
                        .orElse(Duration.ZERO);
            } catch (IOException e) {
                lastFailure = "cannot reach " + articles + ": " + e;
                retryAfter = Duration.ZERO;
            }
            if (attempt < maxTries) {
                sleeper.sleep(retryAfter.compareTo(backoff) > 0 ? retryAfter : backoff);
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
        return new Answer(503, lastFailure);
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
