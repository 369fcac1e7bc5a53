package io.newsflow.query.messaging;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.contract.AnalysedArticle;
import io.newsflow.contract.ContractJson;
import io.newsflow.contract.NewsEvent;
import io.newsflow.contract.Topics;
import io.newsflow.query.persistence.AnalysisStore;
import io.newsflow.query.service.PersistedEvents;

/**
 * Persists both output topics. Each batch is one database transaction; the connector acknowledges
 * (and so commits the offsets of) a batch only after this method returned, that is after the commit.
 */
@ApplicationScoped
public class AnalysisConsumer {
    private static final Logger LOG = Logger.getLogger(AnalysisConsumer.class);

    private final AnalysisStore store;
    private final Event<PersistedEvents> persisted;
    private final MeterRegistry registry;

    AnalysisConsumer(AnalysisStore store, Event<PersistedEvents> persisted, MeterRegistry registry) {
        this.store = store;
        this.persisted = persisted;
        this.registry = registry;
    }

    @Incoming("articles-in")
    @Transactional
    public void articles(List<String> payloads) {
        List<AnalysedArticle> articles = parse(payloads, AnalysedArticle.class, Topics.NEWS_ARTICLES);
        if (!articles.isEmpty()) {
            persisted.fire(new PersistedEvents(store.saveArticles(articles)));
        }
    }

    @Incoming("events-in")
    @Transactional
    public void events(List<String> payloads) {
        List<NewsEvent> events = parse(payloads, NewsEvent.class, Topics.NEWS_EVENTS);
        if (!events.isEmpty()) {
            persisted.fire(new PersistedEvents(store.saveEvents(events)));
        }
    }

    /** A record that is not the contract's JSON cannot be stored; it is logged and counted, not retried forever. */
    private <T> List<T> parse(List<String> payloads, Class<T> type, String topic) {
        List<T> parsed = new ArrayList<>(payloads.size());
        for (String payload : payloads) {
            try {
                T value = payload == null ? null : ContractJson.read(payload, type);
                if (value == null) {
                    throw new IllegalArgumentException("empty record");
                }
                Records.requireComplete(value);
                parsed.add(value);
            } catch (JsonProcessingException | IllegalArgumentException e) {
                LOG.errorf("Skipping a record of %s that is not a %s: %s", topic, type.getSimpleName(),
                        e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage());
                registry.counter("newsflow.query.rejected.records", "topic", topic).increment();
            }
        }
        return parsed;
    }
}
