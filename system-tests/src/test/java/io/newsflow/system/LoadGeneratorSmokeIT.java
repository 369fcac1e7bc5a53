package io.newsflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.newsflow.bench.load.LoadGenerator;

/**
 * A few seconds of each mode of the load generator against the pipeline, and the Kafka producer
 * baseline with a few records, so the harness cannot rot; no timing is asserted. The rates are low
 * on purpose: this proves the harness, not the pipeline's speed on a shared test machine.
 */
class LoadGeneratorSmokeIT {
    @RegisterExtension
    static final RunningPipeline running = new RunningPipeline("bench-smoke");

    @Test
    void measuresSingleArticleUploadsAfterAWarmUpAndWritesItsReport(@TempDir Path results) throws Exception {
        int exitCode = bench(results, "--rate", "10", "--seed", "42", "--warmup", "PT2S");

        assertThat(exitCode).as("every accepted article became queryable, no errors").isZero();
        assertAcceptedWithoutErrors(results);
        assertThat(Files.readAllLines(results.resolve("summary.csv")))
                .as("the 3 s at 10/s are reported, the 2 s of warm-up before them are not")
                .anySatisfy(line -> assertThat(line).matches("accepted,(2[5-9]|3[01])"));
        assertThat(Files.readAllLines(results.resolve("timeseries.csv")).get(0))
                .contains("extract_lag", "query_articles_lag");
        Stream.of("timeseries.csv", "processes.csv", "throughput.png", "latency.png", "lag.png")
                .forEach(file -> assertThat(results.resolve(file)).isNotEmptyFile());
    }

    @Test
    void measuresNdjsonBatchesOfShortArticlesCheckedById(@TempDir Path results) throws Exception {
        int exitCode = bench(results, "--rate", "10", "--batch", "5", "--words", "150-300", "--check", "article",
                "--seed", "43");

        assertThat(exitCode).as("every accepted article became queryable, no errors").isZero();
        assertAcceptedWithoutErrors(results);
        assertThat(Files.readAllLines(results.resolve("summary.csv")))
                .anySatisfy(line -> assertThat(line).matches("accepted_bytes_per_second,[1-9][\\d.]*"));
    }

    @Test
    void measuresTheProducerBaselineInAScratchTopic(@TempDir Path results) throws Exception {
        int exitCode = LoadGenerator.commandLine().execute("producer-perf", "--bootstrap-servers",
                running.kafkaBootstrapServers(), "--records", "2000", "--payloads", "50", "--out", results.toString());

        assertThat(exitCode).isZero();
        assertThat(Files.readAllLines(results.resolve("producer-perf.csv")))
                .contains("records,1800").anySatisfy(line -> assertThat(line).matches("records_per_second,[1-9][\\d.]*"));
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                running.kafkaBootstrapServers()))) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                    admin.listTopics().names().get(10, TimeUnit.SECONDS)).noneMatch(topic -> topic.startsWith("bench.")));
        }
    }

    private static int bench(Path results, String... options) {
        List<String> arguments = new ArrayList<>(List.of("--ingest-url", running.ingestUrl(),
                "--query-url", running.queryUrl(), "--bootstrap-servers", running.kafkaBootstrapServers(),
                "--api-key", RunningPipeline.API_KEY, "--duration", "PT3S", "--drain", "PT60S",
                "--out", results.toString()));
        arguments.addAll(List.of(options));
        return LoadGenerator.commandLine().execute(arguments.toArray(String[]::new));
    }

    private static void assertAcceptedWithoutErrors(Path results) throws Exception {
        assertThat(Files.readAllLines(results.resolve("summary.csv"))).contains("errors,0")
                .anySatisfy(line -> assertThat(line).matches("accepted,[1-9]\\d*"));
    }
}
