package io.newsflow.query.messaging;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.newsflow.contract.AnalysedArticle;
import io.newsflow.contract.ContractJson;
import io.newsflow.contract.NewsEvent;
import io.newsflow.query.persistence.AnalysisStore;

/**
 * Persists both output topics. Each batch is one database transaction; the connector acknowledges
 * (and so commits the offsets of) a batch only after this method returned, that is after the commit.
 */
@ApplicationScoped
public class AnalysisConsumer {
    private static final Logger LOG = Logger.getLogger(AnalysisConsumer.class);

    private final AnalysisStore store;

    AnalysisConsumer(AnalysisStore store) {
        this.store = store;
    }

    @Incoming("articles-in")
    @Transactional
    public void articles(List<String> payloads) {
        for (String payload : payloads) {
            AnalysedArticle article = parse(payload, AnalysedArticle.class);
            if (article != null) {
                store.saveArticle(article);
            }
        }
    }

    @Incoming("events-in")
    @Transactional
    public void events(List<String> payloads) {
        for (String payload : payloads) {
            NewsEvent event = parse(payload, NewsEvent.class);
            if (event != null) {
                store.saveEvent(event);
            }
        }
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
