package io.newsflow.ingest.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.newsflow.localstack.launcher.NewsflowCommand;
import io.newsflow.localstack.test.NewsflowTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import picocli.CommandLine;

/** {@code ./newsflow upload} against this running ingest: a directory walked, batched, summarised. */
@QuarkusTest
@WithTestResource(value = NewsflowTestResource.class, scope = TestResourceScope.GLOBAL)
class UploaderTest extends RawArticlesTopic {

    @TestHTTPResource("/")
    URL ingest;

    @Test
    void uploadsADirectoryRecursivelyInBatchesAndReportsEachRejection(@TempDir Path directory) throws Exception {
        String marker = UUID.randomUUID().toString();
        Files.writeString(directory.resolve("a.txt"), "Uploader story " + marker + "\nPARIS (Test) - From a file.");
        Files.createDirectories(directory.resolve("deeper/still"));
        Files.copy(Path.of("../samples/example-news-page.html"), directory.resolve("deeper/page.html"));
        Files.writeString(directory.resolve("deeper/still/lines.jsonl"),
                "{\"headline\": \"Uploader line " + marker + "\", \"text\": \"ROME (Test) - Line one.\"}\n"
                        + "{\"headline\": \"Line without text\"}\n", StandardCharsets.UTF_8);
        Files.writeString(directory.resolve("deeper/notes.md"), "not an article file: skipped");

        StringWriter output = new StringWriter();
        int exitCode = new CommandLine(new NewsflowCommand()).setOut(new PrintWriter(output))
                .execute("upload", "--url", ingest.toString(), "--batch-size", "2", "--api-key", "",
                        directory.toString());

        assertThat(exitCode).as(output.toString()).isEqualTo(1);
        assertThat(output.toString())
                .contains("Uploaded 3 files")
                .contains("3 accepted, 0 duplicates, 1 rejected.")
                .contains("deeper/still/lines.jsonl line 2: The article has no text.");
        assertThat(rawArticles.awaitRecords(record -> record.value().contains(marker), 2, DEADLINE)).hasSize(2);
    }

    @Test
    void cleanUploadExitsWithZero(@TempDir Path directory) throws Exception {
        Files.writeString(directory.resolve("b.txt"), "Clean upload " + UUID.randomUUID() + "\nOSLO (Test) - Fine.");

        StringWriter output = new StringWriter();
        int exitCode = new CommandLine(new NewsflowCommand()).setOut(new PrintWriter(output))
                .execute("upload", "--url", ingest.toString(), directory.resolve("b.txt").toString());

        assertThat(exitCode).as(output.toString()).isZero();
        assertThat(output.toString()).contains("1 accepted, 0 duplicates, 0 rejected.");
    }
}
