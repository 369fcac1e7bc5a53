package io.newsflow.bench.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** The harness' GETs to query-service, each counted: asking whether articles are there yet is load too. */
final class QueryRequests {
    private final HttpClient http;
    private final String queryUrl;
    private final Measurements measurements;

    QueryRequests(HttpClient http, String queryUrl, Measurements measurements) {
        this.http = http;
        this.queryUrl = queryUrl;
        this.measurements = measurements;
    }

    /** {@code pathAndQuery} starts with a slash: /api/articles/… */
    <T> CompletableFuture<HttpResponse<T>> get(String pathAndQuery, HttpResponse.BodyHandler<T> body) {
        measurements.queryableChecked();
        return http.sendAsync(HttpRequest.newBuilder(URI.create(queryUrl + pathAndQuery))
                .timeout(Duration.ofSeconds(5)).GET().build(), body);
    }
}
