package io.newsflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.newsflow.localstack.launcher.Pipeline;
import io.newsflow.localstack.launcher.ServiceProcess;

/**
 * A service killed with SIGKILL, or the broker stopped, in the middle of a stream: every accepted article
 * ends up exactly once in PostgreSQL and exactly once on news.articles.
 * {@code -Dnewsflow.fault.articles=N} sets the stream's length (default 2,000).
 */
class CrashRecoveryIT {
    // Tests share one pipeline; each streams its own articles, told apart by a marker in the headline.
    private static final int ARTICLES = Integer.getInteger("newsflow.fault.articles", 2000);
    private static final Duration DEADLINE = Duration.ofMinutes(3);
    @RegisterExtension
    static final RunningPipeline running = new RunningPipeline("crash-recovery");

    @Test
    void extractKilledMidStreamLosesAndDoublesNothing() throws Exception {
        assertExactlyOnceAcross(Pipeline.EXTRACT, "extract-crash");
    }

    @Test
    void queryKilledMidStreamLosesAndDoublesNothing() throws Exception {
        assertExactlyOnceAcross(Pipeline.QUERY, "query-crash");
    }

    @Test
    @Disabled("Passes in about half the runs: after a broker outage extract-service can stall, its transactional "
            + "producer fenced or a batch aborted by a rebalance during exactly-once processing (issue 6)")
    void kafkaStoppedMidStreamLosesNothingThatWasAccepted() throws Exception {
        ArticleStream stream = new ArticleStream(running.ingestUrl(), "kafka-outage-" + System.nanoTime());

        stream.upload(0, ARTICLES / 2, 4);
        running.infrastructure.stopKafka();
        CompletableFuture<Void> duringOutage = CompletableFuture.runAsync(() -> uploadQuietly(stream));
        try {
            // Uploads during the outage are answered 503 and retried by the client.
            await().atMost(Duration.ofMinutes(1)).until(() -> stream.retries() >= 4);
        } finally {
            running.infrastructure.startKafka();
        }
        duringOutage.get(3, TimeUnit.MINUTES);

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
    }
}
