package io.newsflow.ingest.rest;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

import io.newsflow.ingest.service.UploadMetadata;

/** Metadata as query parameters: it fills what the uploaded article does not say itself. */
public class MetadataQuery {
    @RestQuery
    @Parameter(description = "Who published the article", example = "TASS")
    String source;

    @RestQuery
    @Parameter(description = "Where the article was published", example = "https://tass.com/world/949500")
    String url;

    @RestQuery
    @Parameter(description = "ISO-8601 date-time or date", example = "2017-06-03")
    String publishedAt;

    @RestQuery
    @Parameter(description = "ISO 639-1 code; detected from the text when missing", example = "en")
    String language;

    UploadMetadata toMetadata() {
        return new UploadMetadata(source, url, publishedAt, language);
    }
}
