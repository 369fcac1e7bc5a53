package io.newsflow.query.service;

import java.time.Instant;

/**
 * An article in a result list; {@code newsDate} is the date it is filed under, taken from
 * {@code dateSource} (published, dateline or received); {@code rank} is the full-text rank when
 * the search had a {@code q}.
 */
public record ArticleSummary(String id, String headline, String subtitle, String source, String url,
        Instant publishedAt, Instant analysedAt, String datelinePlace, String datelineDate, Instant newsDate,
        String dateSource, Double rank) {
}
