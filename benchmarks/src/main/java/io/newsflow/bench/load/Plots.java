package io.newsflow.bench.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

/** The run's time series as PNG charts: throughput, end-to-end latency, and consumer lag. */
final class Plots {
    private Plots() {
    }

    static void write(Path directory, List<Measurements.Second> seconds, Map<Long, Map<String, Long>> lagBySecond)
            throws IOException {
        if (!seconds.isEmpty()) {
            XYChart throughput = chart("Throughput", "articles per second");
            series(throughput, "accepted", seconds, Measurements.Second::accepted);
            series(throughput, "queryable", seconds, Measurements.Second::queryable);
            save(throughput, directory.resolve("throughput"));
            XYChart latency = chart("Upload to queryable", "milliseconds");
            series(latency, "p50", seconds, Measurements.Second::endToEndP50Millis);
            series(latency, "p99", seconds, Measurements.Second::endToEndP99Millis);
            save(latency, directory.resolve("latency"));
        }
        if (!lagBySecond.isEmpty()) {
            XYChart lag = chart("Consumer lag", "records behind");
            List<Map.Entry<Long, Map<String, Long>>> samples = List.copyOf(lagBySecond.entrySet());
            for (ConsumerLag.Consumer consumer : ConsumerLag.PIPELINE) {
                series(lag, consumer.group() + " on " + consumer.topic(), samples,
                        sample -> sample.getValue().getOrDefault(consumer.column(), 0L), Map.Entry::getKey);
            }
            save(lag, directory.resolve("lag"));
        }
    }

    private static XYChart chart(String title, String yAxis) {
        return new XYChartBuilder().width(900).height(400).title(title).xAxisTitle("second of the run")
                .yAxisTitle(yAxis).build();
    }

    private static void series(XYChart chart, String name, List<Measurements.Second> seconds,
            ToDoubleFunction<Measurements.Second> value) {
        series(chart, name, seconds, value, Measurements.Second::second);
    }

    private static <T> void series(XYChart chart, String name, List<T> points, ToDoubleFunction<T> y,
            ToDoubleFunction<T> x) {
        chart.addSeries(name, points.stream().map(point -> x.applyAsDouble(point)).toList(),
                points.stream().map(point -> y.applyAsDouble(point)).toList());
    }

    private static void save(XYChart chart, Path withoutExtension) throws IOException {
        BitmapEncoder.saveBitmap(chart, withoutExtension.toString(), BitmapEncoder.BitmapFormat.PNG);
    }
}
