package io.newsflow.ingest.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One article of a batch: where it was, its id, what became of it. Only the fields that apply are sent. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ItemResult")
public record ItemResult(
        @Schema(description = "Index in a JSON array (from 0)", example = "3") Integer index,
        @Schema(description = "Line in NDJSON (from 1)", example = "17") Integer line,
        @Schema(description = "File of a multipart or zip upload", example = "stories.zip/tass-1.txt") String file,
        @Schema(description = "Deterministic article id, when the article could be read",
                example = "1ed437eb41942f5b37e32d11273054e6") String id,
        @Schema(enumeration = {"accepted", "duplicate", "rejected"}, example = "accepted") String status,
        @Schema(description = "Where the analysed article will be, for accepted and duplicate articles")
        String location,
        @Schema(description = "Why the article was rejected", example = "The article has no text.") String error) {
}
