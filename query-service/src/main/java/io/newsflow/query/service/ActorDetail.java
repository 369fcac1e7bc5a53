package io.newsflow.query.service;

import io.newsflow.contract.NewsEvent;

/** An entity with a page of its events (newest first) and a page of its quotes (newest article first). */
public record ActorDetail(ActorSummary actor, Page<NewsEvent> events, Page<QuoteView> quotes) {
}
