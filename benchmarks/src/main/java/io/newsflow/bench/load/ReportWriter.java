package io.newsflow.bench.load;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The run's figures on the console, as CSV files, and as PNG plots next to them. */
final class ReportWriter {
    private ReportWriter() {
    }

    static void write(Path directory, RunResults run, PrintStream console) throws IOException {
        Files.createDirectories(directory);
        List<SummaryRows.Row> summary = SummaryRows.of(run);
        try (PrintWriter csv = new PrintWriter(Files.newBufferedWriter(directory.resolve("summary.csv")))) {
            csv.println("metric,value");
            summary.forEach(row -> csv.println(row.metric() + "," + row.value()));
        }
        List<Measurements.Second> timeline = new ArrayList<>();
        run.measurements().seconds().forEach(timeline::add);
        writeTimeSeries(directory.resolve("timeseries.csv"), timeline, run.lagBySecond());
        try (PrintWriter csv = new PrintWriter(Files.newBufferedWriter(directory.resolve("processes.csv")))) {
            csv.println("at_millis,process,cpu_percent,rss_kb");
            run.processes().forEach(sample -> csv.printf(Locale.ROOT, "%d,%s,%.1f,%d%n", sample.atMillis(),
                    sample.process(), sample.cpuPercent(), sample.rssKilobytes()));
        }
        Plots.write(directory, timeline, run.lagBySecond());
        console.println();
        summary.forEach(row -> console.printf("%-28s %s%n", row.metric(), row.value()));
        run.processes().stream().collect(Collectors.groupingBy(ProcessSampler.Sample::process)).forEach(
                (process, samples) -> console.printf(Locale.ROOT, "%-16s cpu avg %5.1f%%  rss max %4d MB%n", process,
                        samples.stream().mapToDouble(ProcessSampler.Sample::cpuPercent).average().orElse(0),
                        samples.stream().mapToLong(ProcessSampler.Sample::rssKilobytes).max().orElse(0) / 1024));
        console.println("Results in " + directory.toAbsolutePath());
    }

    /** One row a second; a lag cell is empty for a second in which Kafka did not answer. */
    private static void writeTimeSeries(Path file, List<Measurements.Second> timeline,
            Map<Long, Map<String, Long>> lagBySecond) throws IOException {
        try (PrintWriter csv = new PrintWriter(Files.newBufferedWriter(file))) {
            csv.println("second,accepted,accepted_mb,queryable,errors,end_to_end_p50_ms,end_to_end_p99_ms,"
                    + ConsumerLag.PIPELINE.stream().map(ConsumerLag.Consumer::column).collect(Collectors.joining(",")));
            for (Measurements.Second second : timeline) {
                Map<String, Long> lags = lagBySecond.getOrDefault(second.second(), Map.of());
                csv.printf(Locale.ROOT, "%d,%d,%.3f,%d,%d,%.1f,%.1f,%s%n", second.second(), second.accepted(),
                        second.acceptedBytes() / SummaryRows.BYTES_PER_MB, second.queryable(), second.errors(),
                        second.endToEndP50Millis(), second.endToEndP99Millis(),
                        ConsumerLag.PIPELINE.stream().map(consumer -> lags.containsKey(consumer.column())
                                ? lags.get(consumer.column()).toString() : "").collect(Collectors.joining(",")));
            }
        }
    }
}
