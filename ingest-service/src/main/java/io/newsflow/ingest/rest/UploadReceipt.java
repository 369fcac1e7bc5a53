package io.newsflow.ingest.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer for one accepted article. */
@Schema(name = "UploadReceipt")
public record UploadReceipt(
        @Schema(description = "Deterministic article id: the same content always gets the same id") String id,
        @Schema(description = "accepted, or duplicate when the same content came earlier in this request") String status,
        @Schema(description = "Where the analysed article will be on query-service") String location) {
}
