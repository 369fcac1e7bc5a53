package io.newsflow.ingest.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.newsflow.contract.RawArticle;
import io.newsflow.ingest.config.IngestConfig;
import io.newsflow.ingest.messaging.RawArticlePublisher;
import io.newsflow.ingest.service.ItemOutcome.Status;

/**
 * Publishes the articles of one request in windows: a window's records are all sent, then their
 * acks awaited together, so a batch neither waits for each ack in turn nor holds more than one
 * window of articles in memory. Only an article whose ack arrived is accepted. Once Kafka failed to
 * acknowledge, the rest of the request is not sent: it is reported "not stored", and a retry of
 * the whole upload is safe because ids are deterministic.
 */
@ApplicationScoped
public class BatchPublisher {
    private static final Logger LOG = Logger.getLogger(BatchPublisher.class);

    private final ArticleNormaliser normaliser;
    private final RawArticlePublisher publisher;
    private final IngestMetrics metrics;
    private final IngestConfig.Publish config;

    BatchPublisher(ArticleNormaliser normaliser, RawArticlePublisher publisher, IngestMetrics metrics,
            IngestConfig config) {
        this.normaliser = normaliser;
        this.publisher = publisher;
        this.metrics = metrics;
        this.config = config.publish();
    }

    /** A new, empty batch for one request; not thread-safe, as a request is parsed by one thread. */
    public Batch open() {
        return new Batch();
    }

    public final class Batch implements ItemSink {
        private final List<ItemOutcome> outcomes = new ArrayList<>();
        private final List<Pending> window = new ArrayList<>();
        private final List<Duplicate> unresolvedDuplicates = new ArrayList<>();
        /** Slot of the first article with each id: later ones are duplicates of it. */
        private final Map<String, Integer> firstSlot = new HashMap<>();
        private long windowChars;
        private boolean kafkaFailed;

        private Batch() {
        }

        @Override
        public void accept(UploadItem item) {
            if (item.problem() != null) {
                outcomes.add(rejected(item, null, item.problem()));
                return;
            }
            RawArticle article;
            try {
                article = normaliser.normalise(item.fields(), item.contentType());
            } catch (IngestProblem problem) {
                outcomes.add(rejected(item, null, problem));
                return;
            }
            int slot = outcomes.size();
            outcomes.add(null);
            Integer first = firstSlot.putIfAbsent(article.id(), slot);
            if (first != null) {
                unresolvedDuplicates.add(new Duplicate(slot, first, item));
                resolveDuplicates();
                return;
            }
            if (kafkaFailed) {
                outcomes.set(slot, rejected(item, article.id(), notStored()));
                return;
            }
            window.add(new Pending(slot, item, article));
            windowChars += article.text().length();
            if (window.size() >= config.windowRecords() || windowChars >= config.windowChars()) {
                flush();
            }
        }

        /** Publishes what is left and answers every article's outcome, in upload order. */
        public UploadOutcome finish(boolean isBatch) {
            flush();
            resolveDuplicates();
            outcomes.forEach(outcome -> metrics.outcome(outcome, outcome.contentType()));
            return new UploadOutcome(isBatch, List.copyOf(outcomes));
        }

        private void flush() {
            if (window.isEmpty()) {
                return;
            }
            List<CompletableFuture<Void>> acks = new ArrayList<>(window.size());
            for (Pending pending : window) {
                acks.add(send(pending.article()));
            }
            awaitAll(acks);
            int failed = 0;
            for (int i = 0; i < window.size(); i++) {
                Pending pending = window.get(i);
                CompletableFuture<Void> ack = acks.get(i);
                boolean stored = ack.isDone() && !ack.isCompletedExceptionally();
                outcomes.set(pending.slot(), stored
                        ? new ItemOutcome(pending.item().position(), pending.item().contentType(),
                                pending.article().id(), Status.ACCEPTED, null)
                        : rejected(pending.item(), pending.article().id(), notStored()));
                failed += stored ? 0 : 1;
            }
            if (failed > 0) {
                kafkaFailed = true;
                LOG.warnf("Kafka did not acknowledge %d of %d articles within %s; the rest of this upload is "
                        + "reported as not stored", failed, window.size(), config.ackTimeout());
            }
            window.clear();
            windowChars = 0;
            resolveDuplicates();
        }

        private CompletableFuture<Void> send(RawArticle article) {
            long start = System.nanoTime();
            try {
                return publisher.publish(article).subscribeAsCompletionStage()
                        .whenComplete((ignored, failure) -> {
                            if (failure == null) {
                                metrics.published(Duration.ofNanos(System.nanoTime() - start));
                            }
                        });
            } catch (RuntimeException overflowOrClosed) {
                return CompletableFuture.failedFuture(overflowOrClosed);
            }
        }

        private void awaitAll(List<CompletableFuture<Void>> acks) {
            try {
                CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new))
                        .get(config.ackTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException | TimeoutException someFailed) {
                // Each ack is inspected on its own: the done ones count, the rest are not stored.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** A duplicate shares its first occurrence's fate: accepted once means "duplicate", else rejected. */
        private void resolveDuplicates() {
            unresolvedDuplicates.removeIf(duplicate -> {
                ItemOutcome first = outcomes.get(duplicate.firstSlot());
                if (first == null) {
                    return false;
                }
                UploadItem item = duplicate.item();
                outcomes.set(duplicate.slot(), first.status() == Status.REJECTED
                        ? rejected(item, first.id(), first.problem())
                        : new ItemOutcome(item.position(), item.contentType(), first.id(), Status.DUPLICATE, null));
                return true;
            });
        }

        private IngestProblem notStored() {
            return IngestProblem.notStored(config.retryAfter().toSeconds());
        }
    }

    private static ItemOutcome rejected(UploadItem item, String id, IngestProblem problem) {
        return new ItemOutcome(item.position(), item.contentType(), id, Status.REJECTED, problem);
    }

    private record Pending(int slot, UploadItem item, RawArticle article) {
    }

    private record Duplicate(int slot, int firstSlot, UploadItem item) {
    }
}
