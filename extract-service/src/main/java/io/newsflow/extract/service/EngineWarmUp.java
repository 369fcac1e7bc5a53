package io.newsflow.extract.service;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.newsflow.contract.ContractJson;
import io.newsflow.extract.config.ExtractConfig;
import io.newsflow.extract.engine.Deadline;
import io.newsflow.extract.warmup.WarmUpLoop;
import io.newsflow.extract.warmup.WarmUpReport;
import io.newsflow.extract.warmup.WarmUpStories;
import io.quarkus.runtime.StartupEvent;

/**
 * Warms the engine up as the service starts, before it reads any article: the project's own stories, analysed round
 * after round ({@code newsflow.extract.warm-up-analyses} times, for at most {@code newsflow.extract.warm-up}) the way
 * a record is: read from its JSON, analysed within the article budget, the analysis and its events written as JSON.
 * The consumer of articles.raw waits for {@link #done()}, and so does readiness. It runs on a thread of its own so
 * the service answers health checks meanwhile; a warm-up that fails is logged and the service goes on cold.
 */
@ApplicationScoped
public class EngineWarmUp {
    private static final Logger LOG = Logger.getLogger(EngineWarmUp.class);

    private final ArticleAnalyser analyser;
    private final int analyses;
    private final Duration time;
    private final Duration articleBudget;
    private final CompletableFuture<WarmUpReport> done = new CompletableFuture<>();
    private volatile Thread thread;

    EngineWarmUp(ArticleAnalyser analyser, ExtractConfig config) {
        this.analyser = analyser;
        this.analyses = config.warmUpAnalyses();
        this.time = config.warmUp();
        this.articleBudget = config.articleTimeBudget();
        if (time.isNegative() || analyses < 0) {
            throw new IllegalArgumentException("newsflow.extract.warm-up (" + time + ") and warm-up-analyses ("
                    + analyses + ") cannot be negative");
        }
    }

    void start(@Observes StartupEvent started) {
        if (time.isZero() || analyses == 0) {
            LOG.info("Engine warm-up: off (newsflow.extract.warm-up or warm-up-analyses is 0)");
            done.complete(WarmUpReport.none());
            return;
        }
        Thread warmUp = new Thread(this::run, "newsflow-warm-up");
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
        try {
            List<byte[]> records = WarmUpStories.bundled().stream().map(ContractJson::writeBytes).toList();
            WarmUpReport report = WarmUpLoop.run(records, analyses, time, this::analyseAsARecord);
            if (Thread.currentThread().isInterrupted()) {
                // Stopping: never done, so the consumer does not subscribe to a group it would leave at once.
                LOG.infof("Engine warm-up stopped with the service: %s", report.summary());
                return;
            }
            LOG.infof("Engine warm-up before reading articles.raw: %s", report.summary());
            done.complete(report);
        } catch (RuntimeException | Error e) {
            LOG.warnf(e, "Engine warm-up failed; articles are read with the engine as it is");
            done.complete(WarmUpReport.none());
        }
    }

    private void analyseAsARecord(byte[] record) {
        AnalysisOutcome outcome = analyser.analyse(record, Deadline.after(articleBudget));
        if (!outcome.succeeded() && Thread.currentThread().isInterrupted()) {
            return; // stopping: the loop ends before the next story
        }
        if (!outcome.succeeded()) {
            throw new IllegalStateException("A warm-up story failed: " + outcome.failure().reason(),
                    outcome.failure().cause());
        }
        ContractJson.writeBytes(outcome.analysis());
        outcome.analysis().events().forEach(ContractJson::writeBytes);
    }

    /** A service stopping during its warm-up stops it: the loop looks at the interrupt between stories. */
    @PreDestroy
    void stop() {
        Thread warmUp = thread;
        if (warmUp != null) {
            warmUp.interrupt();
        }
    }
}
