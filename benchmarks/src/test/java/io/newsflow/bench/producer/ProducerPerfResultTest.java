package io.newsflow.bench.producer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ProducerPerfResultTest {

    @Test
    void readsTheSteadyStateSummaryWhenThereIsOne() {
        List<String> output = List.of(
                "Warmup first 100 records. Steady state results will print after the complete test summary.",
                "52345 records sent, 10469.0 records/sec (54.12 MB/sec), 30.5 ms avg latency, 250.0 ms max latency.",
                "1000 records sent, 9876.543210 records/sec (51.06 MB/sec), 12.34 ms avg latency, 99.00 ms max latency,"
                        + " 10 ms 50th, 30 ms 95th, 45 ms 99th, 98 ms 99.9th.",
                "900 steady state records sent, 10123.400000 records/sec (52.34 MB/sec), 11.00 ms avg latency,"
                        + " 80.00 ms max latency, 9 ms 50th, 28 ms 95th, 40 ms 99th, 79 ms 99.9th.");

        ProducerPerfResult result = ProducerPerfResult.fromOutput(output).orElseThrow();

        assertThat(result).isEqualTo(new ProducerPerfResult(900, true, 10123.4, 52.34, 11.0, 80.0, 9, 28, 40, 79));
    }

    @Test
    void readsTheWholeRunWithoutWarmup() {
        ProducerPerfResult result = ProducerPerfResult.fromOutput(List.of("1000 records sent, 9876.5 records/sec"
                + " (51.06 MB/sec), 12.34 ms avg latency, 99.00 ms max latency, 10 ms 50th, 30 ms 95th, 45 ms 99th,"
                + " 98 ms 99.9th.")).orElseThrow();

        assertThat(result.steadyState()).isFalse();
        assertThat(result.recordsPerSecond()).isEqualTo(9876.5);
    }
}
