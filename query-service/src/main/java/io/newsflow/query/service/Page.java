package io.newsflow.query.service;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list and the number of items over all pages, exact up to {@link #COUNT_LIMIT}. */
public record Page<T>(List<T> items, int page, int size,
        @Schema(description = "The number of matches over all pages: exact up to 10,000; past that 10,000, and"
                + " totalIsExact is false.", example = "1234") long total,
        @Schema(description = "False when there are more than 10,000 matches and total stops counting at 10,000.")
        boolean totalIsExact) {
    /**
     * Counting every match of a broad filter costs as much as reading them all; past this many an
     * analyst narrows the filter or asks the timeline, which counts exactly, per period.
     */
    public static final int COUNT_LIMIT = 10_000;
}
