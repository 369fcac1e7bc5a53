package io.newsflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.newsflow.bench.load.LoadGenerator;
import picocli.CommandLine;

/** A few seconds of the load generator against the pipeline, so the harness cannot rot; no timing is asserted. */
class LoadGeneratorSmokeIT {
    @RegisterExtension
    static final RunningPipeline running = new RunningPipeline("bench-smoke");

    @Test
    void harnessMeasuresAShortRunAndWritesItsReport(@TempDir Path results) throws Exception {
        int exitCode = new CommandLine(new LoadGenerator()).execute("--ingest-url", running.ingestUrl(),
                "--query-url", running.queryUrl(), "--api-key", RunningPipeline.API_KEY, "--rate", "20", "--duration", "PT3S", "--drain", "PT60S",
                "--seed", "42", "--out", results.toString());

        assertThat(exitCode).as("every accepted article became queryable, no errors").isZero();
        List<String> summary = Files.readAllLines(results.resolve("summary.csv"));
        assertThat(summary).contains("errors,0").anySatisfy(line -> assertThat(line).matches("accepted,[1-9]\\d*"));
        assertThat(results.resolve("timeseries.csv")).isNotEmptyFile();
        assertThat(results.resolve("throughput.png")).isNotEmptyFile();
        assertThat(results.resolve("latency.png")).isNotEmptyFile();
    }
}
