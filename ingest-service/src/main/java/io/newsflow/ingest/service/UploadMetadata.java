package io.newsflow.ingest.service;

/**
 * Metadata a client sends as query parameters. It fills what the article itself does not say:
 * all of a wire text's metadata, what an HTML page or a JSON article leaves out.
 */
public record UploadMetadata(String source, String url, String publishedAt, String language) {
    public static final UploadMetadata NONE = new UploadMetadata(null, null, null, null);
}
