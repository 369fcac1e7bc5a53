package io.newsflow.contract;

import java.time.Instant;

/**
 * Payload of {@code articles.raw}: an article as uploaded, normalised (NFC, trimmed) but not analysed.
 *
 * @param id deterministic id, see {@link ArticleIds}
 * @param receivedAt when ingest accepted it
 * @param source who published it (agency or site), if known
 * @param publishedAt publication time, if the uploader or the page said so
 * @param language ISO 639-1 code, if known
 * @param contentType the media type it was uploaded as (text/plain, application/json, text/html)
 * @param contentSha256 hex SHA-256 of the normalised headline and text
 */
public record RawArticle(
        int schemaVersion,
        String id,
        Instant receivedAt,
        String source,
        String url,
        Instant publishedAt,
        String language,
        String contentType,
        String headline,
        String subtitle,
        String text,
        String contentSha256) {

    public static final int SCHEMA_VERSION = 1;
}
