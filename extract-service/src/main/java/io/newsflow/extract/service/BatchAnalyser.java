package io.newsflow.extract.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.newsflow.extract.config.ExtractConfig;

/**
 * Analyses the articles of a batch in parallel, each within its time budget. An article that
 * exceeds the budget becomes a failed outcome (and so a dead letter) instead of stalling the batch.
 */
@ApplicationScoped
public class BatchAnalyser {
    private static final Logger LOG = Logger.getLogger(BatchAnalyser.class);
    private static final long NOT_STARTED = 0;

    private final ArticleAnalyser analyser;
    private final Duration budget;
    private final ExecutorService workers;

    BatchAnalyser(ArticleAnalyser analyser, ExtractConfig config) {
        this.analyser = analyser;
        this.budget = config.articleTimeBudget();
        int threads = config.analysisThreads().orElse(Runtime.getRuntime().availableProcessors());
        this.workers = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "newsflow-analysis");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** One outcome per payload, in the order of the payloads. */
    public List<AnalysisOutcome> analyseAll(List<byte[]> payloads) {
        List<Task> tasks = new ArrayList<>(payloads.size());
        for (byte[] payload : payloads) {
            AtomicLong startedAt = new AtomicLong(NOT_STARTED);
            Future<AnalysisOutcome> future = workers.submit(() -> {
                startedAt.set(System.nanoTime());
                return analyser.analyse(payload);
            });
            tasks.add(new Task(future, startedAt));
        }
        List<AnalysisOutcome> outcomes = new ArrayList<>(tasks.size());
        for (Task task : tasks) {
            outcomes.add(await(task));
        }
        return outcomes;
    }

    /** The budget counts from when a worker started the article, not from when it was queued. */
    private AnalysisOutcome await(Task task) {
        while (true) {
            long started = task.startedAt().get();
            long remaining = started == NOT_STARTED ? budget.toNanos()
                    : budget.toNanos() - (System.nanoTime() - started);
            try {
                if (remaining <= 0 && !task.future().isDone()) {
                    throw new TimeoutException();
                }
                return task.future().get(Math.max(remaining, 0), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                if (task.startedAt().get() != NOT_STARTED
                        && System.nanoTime() - task.startedAt().get() >= budget.toNanos()) {
                    task.future().cancel(true);
                    LOG.warnf("An article exceeded the analysis budget of %s", budget);
                    return AnalysisOutcome.failed("Analysis exceeded the time budget of " + budget, null);
                }
            } catch (ExecutionException | CancellationException e) {
                return AnalysisOutcome.failed("The extraction engine failed", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while analysing a batch", e);
            }
        }
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    private record Task(Future<AnalysisOutcome> future, AtomicLong startedAt) {
    }
}
