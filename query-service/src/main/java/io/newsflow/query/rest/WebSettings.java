package io.newsflow.query.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The settings the web page reads when it starts. */
@Schema(name = "WebSettings")
public record WebSettings(
        @Schema(description = "Where the upload panel sends files", example = "http://localhost:8081") String ingestUrl) {
}
