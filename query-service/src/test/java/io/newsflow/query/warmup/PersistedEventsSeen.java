package io.newsflow.query.warmup;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Alternative;

import io.newsflow.query.service.PersistedEvents;

/** The articles of every PersistedEvents fired, as it is fired (before any commit): a test profile enables it. */
@Alternative
@ApplicationScoped
public class PersistedEventsSeen {
    private final Set<String> articleIds = ConcurrentHashMap.newKeySet();

    void seen(@Observes PersistedEvents persisted) {
        persisted.changes().forEach(change -> articleIds.add(change.event().articleId()));
    }

    Set<String> articleIds() {
        return Set.copyOf(articleIds);
    }
}
