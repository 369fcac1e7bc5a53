package io.newsflow.ingest.service;

/**
 * One article of an upload as a parser found it: its fields, or the problem that stopped it from
 * being read. {@code position} is null for a single-article upload.
 */
public record UploadItem(Position position, String contentType, ArticleFields fields, IngestProblem problem) {

    public static UploadItem parsed(Position position, String contentType, ArticleFields fields) {
        return new UploadItem(position, contentType, fields, null);
    }

    public static UploadItem failed(Position position, String contentType, IngestProblem problem) {
        return new UploadItem(position, contentType, null, problem);
    }
}
