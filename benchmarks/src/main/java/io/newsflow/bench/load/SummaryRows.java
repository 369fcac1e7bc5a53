package io.newsflow.bench.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.HdrHistogram.Histogram;

/** The one-line figures of a run, in the order summary.csv and the console show them. */
final class SummaryRows {
    /** Megabytes as Kafka's producer performance tool counts them, so the two compare directly. */
    static final double BYTES_PER_MB = 1024.0 * 1024.0;

    record Row(String metric, String value) {
    }

    private SummaryRows() {
    }

    static List<Row> of(RunResults run) {
        Measurements measurements = run.measurements();
        double seconds = run.loadSeconds();
        Histogram upload = measurements.upload();
        Histogram endToEnd = measurements.endToEnd();
        List<Row> rows = new ArrayList<>(List.of(
                new Row("requests", Long.toString(measurements.requests())),
                new Row("accepted", Long.toString(measurements.accepted())),
                new Row("queryable", Long.toString(measurements.queryable())),
                new Row("errors", Long.toString(measurements.errors())),
                new Row("refused_and_resent", Long.toString(measurements.refused())),
                new Row("load_seconds", format(seconds)),
                new Row("accepted_per_second", format(measurements.accepted() / seconds)),
                new Row("queryable_per_second", format(run.queryableDuringLoad() / seconds)),
                new Row("accepted_bytes_per_second", format(measurements.acceptedBytes() / seconds)),
                new Row("accepted_mb_per_second", format2(measurements.acceptedBytes() / BYTES_PER_MB / seconds)),
                new Row("request_bytes_per_article", format(measurements.accepted() == 0 ? 0
                        : (double) measurements.acceptedBytes() / measurements.accepted())),
                new Row("upload_p50_ms", millis(upload, 50)), new Row("upload_p90_ms", millis(upload, 90)),
                new Row("upload_p99_ms", millis(upload, 99)), new Row("upload_max_ms", max(upload)),
                new Row("end_to_end_p50_ms", millis(endToEnd, 50)), new Row("end_to_end_p90_ms", millis(endToEnd, 90)),
                new Row("end_to_end_p99_ms", millis(endToEnd, 99)), new Row("end_to_end_max_ms", max(endToEnd)),
                new Row("queryable_checks", Long.toString(measurements.queryableChecks())),
                new Row("queryable_checks_per_second", format(measurements.queryableChecks() / seconds))));
        for (ConsumerLag.Consumer consumer : ConsumerLag.PIPELINE) {
            run.lagBySecond().values().stream().map(lags -> lags.get(consumer.column())).filter(Objects::nonNull)
                    .mapToLong(Long::longValue).max()
                    .ifPresent(max -> rows.add(new Row(consumer.column() + "_max", Long.toString(max))));
        }
        return rows;
    }

    private static String millis(Histogram histogram, double percentile) {
        return format(histogram.getValueAtPercentile(percentile) / 1000.0);
    }

    private static String max(Histogram histogram) {
        return format(histogram.getMaxValue() / 1000.0);
    }

    static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String format2(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
