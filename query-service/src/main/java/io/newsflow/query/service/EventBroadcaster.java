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
    private final BroadcastProcessor<NewsEvent> processor = BroadcastProcessor.create();

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) PersistedEvents persisted) {
        persisted.events().forEach(processor::onNext);
    }

    /** Every event stored from now on; a subscriber that cannot keep up loses events, it does not stall the consumer. */
    public Multi<NewsEvent> events(EventFilter filter) {
        return processor.onOverflow().drop().select().where(filter::matches);
    }
}
