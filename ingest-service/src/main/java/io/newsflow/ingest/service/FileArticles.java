package io.newsflow.ingest.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import io.newsflow.ingest.config.IngestConfig;

/**
 * Uploaded files (multipart parts and zip entries): the file name's extension says the form, each
 * form's reader does the rest. A zip inside a zip is refused: nesting is how zip bombs multiply.
 */
@ApplicationScoped
public class FileArticles {
    private final IngestConfig config;

    FileArticles(IngestConfig config) {
        this.config = config;
    }

    /** One uploaded file on disk; {@code declared} is the part's charset, if it named one. */
    public void read(Path file, String name, Charset declared, UploadMetadata metadata, ItemSink sink)
            throws IOException {
        if (extension(name).equals("zip")) {
            ZipEntries.read(file, name, config.zip(),
                    (entry, content) -> read(content, entry, null, metadata, sink, true), sink);
            return;
        }
        try (InputStream content = Files.newInputStream(file)) {
            read(content, name, declared, metadata, sink, false);
        } catch (IngestProblem documentTooLarge) {
            sink.accept(UploadItem.failed(Position.file(name), null, documentTooLarge));
        }
    }

    private void read(InputStream content, String name, Charset declared, UploadMetadata metadata, ItemSink sink,
            boolean inArchive) throws IOException {
        long maxDocument = config.maxDocumentBytes().asLongValue();
        Position position = Position.file(name);
        switch (extension(name)) {
            case "txt", "text" -> sink.accept(WireText.read(BoundedInput.readAll(content, maxDocument, name),
                    declared, position, metadata));
            case "html", "htm", "xhtml" -> sink.accept(HtmlArticles.read(
                    BoundedInput.readAll(content, maxDocument, name), declared, position, metadata));
            case "json" -> JsonArticles.read(content, declared, name, metadata, sink);
            case "jsonl", "ndjson" -> NdjsonArticles.read(content, declared, name, maxDocument, metadata, sink);
            case "zip" -> sink.accept(UploadItem.failed(position, null, IngestProblem.badRequest(
                    "unsupported-file", "A zip inside a zip is not read; upload the inner archive itself.")));
            default -> sink.accept(UploadItem.failed(position, null, IngestProblem.badRequest("unsupported-file",
                    "Unsupported file type" + (inArchive ? " in the archive" : "")
                            + ": expected .txt, .html, .json, .jsonl, .ndjson or .zip.")));
        }
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
