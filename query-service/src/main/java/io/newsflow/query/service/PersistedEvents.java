package io.newsflow.query.service;

import java.util.List;

import io.newsflow.query.persistence.EventChange;

/** The events a consumer transaction stored or retracted; observed once that transaction committed. */
public record PersistedEvents(List<EventChange> changes) {
}
