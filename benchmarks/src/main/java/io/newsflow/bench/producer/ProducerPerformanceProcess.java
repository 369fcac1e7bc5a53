package io.newsflow.bench.producer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs Kafka's own {@code org.apache.kafka.tools.ProducerPerformance} (kafka-producer-perf-test) in a
 * child JVM on this JVM's classpath: its figures are Kafka's, its CPU is not shared with ours, and
 * its output (progress, then the summary) is shown as it comes.
 */
final class ProducerPerformanceProcess {
    private static final String TOOL = "org.apache.kafka.tools.ProducerPerformance";

    private ProducerPerformanceProcess() {
    }

    /** Answers the tool's output lines; fails when it exits with an error. */
    static List<String> run(String bootstrapServers, String topic, Path payloadFile, long records,
            long warmupRecords, PrintStream console) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx512m",
                // The summary's decimals are printed in the default locale; ours parses points.
                "-Duser.language=en", "-Duser.country=US",
                "-cp", System.getProperty("java.class.path"), TOOL,
                "--bootstrap-server", bootstrapServers, "--topic", topic,
                "--num-records", Long.toString(records), "--throughput", "-1",
                "--payload-file", payloadFile.toString(), "--warmup-records", Long.toString(warmupRecords),
                "--command-property"));
        IngestProducerSettings.SETTINGS.forEach((key, value) -> command.add(key + "=" + value));
        console.println("Running " + TOOL + " " + String.join(" ", command.subList(command.indexOf(TOOL) + 1,
                command.size())));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader output = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                console.println(line);
                lines.add(line);
            }
        } finally {
            if (process.isAlive() && Thread.currentThread().isInterrupted()) {
                process.destroy();
            }
        }
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IOException(TOOL + " exited with " + exit);
        }
        return lines;
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
