package io.newsflow.query.persistence;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.contract.retry.RetryPolicy;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Runs a consumer's batch write in its own transaction until it succeeds. While the database is
 * unreachable or the batch loses a deadlock, the write is retried with backoff (and readiness is
 * DOWN), so the batch's offsets stay uncommitted and nothing is skipped. A batch that fails for
 * its content is written item by item, and only the items that cannot be stored are left out,
 * logged and counted: one bad record must not stop the partition.
 */
@ApplicationScoped
public class ResilientWrites {
    private static final Logger LOG = Logger.getLogger(ResilientWrites.class);
    /** Without end while the failure is transient: skipping the batch would lose it. Jitter spreads instances out. */
    private static final RetryPolicy DATABASE_RETRY = RetryPolicy.startingAt(Duration.ofMillis(200))
            .maxDelay(Duration.ofSeconds(10)).jitter(0.2).retryOn(TransientFailures::isTransient).build();

    private final DatabaseWriteHealth health;
    private final MeterRegistry registry;

    ResilientWrites(@Readiness DatabaseWriteHealth health, MeterRegistry registry) {
        this.health = health;
        this.registry = registry;
    }

    /** Writes the items; returns what the write returned for each stored part, in order. */
    public <T, R> List<R> write(List<T> items, Function<List<T>, List<R>> writer, String what) {
        try {
            return retryingTransient(() -> writer.apply(items));
        } catch (RuntimeException contentFailure) {
            LOG.warnf("A batch of %d %s failed for its content (%s); writing them one by one", items.size(), what,
                    contentFailure.getMessage());
        }
        List<R> results = new ArrayList<>();
        for (T item : items) {
            try {
                results.addAll(retryingTransient(() -> writer.apply(List.of(item))));
            } catch (RuntimeException unstorable) {
                LOG.errorf(unstorable, "Leaving out one of the %s: it cannot be stored", what);
                registry.counter("newsflow.query.rejected.records", "topic", what)
                        .increment();
            }
        }
        return results;
    }

    private <R> List<R> retryingTransient(Supplier<List<R>> work) {
        try {
            List<R> result = DATABASE_RETRY.call(() -> QuarkusTransaction.requiringNew().call(work::get),
                    (attempt, failure, delay) -> {
                        health.down(failure);
                        LOG.warnf("Database write failed (%s); retrying in %s", rootMessage(failure), delay);
                    });
            health.up();
            return result;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the database", e);
        } catch (RuntimeException notTransient) {
            health.up();
            throw notTransient;
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
