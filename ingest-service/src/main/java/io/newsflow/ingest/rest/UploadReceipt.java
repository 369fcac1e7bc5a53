package io.newsflow.ingest.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer for one accepted article. */
@Schema(name = "UploadReceipt")
public record UploadReceipt(
        @Schema(description = "Deterministic article id: the same content always gets the same id",
                example = "1ed437eb41942f5b37e32d11273054e6") String id,
        @Schema(description = "accepted", example = "accepted") String status,
        @Schema(description = "Where the analysed article will be on query-service",
                example = "http://localhost:8083/api/articles/1ed437eb41942f5b37e32d11273054e6") String location) {
}
