package io.newsflow.query.messaging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.contract.AnalysedArticle;
import io.newsflow.contract.ContractJson;
import io.newsflow.contract.Topics;
import io.newsflow.query.persistence.AnalysisStore;
import io.newsflow.query.persistence.EventChange;
import io.newsflow.query.persistence.Received;
import io.newsflow.query.persistence.ResilientWrites;
import io.newsflow.query.service.PersistedEvents;
import io.smallrye.common.annotation.Blocking;

/**
 * Persists news.articles, each analysis with its entities, quotes and events (news.events repeats
 * the events for other systems; this service does not read it). Each batch is one database transaction, retried while the database
 * is unavailable; the connector acknowledges (and so commits the offsets of) a batch only after
 * this method returned, that is after the commit. An analysis that cannot be stored (not the
 * contract, or refused by the database) goes to news.articles.dlq before that.
 */
@ApplicationScoped
public class AnalysisConsumer {
    private static final Logger LOG = Logger.getLogger(AnalysisConsumer.class);

    /** Read only after the warm-up (ReadingAfterWarmUp). */
    static final String CHANNEL = "articles-in";
    static final String NOT_THE_CONTRACT = "Not an AnalysedArticle record";
    static final String REFUSED_BY_THE_DATABASE = "Refused by the database";

    private final AnalysisStore store;
    private final ResilientWrites writes;
    private final ArticleDeadLetters deadLetters;
    private final Event<PersistedEvents> persisted;
    private final MeterRegistry registry;

    AnalysisConsumer(AnalysisStore store, ResilientWrites writes, ArticleDeadLetters deadLetters,
            Event<PersistedEvents> persisted, MeterRegistry registry) {
        this.store = store;
        this.writes = writes;
        this.deadLetters = deadLetters;
        this.persisted = persisted;
        this.registry = registry;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void articles(ConsumerRecords<String, byte[]> records) {
        registry.summary("newsflow.query.batch.records", "topic", Topics.NEWS_ARTICLES).record(records.count());
        // Identity: two deliveries of one record are two items, each with its own origin.
        Map<Received<AnalysedArticle>, ConsumerRecord<String, byte[]>> origins = new IdentityHashMap<>();
        List<Received<AnalysedArticle>> articles = new ArrayList<>(records.count());
        for (ConsumerRecord<String, byte[]> record : records) {
            String payload = record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8);
            try {
                Received<AnalysedArticle> article = new Received<>(read(payload, AnalysedArticle.class), payload);
                articles.add(article);
                origins.put(article, record);
            } catch (JsonProcessingException | IllegalArgumentException e) {
                registry.counter("newsflow.query.rejected.records", "topic", Topics.NEWS_ARTICLES).increment();
                deadLetters.send(record, NOT_THE_CONTRACT, e);
            }
        }
        if (!articles.isEmpty()) {
            var outcome = writes.write(articles, batch -> announced(store.saveReceived(batch)), Topics.NEWS_ARTICLES);
            outcome.unstorable().forEach(refused -> deadLetters.send(origins.get(refused.item()),
                    REFUSED_BY_THE_DATABASE, ResilientWrites.rootCause(refused.failure())));
            consumed(Topics.NEWS_ARTICLES, articles.size() - outcome.unstorable().size());
        }
    }

    /**
     * Records this instance wrote to the database ({@code newsflow_query_records_total} on /q/metrics),
     * so the instances of a scaled-out group can be told apart.
     */
    private void consumed(String topic, int records) {
        registry.counter("newsflow.query.records", "topic", topic).increment(records);
    }

    /** Fired inside the write's transaction; the live stream hears of the events once it committed. */
    private List<EventChange> announced(List<EventChange> changes) {
        persisted.fire(new PersistedEvents(changes));
        return changes;
    }

    /** The record's value if it is the contract's JSON with the fields the store needs. */
    private static <T> T read(String payload, Class<T> type) throws JsonProcessingException {
        T value = payload == null ? null : ContractJson.read(payload, type);
        if (value == null) {
            throw new IllegalArgumentException("empty record");
        }
        Records.requireComplete(value);
        return value;
    }
}
