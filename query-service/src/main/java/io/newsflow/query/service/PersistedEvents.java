package io.newsflow.query.service;

import java.util.List;

import io.newsflow.contract.NewsEvent;

/** The events a consumer transaction stored; observed once that transaction committed. */
public record PersistedEvents(List<NewsEvent> events) {
}
