package io.newsflow.extract.service;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.newsflow.extract.config.ExtractConfig;
import io.newsflow.extract.engine.Deadline;

/**
 * Analyses the articles of a batch in parallel, each within its time budget. An article that
 * exceeds the budget becomes a failed outcome (and so a dead letter) instead of stalling the batch.
 * <p>
 * An article starts only when one of the {@code analysis-threads} slots is free, on a thread of its
 * own, so its budget counts from its start and nothing waits in a queue. The engine is given the same
 * deadline and stops itself when it is over, which gives its thread back. When the budget is over the
 * batch stops waiting in any case: the article's thread is interrupted and its slot given to the next
 * article on a new thread. An engine that ignores both the deadline and the interrupt keeps its thread
 * (Java cannot take it back) until it returns: the trade-off is a core and a thread lost per such
 * article, never the partition; {@link #overrunning()} counts them.
 * <p>
 * The batch as a whole has a budget too ({@code batch-time-budget}): an article starts only while its
 * whole budget fits in what is left of it, so a batch of slow articles ends in time, and the ones it
 * did not start are dead-lettered, to be sent again.
 */
@ApplicationScoped
public class BatchAnalyser {
    private static final Logger LOG = Logger.getLogger(BatchAnalyser.class);

    private final ArticleAnalyser analyser;
    private final Duration budget;
    private final Duration batchBudget;
    private final int slots;
    private final ExecutorService threads;
    /** Analyses given up on that have not returned yet: threads the engine still holds. */
    private final AtomicInteger overrunning = new AtomicInteger();

    BatchAnalyser(ArticleAnalyser analyser, ExtractConfig config) {
        this.analyser = analyser;
        this.budget = config.articleTimeBudget();
        this.batchBudget = config.batchTimeBudget();
        if (batchBudget.compareTo(budget) < 0) {
            throw new IllegalArgumentException("newsflow.extract.batch-time-budget (" + batchBudget
                    + ") must be at least newsflow.extract.article-time-budget (" + budget + ")");
        }
        this.slots = config.analysisThreads().orElse(Runtime.getRuntime().availableProcessors());
        if (slots < 1) {
            throw new IllegalArgumentException("newsflow.extract.analysis-threads must be at least 1: " + slots);
        }
        // No queue: every article submitted gets a thread at once (an idle one, or a new one).
        this.threads = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
                runnable -> {
                    Thread thread = new Thread(runnable, "newsflow-analysis");
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /** One outcome per payload, in the order of the payloads. */
    public List<AnalysisOutcome> analyseAll(List<byte[]> payloads) {
        // Whoever sets an outcome first decides it: the analysis, or the batch giving up on it.
        AtomicReferenceArray<AnalysisOutcome> outcomes = new AtomicReferenceArray<>(payloads.size());
        BlockingQueue<Integer> finished = new LinkedBlockingQueue<>();
        Map<Integer, Running> running = new HashMap<>();
        int next = 0;
        int decided = 0;
        long lastStart = System.nanoTime() + batchBudget.toNanos() - budget.toNanos();
        try {
            while (decided < payloads.size()) {
                while (running.size() < slots && next < payloads.size()) {
                    if (System.nanoTime() - lastStart > 0) {
                        decided += leaveUnstarted(next, outcomes);
                        next = payloads.size();
                        break;
                    }
                    int index = next++;
                    running.put(index, start(index, payloads.get(index), outcomes, finished));
                }
                if (running.isEmpty()) {
                    break; // the rest were left unstarted
                }
                long earliestDeadline = running.values().stream().mapToLong(Running::deadline).min().orElseThrow();
                Integer done = finished.poll(earliestDeadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (done != null) {
                    running.remove(done);
                    decided++;
                } else {
                    decided += giveUpOnOverrunning(running, outcomes);
                }
            }
        } catch (InterruptedException e) {
            running.values().forEach(task -> task.future().cancel(true));
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while analysing a batch", e);
        }
        AnalysisOutcome[] result = new AnalysisOutcome[payloads.size()];
        Arrays.setAll(result, outcomes::get);
        return List.of(result);
    }

    private Running start(int index, byte[] payload, AtomicReferenceArray<AnalysisOutcome> outcomes,
            BlockingQueue<Integer> finished) {
        long deadline = System.nanoTime() + budget.toNanos();
        Deadline engineDeadline = Deadline.after(budget);
        Future<?> future = threads.submit(() -> {
            AnalysisOutcome outcome;
            try {
                outcome = analyser.analyse(payload, engineDeadline);
            } catch (RuntimeException | Error e) {
                outcome = AnalysisOutcome.failed("The extraction engine failed", e);
            }
            if (outcomes.compareAndSet(index, null, outcome)) {
                finished.add(index);
            } else {
                overrunning.decrementAndGet();
            }
        });
        return new Running(future, deadline);
    }

    /**
     * Fails the articles from {@code first} on without starting them, as a full budget would end past the
     * batch's: the batch must end before the broker takes its partitions away (max.poll.interval.ms) and
     * the whole batch is read again, with the same articles. They are dead letters to send again later.
     */
    private int leaveUnstarted(int first, AtomicReferenceArray<AnalysisOutcome> outcomes) {
        int left = outcomes.length() - first;
        for (int index = first; index < outcomes.length(); index++) {
            outcomes.set(index, AnalysisOutcome.failed("Not analysed: the batch's time budget of " + batchBudget
                    + " ran out before its turn", null));
        }
        LOG.warnf("The batch's time budget of %s ran out: %d articles not analysed but dead-lettered", batchBudget,
                left);
        return left;
    }

    /** Fails the articles past their deadline; returns how many. */
    private int giveUpOnOverrunning(Map<Integer, Running> running, AtomicReferenceArray<AnalysisOutcome> outcomes) {
        int givenUp = 0;
        long now = System.nanoTime();
        for (Iterator<Map.Entry<Integer, Running>> tasks = running.entrySet().iterator(); tasks.hasNext();) {
            Map.Entry<Integer, Running> task = tasks.next();
            // An analysis that set its outcome just now is in the finished queue: the next poll takes it.
            if (now - task.getValue().deadline() >= 0 && outcomes.compareAndSet(task.getKey(), null,
                    AnalysisOutcome.overBudget(budget, null))) {
                overrunning.incrementAndGet();
                task.getValue().future().cancel(true);
                tasks.remove();
                givenUp++;
                LOG.warnf("An article exceeded the analysis budget of %s; given up on (%d analyses over their budget"
                        + " still hold a thread)", budget, overrunning.get());
            }
        }
        return givenUp;
    }

    /** Analyses over their budget whose threads the engine still holds. */
    public int overrunning() {
        return overrunning.get();
    }

    @PreDestroy
    void stop() {
        threads.shutdownNow();
    }

    private record Running(Future<?> future, long deadline) {
    }
}
