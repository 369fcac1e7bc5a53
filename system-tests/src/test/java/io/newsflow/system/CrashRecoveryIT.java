package io.newsflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.newsflow.localstack.launcher.Pipeline;
import io.newsflow.localstack.launcher.ServiceProcess;

/**
 * A service killed with SIGKILL, the broker or the database stopped, or a second instance of each
 * service started and killed, in the middle of a stream: every accepted article ends up exactly once in
 * PostgreSQL and exactly once on news.articles, and each of its events exactly once on news.events.
 * {@code -Dnewsflow.fault.articles=N} sets the stream's length (default 2,000).
 */
class CrashRecoveryIT {
    // Tests share one pipeline; each streams its own articles, told apart by a marker in the headline.
    private static final int ARTICLES = Integer.getInteger("newsflow.fault.articles", 2000);
    // A bound, not a wait: the awaits return as soon as the stream is stored. On two cores the broker, the database
    // and two instances of each service share them, and the scale-out test waits out a rebalance after its kills,
    // so a full verify once needed more than three minutes where the test alone takes eighty seconds.
    private static final Duration DEADLINE = Duration.ofMinutes(5);
    private static final Duration READY = Duration.ofMinutes(2);
    @RegisterExtension
    static final RunningPipeline running = new RunningPipeline("crash-recovery", Map.of(Pipeline.EXTRACT, Map.of(
            // Many small transactions, so that faults hit some mid-flight.
            "MP_MESSAGING_INCOMING_RAW_ARTICLES_IN_MAX_POLL_RECORDS", "20",
            // Shorter than the broker outage below, so that it breaks the transactions it hits.
            "NEWSFLOW_EXTRACT_KAFKA_BLOCK_TIMEOUT", "5s")));

    @Test
    void extractKilledMidStreamLosesAndDoublesNothing() throws Exception {
        assertExactlyOnceAcross(Pipeline.EXTRACT, "extract-crash");
    }

    @Test
    void queryKilledMidStreamLosesAndDoublesNothing() throws Exception {
        assertExactlyOnceAcross(Pipeline.QUERY, "query-crash");
    }

    @Test
    void kafkaStoppedMidStreamLosesNothingThatWasAccepted() throws Exception {
        ArticleStream stream = new ArticleStream(running.ingestUrl(), "kafka-outage-" + System.nanoTime());
        ServiceProcess extract = running.pipeline.service(Pipeline.EXTRACT);
        double failedBefore = failedTransactions(extract);

        // Frozen while the first half is uploaded, extract has a backlog; the broker goes away once it
        // is working through it, so the outage hits batches mid-flight: their transactions cannot commit.
        double analysedBefore = analysed(extract);
        extract.suspend();
        try {
            stream.upload(0, ARTICLES / 2, 4);
        } finally {
            extract.resume();
        }
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(50))
                .until(() -> analysed(extract) > analysedBefore);
        running.infrastructure.stopKafka();
        CompletableFuture<Void> duringOutage = CompletableFuture.runAsync(() -> uploadQuietly(stream));
        try {
            // Uploads during the outage are answered 503 and retried by the client.
            await().atMost(Duration.ofMinutes(1)).until(() -> stream.retries() >= 4);
        } finally {
            running.infrastructure.startKafka();
        }
        duringOutage.get(3, TimeUnit.MINUTES);
        assertThat(failedTransactions(extract)).as("transactions the outage broke, recovered from")
                .isGreaterThan(failedBefore);

        // A 503 can hide a record that did reach the log (its ack was lost); the client's retry then
        // writes the same article again, and extract must still analyse it once.
        assertEveryAcceptedArticleOnce(stream);
    }

    private void assertExactlyOnceAcross(String victim, String marker) throws Exception {
        ArticleStream stream = new ArticleStream(running.ingestUrl(), marker + "-" + System.nanoTime());
        ServiceProcess service = running.pipeline.service(victim);

        stream.upload(0, ARTICLES / 2, 4);
        service.kill();
        stream.upload(ARTICLES / 2, ARTICLES, 4);
        service.start().awaitReady(Duration.ofMinutes(2));

        assertEveryAcceptedArticleOnce(stream);
    }

    @Test
    void databaseStoppedMidStreamLosesAndDoublesNothing() throws Exception {
        ArticleStream stream = new ArticleStream(running.ingestUrl(), "postgres-outage-" + System.nanoTime());
        ServiceProcess query = running.pipeline.service(Pipeline.QUERY);

        stream.upload(0, ARTICLES / 2, 4);
        running.infrastructure.stopPostgres();
        try {
            // Ingest and extract do not need the database: the stream goes on into Kafka.
            stream.upload(ARTICLES / 2, ARTICLES, 4);
            await().atMost(Duration.ofMinutes(1)).until(() -> !query.isReady());
        } finally {
            running.infrastructure.startPostgres();
        }
        await().atMost(Duration.ofMinutes(2)).until(query::isReady);

        assertEveryAcceptedArticleOnce(stream);
    }

    @Test
    void scaledOutServicesShareThePartitionsAndLoseNothingWhenAnInstanceIsKilled() throws Exception {
        ArticleStream stream = new ArticleStream(running.ingestUrl(), "scale-out-" + System.nanoTime());
        ServiceProcess extract = running.pipeline.service(Pipeline.EXTRACT);
        ServiceProcess query = running.pipeline.service(Pipeline.QUERY);
        ServiceProcess secondExtract = running.pipeline.startInstance(Pipeline.EXTRACT, "extract-service-2", READY);
        ServiceProcess secondQuery = running.pipeline.startInstance(Pipeline.QUERY, "query-service-2", READY);
        try {
            stream.upload(0, ARTICLES / 2, 4);
            // Both instances of each service get partitions of the stream and work on them.
            await().atMost(DEADLINE).pollInterval(Duration.ofSeconds(1)).until(() -> analysed(extract) > 0
                    && analysed(secondExtract) > 0 && stored(query) > 0 && stored(secondQuery) > 0);

            secondExtract.kill();
            secondQuery.kill();
            stream.upload(ARTICLES / 2, ARTICLES, 4);

            assertEveryAcceptedArticleOnce(stream);
        } finally {
            secondExtract.stop();
            secondQuery.stop();
        }
    }

    private static double analysed(ServiceProcess extract) throws Exception {
        return ServiceMetrics.counter(extract, "newsflow_extract_articles_total", "outcome=\"analysed\"");
    }

    private static double failedTransactions(ServiceProcess extract) throws Exception {
        return ServiceMetrics.counter(extract, "newsflow_extract_failed_transactions_total", "");
    }

    private static double stored(ServiceProcess query) throws Exception {
        return ServiceMetrics.counter(query, "newsflow_query_records_total", "topic=\"news.articles\"");
    }

    private static void uploadQuietly(ArticleStream stream) {
        try {
            stream.upload(ARTICLES / 2, ARTICLES, 4);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertEveryAcceptedArticleOnce(ArticleStream stream) throws Exception {
        PipelineCheck check = new PipelineCheck(running);
        assertThat(stream.acceptedIds()).hasSize(ARTICLES);
        String headlinePrefix = stream.headline(0).replace(" story 0", "");
        await().atMost(DEADLINE).pollInterval(Duration.ofSeconds(1))
                .until(() -> check.storedArticles(headlinePrefix).size() == ARTICLES);
        assertThat(check.storedArticles(headlinePrefix)).isEqualTo(stream.acceptedIds());
        Map<String, Integer> published = check.publishedAnalyses(stream.acceptedIds(), DEADLINE);
        assertThat(published.keySet()).isEqualTo(stream.acceptedIds());
        assertThat(published.values()).as("analyses per article on news.articles").allMatch(count -> count == 1);

        // query-service stores events from news.articles only; news.events, written in the same
        // transactions for other systems, must hold every stored event once and nothing that is not stored.
        Set<String> storedEvents = check.storedEvents(stream.acceptedIds());
        assertThat(storedEvents).as("events of the stream").hasSizeGreaterThanOrEqualTo(ARTICLES);
        Map<String, Integer> publishedEvents = check.publishedEvents(stream.acceptedIds(), storedEvents.size(), DEADLINE);
        assertThat(publishedEvents.keySet()).isEqualTo(storedEvents);
        assertThat(publishedEvents.values()).as("copies per event on news.events").allMatch(count -> count == 1);
    }
}
