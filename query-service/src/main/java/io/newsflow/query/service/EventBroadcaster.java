package io.newsflow.query.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import io.newsflow.query.persistence.EventChange;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

/**
 * Newly persisted events and the events re-analyses removed, live: only what a committed transaction
 * did, so a rollback shows nothing.
 */
@ApplicationScoped
public class EventBroadcaster {
    private static final int BUFFER = 1_000;

    private final BroadcastProcessor<EventChange> processor = BroadcastProcessor.create();

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) PersistedEvents persisted) {
        persisted.changes().forEach(processor::onNext);
    }

    /**
     * Every matching event stored or retracted from now on; a retraction matches as the event it removes did. The consumer never waits for a subscriber: each has a
     * buffer, and one that falls further behind than that is disconnected (and may reconnect).
     */
    public Multi<EventChange> events(EventFilter filter) {
        return processor.select().where(change -> filter.matches(change.event())).onOverflow().buffer(BUFFER);
    }
}
