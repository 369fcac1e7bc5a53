package io.newsflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.newsflow.localstack.launcher.ServiceProcess;

/**
 * Thousands of generated malformed inputs against the running services: every upload form gets
 * truncated and deeply nested JSON, huge strings, invalid UTF-8, binary, zip bombs and HTML with
 * scripts; every query parameter gets injection strings, traversal paths and huge numbers. No
 * answer may be a 5xx, every error must be a problem detail, each must come within 2 seconds, and
 * the services must stay ready. The inputs come from {@link MalformedInputs} through
 * {@link SeededCases}: a failure names the seed and case that repeat it.
 */
class MalformedInputFuzzIT {
    private static final int UPLOADS = 3000;
    private static final int QUERIES = 2000;
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(2);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final List<String> CONTENT_TYPES = List.of("application/json", "application/x-ndjson",
            "application/jsonl", "text/plain", "text/plain; charset=windows-1251", "text/html", "multipart/form-data",
            "multipart/form-data; boundary=xyz", "application/zip", "application/octet-stream", "application/xml",
            "text/csv", "", "not a media type", "application/json; charset=nonsense");
    private static final List<String> QUERY_PATHS = List.of("/api/articles/%s", "/api/events?articleId=%s",
            "/api/events/%s", "/api/articles?q=%s", "/api/events?actor=%s", "/api/events?cameo=%s",
            "/api/events?from=%s", "/api/events?to=%s&from=2017", "/api/articles?page=%s", "/api/articles?size=%s",
            "/api/actors?q=%s", "/api/quotes?speaker=%s", "/api/stats/timeline?interval=%s");
    private static final SeededCases CASES = SeededCases.fromSystemProperties();
    /** Answers by status, printed at the end: what the run actually exercised. */
    private static final Map<Integer, LongAdder> STATUSES = new ConcurrentHashMap<>();

    @RegisterExtension
    static final RunningPipeline RUNNING = new RunningPipeline("fuzz");

    @BeforeAll
    static void announceSeed() {
        System.out.printf("MalformedInputFuzzIT: seed %d (-D%s=%d repeats this run)%n", CASES.seed(),
                SeededCases.SEED_PROPERTY, CASES.seed());
    }

    /** Runs before the extension stops the pipeline. */
    @AfterAll
    static void servicesStillReady() {
        System.out.printf("MalformedInputFuzzIT: answers by status %s%n", new TreeMap<>(STATUSES));
        for (ServiceProcess service : RUNNING.pipeline.services()) {
            assertThat(service.isReady()).as("%s ready after the fuzzing", service.spec().name()).isTrue();
        }
    }

    /** Every content type is tried {@code UPLOADS / CONTENT_TYPES.size()} times, each with bodies of every kind. */
    @Test
    void uploadsNeverFailOnTheServerSide() throws Exception {
        CASES.run(UPLOADS, (number, random) -> {
            String contentType = CONTENT_TYPES.get(number % CONTENT_TYPES.size());
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RUNNING.ingestUrl() + "/api/articles"))
                    .timeout(ANSWER_WITHIN.multipliedBy(5))
                    .header("X-API-Key", RunningPipeline.API_KEY)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(MalformedInputs.body(random)));
            if (!contentType.isEmpty() && !contentType.equals("not a media type")) {
                request.header("Content-Type", contentType);
            }
            assertAnsweredWithoutServerError(request.build());
        });
    }

    @Test
    void queryParametersNeverFailOnTheServerSide() throws Exception {
        CASES.run(QUERIES, (number, random) -> {
            String path = QUERY_PATHS.get(number % QUERY_PATHS.size());
            String value = MalformedInputs.hostileValue(random);
            String url = RUNNING.queryUrl() + path.formatted(URLEncoder.encode(value, StandardCharsets.UTF_8));
            assertAnsweredWithoutServerError(HttpRequest.newBuilder(URI.create(url))
                    .timeout(ANSWER_WITHIN.multipliedBy(5)).GET().build());
        });
    }

    private static void assertAnsweredWithoutServerError(HttpRequest request) throws Exception {
        Instant sent = Instant.now();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        Duration took = Duration.between(sent, Instant.now());
        STATUSES.computeIfAbsent(response.statusCode(), status -> new LongAdder()).increment();

        assertThat(response.statusCode()).as("%s %s answered %s", request.method(), request.uri(), response.body())
                .isLessThan(500);
        if (response.statusCode() >= 400) {
            assertThat(response.headers().firstValue("Content-Type")).as("%s %s answered %d %s", request.method(),
                    request.uri(), response.statusCode(), response.body())
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        }
        assertThat(took).as("answer time of %s %s", request.method(), request.uri()).isLessThan(ANSWER_WITHIN);
    }
}
