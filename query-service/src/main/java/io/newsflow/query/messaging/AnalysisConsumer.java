package io.newsflow.query.messaging;

import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.newsflow.contract.AnalysedArticle;
import io.newsflow.contract.ContractJson;
import io.newsflow.contract.NewsEvent;
import io.newsflow.query.persistence.AnalysisStore;
import io.newsflow.query.persistence.ResilientWrites;
import io.smallrye.common.annotation.Blocking;

/**
 * Persists both output topics. Each batch is one database transaction, retried while the database
 * is unavailable; the connector acknowledges (and so commits the offsets of) a batch only after
 * this method returned, that is after the commit.
 */
@ApplicationScoped
public class AnalysisConsumer {
    private static final Logger LOG = Logger.getLogger(AnalysisConsumer.class);

    private final AnalysisStore store;
    private final ResilientWrites writes;

    AnalysisConsumer(AnalysisStore store, ResilientWrites writes) {
        this.store = store;
        this.writes = writes;
    }

    @Incoming("articles-in")
    @Blocking
    public void articles(List<String> payloads) {
        List<AnalysedArticle> articles = payloads.stream().map(payload -> parse(payload, AnalysedArticle.class))
                .filter(Objects::nonNull).toList();
        writes.write(articles, batch -> {
            batch.forEach(store::saveArticle);
            return List.of();
        }, "articles");
    }

    @Incoming("events-in")
    @Blocking
    public void events(List<String> payloads) {
        List<NewsEvent> events = payloads.stream().map(payload -> parse(payload, NewsEvent.class))
                .filter(Objects::nonNull).toList();
        writes.write(events, batch -> {
            batch.forEach(store::saveEvent);
            return List.of();
        }, "events");
    }

    /** A record that is not the contract's JSON cannot be stored; it is logged, not retried forever. */
    private static <T> T parse(String payload, Class<T> type) {
        try {
            return ContractJson.read(payload, type);
        } catch (JsonProcessingException e) {
            LOG.errorf("Skipping a record that is not a %s: %s", type.getSimpleName(), e.getOriginalMessage());
            return null;
        }
    }
}
