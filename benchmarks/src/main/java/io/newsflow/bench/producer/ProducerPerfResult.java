package io.newsflow.bench.producer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The closing line of Kafka's {@code ProducerPerformance}: "100000 records sent, 25000.0 records/sec
 * (95.37 MB/sec), 12.50 ms avg latency, 250.00 ms max latency, 10 ms 50th, 30 ms 95th, 40 ms 99th,
 * 60 ms 99.9th." With warmup records it prints a second such line for the steady state, which is
 * preferred. MB are 2^20 bytes of record values.
 */
record ProducerPerfResult(long records, boolean steadyState, double recordsPerSecond, double mbPerSecond,
        double avgLatencyMillis, double maxLatencyMillis, long p50Millis, long p95Millis, long p99Millis,
        long p999Millis) {

    private static final Pattern SUMMARY = Pattern.compile("(\\d+)(.*?) records sent, ([\\d.]+) records/sec"
            + " \\(([\\d.]+) MB/sec\\), ([\\d.]+) ms avg latency, ([\\d.]+) ms max latency, (\\d+) ms 50th,"
            + " (\\d+) ms 95th, (\\d+) ms 99th, (\\d+) ms 99.9th");

    static Optional<ProducerPerfResult> fromOutput(List<String> lines) {
        Optional<ProducerPerfResult> last = Optional.empty();
        for (String line : lines) {
            Optional<ProducerPerfResult> parsed = parse(line);
            if (parsed.isPresent() && (last.isEmpty() || !last.get().steadyState())) {
                last = parsed;
            }
        }
        return last;
    }

    static Optional<ProducerPerfResult> parse(String line) {
        Matcher summary = SUMMARY.matcher(line);
        if (!summary.find()) {
            return Optional.empty();
        }
        return Optional.of(new ProducerPerfResult(Long.parseLong(summary.group(1)),
                summary.group(2).contains("steady"), Double.parseDouble(summary.group(3)),
                Double.parseDouble(summary.group(4)), Double.parseDouble(summary.group(5)),
                Double.parseDouble(summary.group(6)), Long.parseLong(summary.group(7)),
                Long.parseLong(summary.group(8)), Long.parseLong(summary.group(9)), Long.parseLong(summary.group(10))));
    }
}
