package io.newsflow.ingest.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer for a batch (JSON array, NDJSON, multipart, zip): counts, and every article in upload order. */
@Schema(name = "BatchReceipt")
public record BatchReceipt(
        @Schema(example = "9950") long accepted,
        @Schema(description = "Same content as an earlier article of this upload; published once", example = "0")
        long duplicates,
        @Schema(example = "50") long rejected,
        List<ItemResult> results) {
}
