package io.newsflow.query.service;

import java.time.Instant;

/** A quote with its speaker and the article it is from. */
public record QuoteView(String id, String text, String speakerName, String speakerEntityId, int start, int end,
        String articleId, String headline, Instant articleDate) {
}
