package io.newsflow.localstack.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

import io.newsflow.localstack.launcher.UploadFiles.UploadFile;

/** The uploader's retries, against a stand-in ingest that is unavailable for a while. */
class IngestClientTest {
    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private final List<String> apiKeys = new ArrayList<>();
    private int unavailableFor;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/api/articles", exchange -> {
            apiKeys.add(exchange.getRequestHeaders().getFirst("X-API-Key"));
            exchange.getRequestBody().readAllBytes();
            boolean unavailable = requests.incrementAndGet() <= unavailableFor;
            byte[] body = (unavailable ? "{\"status\": 503}" : "{\"accepted\": 1, \"results\": []}")
                    .getBytes(StandardCharsets.UTF_8);
            if (unavailable) {
                exchange.getResponseHeaders().add("Retry-After", "7");
            }
            exchange.sendResponseHeaders(unavailable ? 503 : 202, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void retries503HonouringRetryAfterThenSucceeds(@TempDir Path directory) throws Exception {
        unavailableFor = 2;
        List<Duration> waits = new ArrayList<>();
        IngestClient client = new IngestClient("http://localhost:" + server.getAddress().getPort(), "k3y", 5,
                waits::add);

        IngestClient.Answer answer = client.send(List.of(file(directory)));

        assertThat(answer.status()).isEqualTo(202);
        assertThat(waits).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(7));
        assertThat(apiKeys).containsOnly("k3y");
    }

    @Test
    void givesUpAfterTheLastTry(@TempDir Path directory) throws Exception {
        unavailableFor = 10;
        List<Duration> waits = new ArrayList<>();
        IngestClient client = new IngestClient("http://localhost:" + server.getAddress().getPort(), null, 3,
                waits::add);

        assertThat(client.send(List.of(file(directory))).status()).isEqualTo(503);
        assertThat(requests).hasValue(3);
        assertThat(waits).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(7));
    }

    @Test
    void backsOffExponentiallyWhileIngestIsUnreachable(@TempDir Path directory) throws Exception {
        List<Duration> waits = new ArrayList<>();
        IngestClient client = new IngestClient("http://localhost:" + io.newsflow.localstack.infra.Ports.freePort(), null, 4, waits::add);

        assertThat(client.send(List.of(file(directory))).body()).contains("cannot reach");
        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
    }

    private static UploadFile file(Path directory) throws Exception {
        Path file = Files.writeString(directory.resolve("a.txt"), "Headline\nPARIS (Test) - Body.");
        return new UploadFile(file, "a.txt", Files.size(file));
    }
}
