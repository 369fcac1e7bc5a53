package io.newsflow.query.persistence;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
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
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

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

    private <R> List<R> retryingTransient(java.util.function.Supplier<List<R>> work) {
        Duration backoff = FIRST_BACKOFF;
        while (true) {
            try {
                List<R> result = QuarkusTransaction.requiringNew().call(work::get);
                health.up();
                return result;
            } catch (RuntimeException failure) {
                if (!TransientFailures.isTransient(failure)) {
                    health.up();
                    throw failure;
                }
                health.down(failure);
                LOG.warnf("Database write failed (%s); retrying in %s", rootMessage(failure), backoff);
                pause(backoff);
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    private static void pause(Duration backoff) {
        try {
            Thread.sleep(backoff.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the database", e);
        }
    }
}
