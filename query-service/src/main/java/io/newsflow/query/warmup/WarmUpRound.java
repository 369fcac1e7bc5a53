package io.newsflow.query.warmup;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.NotSupportedException;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.newsflow.contract.AnalysedArticle;
import io.newsflow.contract.ContractJson;
import io.newsflow.query.persistence.AnalysisStore;
import io.newsflow.query.persistence.Received;
import io.newsflow.query.service.ActorQueries;
import io.newsflow.query.service.ArticleFilter;
import io.newsflow.query.service.ArticleQueries;
import io.newsflow.query.service.EventFilter;
import io.newsflow.query.service.EventQueries;
import io.newsflow.query.service.PageRequest;
import io.newsflow.query.service.QuoteQueries;

/**
 * One round of the warm-up, in one database transaction that is always rolled back: the round's batches are read
 * from their JSON and stored as the consumer stores a batch ({@link AnalysisStore#saveReceived}), then the reads
 * users and the bench make run over them (through the query classes the endpoints call, each answer written with
 * the endpoints' JSON mapper), then everything is undone. Inside one transaction the reads see the rows; no other
 * session ever does, and a round that stops half-way (the service is stopping, a statement failed) is rolled back
 * as well; if the process dies, PostgreSQL drops the open transaction with its connection.
 * <p>
 * What the consumer does around the store is left out on purpose: ResilientWrites commits each batch in a
 * transaction of its own, the consumer fires PersistedEvents (the live stream), counts the stored records in the
 * metrics and dead-letters what it cannot store. None of that happens here, so nothing of a warm-up is committed,
 * streamed, counted or dead-lettered. The store and the query classes keep no cache, so nothing is remembered
 * either. The consumer's check of the article id is skipped too: it refuses every id outside the namespace of real
 * ones, which is the namespace the warm-up writes in (WarmUpAnalyses).
 */
@ApplicationScoped
public class WarmUpRound {
    private static final PageRequest PAGE = new PageRequest(0, PageRequest.DEFAULT_SIZE);
    /** The bench's listing of a source's articles asks for the largest page. */
    private static final PageRequest LARGEST_PAGE = new PageRequest(0, PageRequest.MAX_SIZE);

    /**
     * What a round did and how long its writes and its reads took; {@code writeCpuNanos}: the CPU time this service
     * spent on the writes (the rest of their time is PostgreSQL's), the part the JIT makes faster.
     */
    public record Done(int analyses, long writeNanos, long writeCpuNanos, long readNanos) {
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final TransactionManager transactions;
    private final AnalysisStore store;
    private final ArticleQueries articles;
    private final EventQueries events;
    private final QuoteQueries quotes;
    private final ActorQueries actors;
    private final ObjectMapper responses;

    WarmUpRound(TransactionManager transactions, AnalysisStore store, ArticleQueries articles, EventQueries events,
            QuoteQueries quotes, ActorQueries actors, ObjectMapper responses) {
        this.transactions = transactions;
        this.store = store;
        this.articles = articles;
        this.events = events;
        this.quotes = quotes;
        this.actors = actors;
        this.responses = responses;
    }

    /** Stores and reads {@code analyses}' batches, then rolls it all back; stops between batches when interrupted. */
    public Done run(WarmUpAnalyses analyses) {
        begin();
        try {
            long start = System.nanoTime();
            long startCpu = THREADS.getCurrentThreadCpuTime();
            int stored = 0;
            for (int i = 0; i < analyses.batches(); i++) {
                List<byte[]> records = analyses.batch(i);
                if (Thread.currentThread().isInterrupted()) {
                    break;
                }
                store.saveReceived(received(records));
                stored += records.size();
            }
            long written = System.nanoTime();
            long writeCpu = THREADS.getCurrentThreadCpuTime() - startCpu;
            if (!Thread.currentThread().isInterrupted()) {
                read(analyses.targets());
            }
            return new Done(stored, written - start, writeCpu, System.nanoTime() - written);
        } finally {
            rollback();
        }
    }

    /** The records read as the consumer reads them: UTF-8 JSON of the contract, kept as it came. */
    private static List<Received<AnalysedArticle>> received(List<byte[]> records) {
        List<Received<AnalysedArticle>> batch = new ArrayList<>(records.size());
        for (byte[] record : records) {
            String payload = new String(record, StandardCharsets.UTF_8);
            try {
                batch.add(new Received<>(ContractJson.read(payload, AnalysedArticle.class), payload));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("A warm-up record that is not the contract", e);
            }
        }
        return batch;
    }

    /**
     * What the web page, the bench and users ask for: an article (the bench's queryable check), a source's articles
     * (the bench's listing), searches and filters of articles, events and quotes, an actor and the timeline.
     * Every filter but the actor search's (a scan of the entity table, for users too) names something only the
     * round's analyses have, so those reads cost the same on a database of any size.
     */
    private void read(SyntheticStories.Targets find) {
        respond(articles.article(find.articleId()).orElseThrow(
                () -> new IllegalStateException("The warm-up's reads do not see its writes")));
        respond(articles.article(find.reanalysedArticleId()).orElseThrow());
        respond(articles.search(new ArticleFilter(null, find.source(), null, null, null, null), LARGEST_PAGE));
        respond(articles.search(new ArticleFilter(find.word(), find.source(), find.from(), find.to(), find.country(),
                find.personName()), PAGE));
        respond(events.list(EventFilter.ofArticle(find.articleId()), PAGE));
        respond(events.event(find.eventId()).orElseThrow());
        respond(events.list(new EventFilter(find.personName(), find.country(), null, null, null, find.from(),
                find.to(), null, null, null), PAGE));
        respond(events.list(new EventFilter(null, find.country(), find.cameo(), find.root(), find.quadClass(), null,
                null, find.location(), null, find.word()), PAGE));
        respond(events.timeline("month", new EventFilter(null, find.country(), null, null, null, null, null, null,
                null, null), LARGEST_PAGE));
        respond(quotes.list(find.surname(), null, PAGE));
        respond(quotes.list(null, find.word(), PAGE));
        respond(actors.list(find.personName(), "PERSON", PAGE));
        respond(actors.actor(find.personId(), PAGE).orElseThrow());
        respond(actors.counterparts(find.personId(), PAGE).orElseThrow());
    }

    private void respond(Object answer) {
        try {
            responses.writeValue(OutputStream.nullOutputStream(), answer);
        } catch (IOException e) {
            throw new UncheckedIOException("A warm-up read that the API could not write", e);
        }
    }

    private void begin() {
        try {
            transactions.begin();
        } catch (NotSupportedException | SystemException e) {
            throw new IllegalStateException("Could not begin the warm-up's transaction", e);
        }
    }

    /** Always, also after a failure; a transaction the transaction manager already ended is only let go of. */
    private void rollback() {
        try {
            if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transactions.rollback();
            }
        } catch (SystemException | IllegalStateException e) {
            throw new IllegalStateException("Could not roll the warm-up's transaction back", e);
        }
    }
}
