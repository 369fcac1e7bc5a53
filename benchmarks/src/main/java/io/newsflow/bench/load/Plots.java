package io.newsflow.bench.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

/** The run's time series as PNG charts: throughput and end-to-end latency. */
final class Plots {
    private Plots() {
    }

    static void write(Path directory, List<Measurements.Second> seconds) throws IOException {
        if (seconds.isEmpty()) {
            return;
        }
        XYChart throughput = chart("Throughput", "articles per second");
        series(throughput, "accepted", seconds, Measurements.Second::accepted);
        series(throughput, "queryable", seconds, Measurements.Second::queryable);
        save(throughput, directory.resolve("throughput"));
        XYChart latency = chart("Upload to queryable", "milliseconds");
        series(latency, "p50", seconds, Measurements.Second::endToEndP50Millis);
        series(latency, "p99", seconds, Measurements.Second::endToEndP99Millis);
        save(latency, directory.resolve("latency"));
    }

    private static XYChart chart(String title, String yAxis) {
        return new XYChartBuilder().width(900).height(400).title(title).xAxisTitle("second of the run")
                .yAxisTitle(yAxis).build();
    }

    private static void series(XYChart chart, String name, List<Measurements.Second> seconds,
            ToDoubleFunction<Measurements.Second> value) {
        chart.addSeries(name, seconds.stream().map(second -> (double) second.second()).toList(),
                seconds.stream().map(value::applyAsDouble).toList());
    }

    private static void save(XYChart chart, Path withoutExtension) throws IOException {
        BitmapEncoder.saveBitmap(chart, withoutExtension.toString(), BitmapEncoder.BitmapFormat.PNG);
    }
}
