package io.newsflow.bench.load;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.HdrHistogram.Histogram;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

/** The run's figures on the console, as CSV files, and as PNG plots next to them. */
final class ReportWriter {
    private ReportWriter() {
    }

    static void write(Path directory, Measurements measurements, List<ProcessSampler.Sample> processSamples,
            double loadSeconds, PrintStream console) throws IOException {
        Files.createDirectories(directory);
        Histogram upload = measurements.upload();
        Histogram endToEnd = measurements.endToEnd();
        List<String[]> summary = List.of(
                new String[] {"accepted", Long.toString(measurements.accepted())},
                new String[] {"queryable", Long.toString(measurements.queryable())},
                new String[] {"errors", Long.toString(measurements.errors())},
                new String[] {"load_seconds", format(loadSeconds)},
                new String[] {"accepted_per_second", format(measurements.accepted() / loadSeconds)},
                new String[] {"upload_p50_ms", millis(upload, 50)}, new String[] {"upload_p90_ms", millis(upload, 90)},
                new String[] {"upload_p99_ms", millis(upload, 99)}, new String[] {"upload_max_ms", max(upload)},
                new String[] {"end_to_end_p50_ms", millis(endToEnd, 50)},
                new String[] {"end_to_end_p90_ms", millis(endToEnd, 90)},
                new String[] {"end_to_end_p99_ms", millis(endToEnd, 99)},
                new String[] {"end_to_end_max_ms", max(endToEnd)});
        try (PrintWriter csv = new PrintWriter(Files.newBufferedWriter(directory.resolve("summary.csv")))) {
            csv.println("metric,value");
            summary.forEach(row -> csv.println(row[0] + "," + row[1]));
        }
        List<Measurements.Second> timeline = new ArrayList<>();
        measurements.seconds().forEach(timeline::add);
        try (PrintWriter csv = new PrintWriter(Files.newBufferedWriter(directory.resolve("timeseries.csv")))) {
            csv.println("second,accepted,queryable,errors,end_to_end_p50_ms,end_to_end_p99_ms");
            timeline.forEach(second -> csv.printf(Locale.ROOT, "%d,%d,%d,%d,%.1f,%.1f%n", second.second(),
                    second.accepted(), second.queryable(), second.errors(), second.endToEndP50Millis(),
                    second.endToEndP99Millis()));
        }
        try (PrintWriter csv = new PrintWriter(Files.newBufferedWriter(directory.resolve("processes.csv")))) {
            csv.println("at_millis,process,cpu_percent,rss_kb");
            processSamples.forEach(sample -> csv.printf(Locale.ROOT, "%d,%s,%.1f,%d%n", sample.atMillis(),
                    sample.process(), sample.cpuPercent(), sample.rssKilobytes()));
        }
        plots(directory, timeline);
        console.println();
        summary.forEach(row -> console.printf("%-22s %s%n", row[0], row[1]));
        processSamples.stream().collect(Collectors.groupingBy(ProcessSampler.Sample::process)).forEach(
                (process, samples) -> console.printf(Locale.ROOT, "%-16s cpu avg %5.1f%%  rss max %4d MB%n", process,
                        samples.stream().mapToDouble(ProcessSampler.Sample::cpuPercent).average().orElse(0),
                        samples.stream().mapToLong(ProcessSampler.Sample::rssKilobytes).max().orElse(0) / 1024));
        console.println("Results in " + directory.toAbsolutePath());
    }

    private static void plots(Path directory, List<Measurements.Second> seconds) throws IOException {
        if (seconds.isEmpty()) {
            return;
        }
        List<Double> x = seconds.stream().map(second -> (double) second.second()).toList();
        XYChart throughput = new XYChartBuilder().width(900).height(400).title("Throughput")
                .xAxisTitle("second of the run").yAxisTitle("articles per second").build();
        throughput.addSeries("accepted", x, seconds.stream().map(second -> (double) second.accepted()).toList());
        throughput.addSeries("queryable", x, seconds.stream().map(second -> (double) second.queryable()).toList());
        BitmapEncoder.saveBitmap(throughput, directory.resolve("throughput").toString(), BitmapEncoder.BitmapFormat.PNG);
        XYChart latency = new XYChartBuilder().width(900).height(400).title("Upload to queryable")
                .xAxisTitle("second of the run").yAxisTitle("milliseconds").build();
        latency.addSeries("p50", x, seconds.stream().map(Measurements.Second::endToEndP50Millis).toList());
        latency.addSeries("p99", x, seconds.stream().map(Measurements.Second::endToEndP99Millis).toList());
        BitmapEncoder.saveBitmap(latency, directory.resolve("latency").toString(), BitmapEncoder.BitmapFormat.PNG);
    }

    private static String millis(Histogram histogram, double percentile) {
        return format(histogram.getValueAtPercentile(percentile) / 1000.0);
    }

    private static String max(Histogram histogram) {
        return format(histogram.getMaxValue() / 1000.0);
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
