package io.newsflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import io.newsflow.localstack.launcher.ServiceProcess;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Thousands of generated malformed inputs against the running services: every upload form gets
 * truncated and deeply nested JSON, huge strings, invalid UTF-8, binary, zip bombs and HTML with
 * scripts; every query parameter gets injection strings, traversal paths and huge numbers. No
 * answer may be a 5xx, each must come within 2 seconds, and the services must stay ready.
 */
class MalformedInputFuzzIT {
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

    private static final RunningPipeline RUNNING = new RunningPipeline("fuzz");

    @BeforeContainer
    static void startPipeline() throws Exception {
        RUNNING.beforeAll(null);
    }

    @AfterContainer
    static void stopPipeline() {
        try {
            for (ServiceProcess service : RUNNING.pipeline.services()) {
                assertThat(service.isReady()).as("%s ready after the fuzzing", service.spec().name()).isTrue();
            }
        } finally {
            RUNNING.afterAll(null);
        }
    }

    @Property(tries = 3000)
    void uploadsNeverFailOnTheServerSide(@ForAll("contentTypes") String contentType, @ForAll("bodies") byte[] body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RUNNING.ingestUrl() + "/api/articles"))
                .timeout(ANSWER_WITHIN.multipliedBy(5))
                .header("X-API-Key", RunningPipeline.API_KEY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (!contentType.isEmpty() && !contentType.equals("not a media type")) {
            request.header("Content-Type", contentType);
        }

        assertAnsweredWithoutServerError(request.build());
    }

    @Property(tries = 2000)
    void queryParametersNeverFailOnTheServerSide(@ForAll("queryPaths") String path, @ForAll("hostileValues") String value)
            throws Exception {
        String url = RUNNING.queryUrl() + path.formatted(URLEncoder.encode(value, StandardCharsets.UTF_8));

        assertAnsweredWithoutServerError(HttpRequest.newBuilder(URI.create(url)).timeout(ANSWER_WITHIN.multipliedBy(5))
                .GET().build());
    }

    @Provide
    Arbitrary<String> contentTypes() {
        return Arbitraries.of(CONTENT_TYPES);
    }

    @Provide
    Arbitrary<String> queryPaths() {
        return Arbitraries.of(QUERY_PATHS);
    }

    @Provide
    Arbitrary<byte[]> bodies() {
        return Arbitraries.frequencyOf(
                weighted(3, truncatedJson()),
                weighted(2, deeplyNested()),
                weighted(1, Arbitraries.integers().between(500_000, 3_000_000).map(n -> ("{\"headline\": \"h\", \"text\": \""
                        + "x".repeat(n) + "\"}").getBytes(StandardCharsets.UTF_8))),
                weighted(3, Arbitraries.bytes().array(byte[].class).ofMaxSize(4096)),
                weighted(3, Arbitraries.strings().ofMaxLength(2000).map(text -> text.getBytes(StandardCharsets.UTF_8))),
                weighted(2, htmlWithScripts()),
                weighted(1, Arbitraries.just(zipBomb())),
                weighted(2, invalidUtf8()));
    }

    @Provide
    Arbitrary<String> hostileValues() {
        return Arbitraries.oneOf(
                Arbitraries.of("' OR '1'='1", "'; DROP TABLE article; --", "1; SELECT pg_sleep(10)", "\" OR 1=1 --",
                        "../../../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "%00", "\u0000", "<script>alert(1)</script>",
                        "99999999999999999999999999", "-1", "1e309", "NaN", "2017-13-45", "9999-99", "0000-00-00",
                        "{\"$gt\": \"\"}", "*", "%", "_", "\\", "😀".repeat(100), "a".repeat(5000)),
                Arbitraries.strings().ofMaxLength(300),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.strings().withCharRange('0', '9').ofMinLength(1).ofMaxLength(40));
    }

    private static Arbitrary<byte[]> truncatedJson() {
        String article = "{\"headline\": \"Talks in Geneva\", \"text\": \"GENEVA (Reuters) - Ministers met.\", "
                + "\"publishedAt\": \"2024-03-04\", \"language\": \"en\", \"source\": \"Reuters\"}";
        String batch = "[" + article + "," + article + "]";
        return Combinators.combine(Arbitraries.of(article, batch, article + "\n" + article),
                Arbitraries.integers().between(0, batch.length()))
                .as((json, cut) -> json.substring(0, Math.min(cut, json.length())).getBytes(StandardCharsets.UTF_8));
    }

    private static Arbitrary<byte[]> deeplyNested() {
        return Arbitraries.integers().between(100, 100_000).map(depth -> ("[".repeat(depth) + "]".repeat(depth))
                .getBytes(StandardCharsets.UTF_8));
    }

    private static Arbitrary<byte[]> htmlWithScripts() {
        return Arbitraries.strings().alpha().ofMaxLength(200).map(words -> ("<html><head><title>" + words
                + "</title><script>alert('x')</script></head><body><article><h1>" + words
                + "</h1><p><img src=x onerror=alert(1)>" + words + "</p></article></body></html>")
                .getBytes(StandardCharsets.UTF_8));
    }

    private static Arbitrary<byte[]> invalidUtf8() {
        return Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(512)
                .map(bytes -> {
                    byte[] broken = ("Headline\nBody " + new String(bytes, StandardCharsets.ISO_8859_1))
                            .getBytes(StandardCharsets.ISO_8859_1);
                    broken[broken.length / 2] = (byte) 0xC3;
                    broken[broken.length - 1] = (byte) 0xFF;
                    return broken;
                });
    }

    /** 50 entries of 20 MB of zeros each: a few hundred kilobytes compressed, a gigabyte unpacked. */
    private static byte[] zipBomb() {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] zeros = new byte[1024 * 1024];
            for (int entry = 0; entry < 50; entry++) {
                zip.putNextEntry(new ZipEntry("article-" + entry + ".txt"));
                for (int megabyte = 0; megabyte < 20; megabyte++) {
                    zip.write(zeros);
                }
                zip.closeEntry();
            }
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertAnsweredWithoutServerError(HttpRequest request) throws Exception {
        Instant sent = Instant.now();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        Duration took = Duration.between(sent, Instant.now());

        assertThat(response.statusCode()).as("%s %s answered %s", request.method(), request.uri(), response.body())
                .isLessThan(500);
        assertThat(took).as("answer time of %s %s", request.method(), request.uri()).isLessThan(ANSWER_WITHIN);
    }

    private static Tuple.Tuple2<Integer, Arbitrary<? extends byte[]>> weighted(int weight, Arbitrary<byte[]> bodies) {
        return Tuple.of(weight, bodies);
    }
}
