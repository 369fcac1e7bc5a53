package io.newsflow.query.warmup;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Warms the consumer's write path and the endpoints' read paths up as the service starts, before it reads
 * news.articles: {@link WarmUpRound}s of synthetic analyses, stored and read in a transaction that is rolled back,
 * until {@code newsflow.query.warm-up-analyses} are stored or {@code newsflow.query.warm-up} is spent (checked
 * before each round). A fresh JVM runs that code interpreted, and a batch then costs several times its steady time:
 * from a fresh {@code ./newsflow up}, articles of the first half minute waited over a second to be queryable. The
 * reading of news.articles waits for {@link #done()}, and so does readiness. The rounds run on a thread of their own
 * so the service answers health checks meanwhile; a warm-up that fails is logged and the service goes on cold.
 */
@ApplicationScoped
public class QueryWarmUp {
    private static final Logger LOG = Logger.getLogger(QueryWarmUp.class);
    /** How long a stopping service waits for a round to roll back, so it does so before the datasource closes. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(5);

    private final WarmUpRound round;
    private final WarmUpAnalyses analyses;
    private final int wanted;
    private final Duration time;
    private final CompletableFuture<WarmUpReport> done = new CompletableFuture<>();
    private volatile Thread thread;

    /**
     * {@code wanted} analyses, for at most {@code time} (a busy machine gets there later); 0 for either switches the
     * warm-up off. After 3,000 this service's CPU per stored analysis is within a fifth of where it levels out, a tenth
     * of the first round's (QueryWarmUpCurveTest). Plain properties: a mapping of newsflow.query would have to own its
     * other keys.
     */
    QueryWarmUp(WarmUpRound round, WarmUpAnalyses analyses,
            @ConfigProperty(name = "newsflow.query.warm-up-analyses", defaultValue = "3000") int wanted,
            @ConfigProperty(name = "newsflow.query.warm-up", defaultValue = "20s") Duration time) {
        this.round = round;
        this.analyses = analyses;
        this.wanted = wanted;
        this.time = time;
        if (time.isNegative() || wanted < 0) {
            throw new IllegalArgumentException("newsflow.query.warm-up (" + time + ") and warm-up-analyses (" + wanted
                    + ") cannot be negative");
        }
    }

    void start(@Observes StartupEvent started) {
        if (time.isZero() || wanted == 0) {
            LOG.info("Query warm-up: off (newsflow.query.warm-up or warm-up-analyses is 0)");
            done.complete(WarmUpReport.none());
            return;
        }
        Thread warmUp = new Thread(this::run, "newsflow-query-warm-up");
        warmUp.setDaemon(true);
        thread = warmUp;
        warmUp.start();
    }

    /**
     * Completes when the warm-up has ended (done, or failed); at once when it is off; never when the service stops
     * before.
     */
    public CompletionStage<WarmUpReport> done() {
        return done;
    }

    /** What the warm-up did, once it has ended. */
    public Optional<WarmUpReport> report() {
        return Optional.ofNullable(done.getNow(null));
    }

    /** Whether its thread is still at work (for tests: a warm-up must end when the service stops). */
    boolean running() {
        Thread warmUp = thread;
        return warmUp != null && warmUp.isAlive();
    }

    private void run() {
        long start = System.nanoTime();
        long end = start + time.toNanos();
        List<WarmUpRound.Done> rounds = new ArrayList<>();
        int stored = 0;
        try {
            while (stored < wanted && System.nanoTime() - end < 0 && !Thread.currentThread().isInterrupted()) {
                WarmUpRound.Done roundDone = round.run(analyses);
                rounds.add(roundDone);
                stored += roundDone.analyses();
            }
            WarmUpReport report = new WarmUpReport(stored, Instant.now(), Duration.ofNanos(System.nanoTime() - start),
                    rounds);
            if (Thread.currentThread().isInterrupted()) {
                // Stopping: never done, so the consumer does not subscribe to a group it would leave at once.
                LOG.infof("Query warm-up stopped with the service: %s", report.summary());
                return;
            }
            LOG.infof("Query warm-up before reading news.articles: %s", report.summary());
            done.complete(report);
        } catch (RuntimeException | Error e) {
            if (Thread.currentThread().isInterrupted()) {
                LOG.infof("Query warm-up stopped with the service (%s)", e.toString());
                return;
            }
            LOG.warnf(e, "Query warm-up failed after %d analyses; news.articles is read with the service as it is",
                    stored);
            done.complete(WarmUpReport.none());
        }
    }

    /**
     * A service stopping during its warm-up stops it: the round looks at the interrupt between batches, and rolls
     * back. Waits a little for that, so it happens before the datasource closes (were it to close first, PostgreSQL
     * would drop the open transaction with its connection).
     */
    void stop(@Observes ShutdownEvent stopping) {
        Thread warmUp = thread;
        if (warmUp == null) {
            return;
        }
        warmUp.interrupt();
        try {
            warmUp.join(STOP_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
