package io.newsflow.query.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import io.newsflow.contract.NewsEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

/** Newly persisted events, live: only what a committed transaction stored, so a rollback shows nothing. */
@ApplicationScoped
public class EventBroadcaster {
    private static final int BUFFER = 1_000;

    private final BroadcastProcessor<NewsEvent> processor = BroadcastProcessor.create();

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) PersistedEvents persisted) {
        persisted.events().forEach(processor::onNext);
    }

    /**
     * Every matching event stored from now on. The consumer never waits for a subscriber: each has a
     * buffer, and one that falls further behind than that is disconnected (and may reconnect).
     */
    public Multi<NewsEvent> events(EventFilter filter) {
        return processor.select().where(filter::matches).onOverflow().buffer(BUFFER);
    }
}
