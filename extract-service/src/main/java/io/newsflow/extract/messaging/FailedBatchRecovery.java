package io.newsflow.extract.messaging;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;

/**
 * Puts the stream back where the last committed transaction left it after a batch failed to commit:
 * first a fresh transactional producer (its initialisation aborts what the failed one left open, so
 * the committed offsets can be read), then the consumer rewound to those offsets. It retries until
 * both succeed: while the broker is away nothing else could make progress anyway, and a batch after
 * the failed one must never commit first.
 */
@ApplicationScoped
class FailedBatchRecovery {
    private static final Logger LOG = Logger.getLogger(FailedBatchRecovery.class);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

    private final AnalysisTransactions transactions;
    private final RawArticlesConsumer consumer;
    private final ExtractMetrics metrics;
    private volatile boolean stopping;
    private volatile boolean abandoned;

    FailedBatchRecovery(AnalysisTransactions transactions, RawArticlesConsumer consumer, ExtractMetrics metrics) {
        this.transactions = transactions;
        this.consumer = consumer;
        this.metrics = metrics;
    }

    void recover(Throwable failure) {
        metrics.transactionFailed();
        LOG.warnf("A batch did not commit (%s); rewinding to the last committed offsets", failure.toString());
        Duration backoff = FIRST_BACKOFF;
        while (!stopping) {
            try {
                transactions.renewProducer();
                consumer.rewindToCommittedOffsets();
                LOG.info("Rewound to the last committed offsets; the failed batch is read again");
                return;
            } catch (RuntimeException e) {
                LOG.warnf("Cannot rewind yet (%s); trying again in %s", e.toString(), backoff);
                if (!pause(backoff)) {
                    break;
                }
                Duration doubled = backoff.multipliedBy(2);
                backoff = doubled.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : doubled;
            }
        }
        // Stopping before the rewind: no later batch may commit past the failed one.
        abandoned = true;
    }

    /** True once a recovery was given up for shutdown: from then on no batch commits. */
    boolean abandoned() {
        return abandoned;
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    private static boolean pause(Duration backoff) {
        try {
            Thread.sleep(backoff.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
