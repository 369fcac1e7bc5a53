package io.newsflow.bench.producer;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import io.newsflow.bench.load.ResultsDirectory;
import io.newsflow.bench.load.RunSources;
import io.newsflow.bench.load.SyntheticStories;
import io.newsflow.bench.load.StoryLengthOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The baseline for upload throughput: how fast one Kafka producer with ingest's settings writes the
 * same articles.raw records on this machine, measured by Kafka's own tool against the running broker,
 * into a scratch topic. Writes producer-perf.csv; where the results directory already holds a load
 * run's summary.csv, it also states that run's upload throughput as a fraction of the baseline.
 */
@Command(name = "producer-perf", mixinStandardHelpOptions = true,
        description = "Measure one Kafka producer's throughput for the records ingest publishes (Kafka's ProducerPerformance).")
public final class ProducerPerfCommand implements Callable<Integer> {

    @Option(names = "--bootstrap-servers", defaultValue = "localhost:9092", description = "default: ${DEFAULT-VALUE}")
    String bootstrapServers;

    @Option(names = "--records", defaultValue = "100000", description = "records to send (default: ${DEFAULT-VALUE})")
    long records;

    @Option(names = "--warmup-records", description = "first records left out of the figures (default: a tenth of --records)")
    Long warmupRecords;

    @Option(names = "--payloads", defaultValue = "1000", description = "distinct records in the payload file; "
            + "the tool sends them in random order (default: ${DEFAULT-VALUE})")
    int payloads;

    /** As for the load run compared with. */
    @Mixin
    StoryLengthOption storyLength;

    @Option(names = "--seed", defaultValue = "1", description = "story seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", description = "where producer-perf.csv goes, e.g. a load run's directory (default: bench-results/<time>)")
    Path out;

    @Override
    public Integer call() throws Exception {
        PrintStream console = System.out;
        Path directory = ResultsDirectory.orNew(out);
        Files.createDirectories(directory);
        Path payloadFile = Files.createTempFile("newsflow-producer-perf", ".ndjson");
        try {
            double payloadBytes = RawArticlePayloads.write(payloadFile, new SyntheticStories(seed, storyLength.words()),
                    new RunSources(seed), payloads);
            ProducerPerfResult result;
            int partitions;
            try (ScratchTopic topic = ScratchTopic.create(bootstrapServers)) {
                partitions = topic.partitions();
                List<String> output = ProducerPerformanceProcess.run(bootstrapServers, topic.name(), payloadFile,
                        records, warmupRecords != null ? warmupRecords : records / 10, console);
                result = ProducerPerfResult.fromOutput(output)
                        .orElseThrow(() -> new IOException("ProducerPerformance printed no summary line"));
            }
            List<String[]> rows = rows(result, partitions, payloadBytes);
            rows.addAll(UploadFraction.of(directory.resolve("summary.csv"), result));
            write(directory.resolve("producer-perf.csv"), rows);
            console.println();
            rows.forEach(row -> console.printf("%-32s %s%n", row[0], row[1]));
            console.println("Results in " + directory.toAbsolutePath());
            return 0;
        } finally {
            Files.deleteIfExists(payloadFile);
        }
    }

    private List<String[]> rows(ProducerPerfResult result, int partitions, double payloadBytes) {
        return new ArrayList<>(List.of(
                row("records", Long.toString(result.records())),
                row("steady_state", Boolean.toString(result.steadyState())),
                row("records_per_second", format(result.recordsPerSecond())),
                row("mb_per_second", format(result.mbPerSecond())),
                row("avg_latency_ms", format(result.avgLatencyMillis())),
                row("max_latency_ms", format(result.maxLatencyMillis())),
                row("p50_ms", Long.toString(result.p50Millis())), row("p95_ms", Long.toString(result.p95Millis())),
                row("p99_ms", Long.toString(result.p99Millis())), row("p999_ms", Long.toString(result.p999Millis())),
                row("payload_bytes_avg", format(payloadBytes)),
                row("partitions", Integer.toString(partitions)),
                row("producer_settings", IngestProducerSettings.SETTINGS.entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(setting -> setting.getKey() + "=" + setting.getValue()).collect(Collectors.joining(" ")))));
    }

    private static void write(Path file, List<String[]> rows) throws IOException {
        try (PrintWriter csv = new PrintWriter(Files.newBufferedWriter(file))) {
            csv.println("metric,value");
            rows.forEach(row -> csv.println(row[0] + "," + row[1]));
        }
    }

    static String[] row(String metric, String value) {
        return new String[] {metric, value};
    }

    static String format(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
