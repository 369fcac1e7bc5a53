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
 * its content is written item by item, and only the items that cannot be stored are left out and
 * handed back with their failure, for the caller to dead-letter: one bad record must not stop the
 * partition.
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

    /** What a write returned for each stored part, in order, and the items it could not store. */
    public record Outcome<T, R>(List<R> results, List<Unstorable<T>> unstorable) {
    }

    /** An item the database refuses for its content, and why. */
    public record Unstorable<T>(T item, RuntimeException failure) {
    }

    /** Writes the items; returns once every item is stored or known to be unstorable. */
    public <T, R> Outcome<T, R> write(List<T> items, Function<List<T>, List<R>> writer, String what) {
        try {
            return new Outcome<>(retryingTransient(() -> writer.apply(items)), List.of());
        } catch (Interrupted stopping) {
            throw stopping;
        } catch (RuntimeException contentFailure) {
            LOG.warnf("A batch of %d %s failed for its content (%s); writing them one by one", items.size(), what,
                    contentFailure.getMessage());
        }
        List<R> results = new ArrayList<>();
        List<Unstorable<T>> unstorable = new ArrayList<>();
        for (T item : items) {
            try {
                results.addAll(retryingTransient(() -> writer.apply(List.of(item))));
            } catch (Interrupted stopping) {
                throw stopping;
            } catch (RuntimeException failure) {
                LOG.errorf(failure, "One of the %s cannot be stored", what);
                registry.counter("newsflow.query.rejected.records", "topic", what).increment();
                unstorable.add(new Unstorable<>(item, failure));
            }
        }
        return new Outcome<>(results, unstorable);
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
            throw new Interrupted(e);
        } catch (RuntimeException notTransient) {
            health.up();
            throw notTransient;
        }
    }

    /**
     * The wait for the database was interrupted (the service is stopping): not the items' fault, so
     * none is left out or dead-lettered; the batch fails and its offsets stay uncommitted.
     */
    static final class Interrupted extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        Interrupted(InterruptedException cause) {
            super("Interrupted while waiting for the database", cause);
        }
    }

    private static String rootMessage(Throwable failure) {
        return rootCause(failure).getMessage();
    }

    /** The innermost cause: for a refused write, the database's own error. */
    public static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
