package io.newsflow.ingest.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.newsflow.ingest.config.IngestConfig;
import io.quarkus.runtime.configuration.MemorySize;

/**
 * One method per upload form: read the body with that form's parser, push every article through a
 * {@link BatchPublisher.Batch}, count the bytes. Bodies are read as streams and bounded as they
 * are read, so a chunked body over the request limit is refused as surely as a declared one.
 */
@ApplicationScoped
public class UploadService {
    private final BatchPublisher publisher;
    private final FileArticles files;
    private final IngestMetrics metrics;
    private final long maxRequestBytes;
    private final long maxDocumentBytes;

    UploadService(BatchPublisher publisher, FileArticles files, IngestMetrics metrics, IngestConfig config,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.publisher = publisher;
        this.files = files;
        this.metrics = metrics;
        this.maxRequestBytes = maxBodySize.asLongValue();
        this.maxDocumentBytes = config.maxDocumentBytes().asLongValue();
    }

    public UploadOutcome json(InputStream body, String contentType, UploadMetadata metadata) {
        BatchPublisher.Batch batch = publisher.open();
        boolean isArray = read(body, JsonArticles.CONTENT_TYPE,
                in -> JsonArticles.read(in, CharsetDecoding.declared(contentType), null, metadata, batch));
        return batch.finish(isArray);
    }

    public UploadOutcome ndjson(InputStream body, String contentType, UploadMetadata metadata) {
        BatchPublisher.Batch batch = publisher.open();
        read(body, NdjsonArticles.CONTENT_TYPE, in -> {
            NdjsonArticles.read(in, CharsetDecoding.declared(contentType), null, maxDocumentBytes, metadata, batch);
            return true;
        });
        return batch.finish(true);
    }

    public UploadOutcome text(InputStream body, String contentType, UploadMetadata metadata) {
        return single(body, WireText.CONTENT_TYPE, bytes -> WireText.read(bytes,
                CharsetDecoding.declared(contentType), null, metadata));
    }

    public UploadOutcome html(InputStream body, String contentType, UploadMetadata metadata) {
        return single(body, HtmlArticles.CONTENT_TYPE, bytes -> HtmlArticles.read(bytes,
                CharsetDecoding.declared(contentType), null, metadata));
    }

    /** Multipart parts, already stored by the HTTP layer as temporary files. */
    public UploadOutcome files(Iterable<UploadedFile> uploaded, UploadMetadata metadata) {
        BatchPublisher.Batch batch = publisher.open();
        for (UploadedFile file : uploaded) {
            Charset declared = CharsetDecoding.declared(file.contentType());
            try {
                files.read(file.path(), file.name(), declared, metadata, batch);
            } catch (IOException e) {
                throw unreadable(e);
            }
            metrics.bytes("multipart/form-data", file.size());
        }
        return batch.finish(true);
    }

    public record UploadedFile(String name, String contentType, Path path, long size) {
    }

    private UploadOutcome single(InputStream body, String contentType, DocumentReader reader) {
        BatchPublisher.Batch batch = publisher.open();
        byte[] bytes = read(body, contentType,
                in -> BoundedInput.readAll(in, Math.min(maxDocumentBytes, maxRequestBytes), "The document"));
        batch.accept(reader.read(bytes));
        return batch.finish(false);
    }

    private <T> T read(InputStream body, String contentType, BodyReader<T> reader) {
        BoundedInput bounded = new BoundedInput(body, maxRequestBytes, "The request body");
        try {
            return reader.read(bounded);
        } catch (IOException e) {
            throw unreadable(e);
        } finally {
            metrics.bytes(contentType, bounded.count());
        }
    }

    /** The client went away mid-body, or a stored part vanished: nothing the server did wrong. */
    private static IngestProblem unreadable(IOException e) {
        return IngestProblem.badRequest("unreadable-body", "The upload could not be read to its end: " + e.getMessage());
    }

    @FunctionalInterface
    private interface BodyReader<T> {
        T read(InputStream body) throws IOException;
    }

    @FunctionalInterface
    private interface DocumentReader {
        UploadItem read(byte[] bytes);
    }
}
