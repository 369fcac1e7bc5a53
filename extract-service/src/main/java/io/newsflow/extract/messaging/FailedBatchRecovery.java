package io.newsflow.extract.messaging;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.newsflow.contract.retry.RetryPolicy;
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
    /** Every failure retried until shutdown; the jitter keeps instances recovering from one outage apart. */
    private static final RetryPolicy REWIND_RETRY = RetryPolicy.startingAt(Duration.ofMillis(500))
            .maxDelay(Duration.ofSeconds(10)).jitter(0.2).retryOn(failure -> !(failure instanceof Stopping)).build();

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
        // The transaction's own message ("in an error state") hides what failed: the cause says it.
        LOG.warnf(failure, "A batch did not commit; rewinding to the last committed offsets");
        try {
            REWIND_RETRY.call(() -> {
                if (stopping) {
                    throw new Stopping();
                }
                transactions.renewProducer();
                consumer.rewindToCommittedOffsets();
                return null;
            }, (attempt, e, delay) -> LOG.warnf("Cannot rewind yet (%s); trying again in %s", e.toString(), delay));
            LOG.info("Rewound to the last committed offsets; the failed batch is read again");
            return;
        } catch (Stopping e) {
            LOG.info("Stopping before the rewind");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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

    /** The service is shutting down: a rewind now would be for nothing. */
    private static final class Stopping extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopping() {
            super("stopping", null, false, false);
        }
    }
}
