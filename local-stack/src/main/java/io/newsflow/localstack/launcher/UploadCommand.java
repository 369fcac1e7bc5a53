package io.newsflow.localstack.launcher;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;

import io.newsflow.contract.retry.RetryPolicy;
import io.newsflow.localstack.launcher.UploadFiles.UploadFile;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ./newsflow upload PATH...}: sends article files, and every article file under directories,
 * to ingest in multipart batches, with a progress bar and a summary. Exit code 0 when every article
 * was accepted (or a duplicate), 1 otherwise. Re-running it is safe: ids are deterministic.
 */
@Command(name = "upload", mixinStandardHelpOptions = true,
        description = "Upload .txt, .html, .json, .jsonl/.ndjson and .zip files, or directories of them, to ingest.")
final class UploadCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories (read recursively).")
    List<Path> paths;

    @Option(names = "--url", defaultValue = "http://localhost:8081", description = "ingest-service (default: ${DEFAULT-VALUE}).")
    String url;

    @Option(names = "--api-key", defaultValue = "${env:NEWSFLOW_API_KEY}",
            description = "API key (default: $NEWSFLOW_API_KEY, else the key in --data-dir/api-key).")
    String apiKey;

    @Option(names = "--data-dir", defaultValue = "${env:NEWSFLOW_DATA_DIR:-.newsflow}",
            description = "Where ./newsflow up keeps the key (default: ${DEFAULT-VALUE}).")
    Path dataDirectory;

    @Option(names = "--batch-size", defaultValue = "100", description = "Files per request (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--batch-megabytes", defaultValue = "32", description = "Megabytes per request; a bigger file goes alone (default: ${DEFAULT-VALUE}).")
    int batchMegabytes;

    @Option(names = "--tries", defaultValue = "10", description = "Tries per request while ingest answers 503 (Kafka away, or the pipeline catching up) or is unreachable: about 2.5 minutes (default: ${DEFAULT-VALUE}).")
    int tries;

    @Spec
    CommandSpec spec;

    RetryPolicy.Sleeper sleeper = duration -> Thread.sleep(duration.toMillis());

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<UploadFile> files = UploadFiles.find(paths);
        if (files.isEmpty()) {
            out.println("No article files (" + String.join(", ", UploadFiles.EXTENSIONS) + ") under " + paths);
            return 1;
        }
        List<List<UploadFile>> batches = UploadFiles.batches(files, batchSize, (long) batchMegabytes << 20);
        long totalBytes = files.stream().mapToLong(UploadFile::size).sum();
        IngestClient client = new IngestClient(url, key(), tries, sleeper);
        UploadSummary summary = new UploadSummary();
        long start = System.nanoTime();
        try (ProgressBar progress = progressBar(totalBytes)) {
            for (List<UploadFile> batch : batches) {
                IngestClient.Answer answer = client.send(batch);
                if (answer.status() == 401) {
                    out.println("ingest refused the API key: " + answer.body());
                    return 1;
                }
                summary.add(answer, batch);
                progress.stepBy(batch.stream().mapToLong(UploadFile::size).sum());
                progress.setExtraMessage(" " + summary.accepted() + " articles");
            }
        }
        out.printf("Uploaded %d files (%.1f MB) in %.1f s: ", files.size(), totalBytes / 1048576.0,
                (System.nanoTime() - start) / 1e9);
        summary.print(out);
        return summary.rejected() == 0 ? 0 : 1;
    }

    /** Bytes with rate and ETA; the extra message counts the articles accepted so far. */
    private ProgressBar progressBar(long totalBytes) {
        boolean large = totalBytes >= 10L << 20;
        return new ProgressBarBuilder().setTaskName("Uploading").setInitialMax(totalBytes)
                .setUnit(large ? " MB" : " KB", large ? 1 << 20 : 1 << 10).showSpeed()
                .setStyle(ProgressBarStyle.ASCII).setSpeedUnit(ChronoUnit.SECONDS).setUpdateIntervalMillis(250)
                .continuousUpdate().build();
    }

    private String key() throws IOException {
        if (apiKey != null && !apiKey.isBlank()) {
            return apiKey.strip();
        }
        Path stored = dataDirectory.resolve(ApiKeyFile.NAME);
        return Files.isReadable(stored) ? Files.readString(stored).strip() : null;
    }

}
