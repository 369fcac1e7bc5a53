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
 * Publishes the articles of one request in windows: a window's records are all sent, and their acks
 * are awaited together while the next window is read and normalised, so a batch neither waits for
 * each ack in turn nor idles while Kafka acknowledges, and holds at most two windows of articles in
 * memory. Only an article whose ack arrived is accepted. Once Kafka failed to acknowledge, the rest
 * of the request is not sent (the next window's acks are settled before it is sent): it is reported
 * "not stored", and a retry of the whole upload is safe because ids are deterministic.
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
        /** The last window sent, whose acks are settled before the next window is sent. */
        private InFlight inFlight;
        private long windowChars;
        private boolean kafkaFailed;
        private IngestProblem notStored;

        private Batch() {
        }

        @Override
        public void accept(UploadItem item) {
            int slot = outcomes.size();
            outcomes.add(null);
            if (item.problem() != null) {
                outcomes.set(slot, rejected(item, null, item.problem()));
                return;
            }
            window.add(new Pending(slot, item));
            windowChars += item.fields().text() == null ? 0 : item.fields().text().length();
            if (window.size() >= config.windowRecords() || windowChars >= config.windowChars()) {
                flush();
            }
        }

        /** Publishes what is left and answers every article's outcome, in upload order. */
        public UploadOutcome finish(boolean isBatch) {
            flush();
            settle();
            resolveDuplicates();
            outcomes.forEach(outcome -> metrics.outcome(outcome, outcome.contentType()));
            return new UploadOutcome(isBatch, List.copyOf(outcomes));
        }

        private void flush() {
            if (window.isEmpty()) {
                return;
            }
            // On the request's own thread: concurrent requests already share the cores, and a parallel stream
            // here spent a third of ingest's CPU spinning in ForkJoinPool.helpComplete under 4 NDJSON
            // uploads (JFR, docs/benchmarks.md) for work that language detection no longer dominates.
            List<Normalised> normalised = window.stream().map(pending -> normalise(pending.item())).toList();
            // The previous window's acks came while this one was read and normalised; they decide whether it is sent.
            settle();
            List<Sending> sending = new ArrayList<>(window.size());
            for (int i = 0; i < window.size(); i++) {
                Pending pending = window.get(i);
                Normalised result = normalised.get(i);
                if (result.problem() != null) {
                    outcomes.set(pending.slot(), rejected(pending.item(), null, result.problem()));
                    continue;
                }
                String id = result.article().id();
                Integer first = firstSlot.putIfAbsent(id, pending.slot());
                if (first != null) {
                    unresolvedDuplicates.add(new Duplicate(pending.slot(), first, pending.item()));
                } else if (kafkaFailed) {
                    outcomes.set(pending.slot(), rejected(pending.item(), id, notStored()));
                } else {
                    sending.add(new Sending(pending.slot(), pending.item(), result.article()));
                }
            }
            window.clear();
            windowChars = 0;
            inFlight = publish(sending);
            resolveDuplicates();
        }

        /** Sends every record; their acks are awaited by {@link #settle()}. */
        private InFlight publish(List<Sending> sending) {
            if (sending.isEmpty()) {
                return null;
            }
            List<CompletableFuture<Void>> acks = new ArrayList<>(sending.size());
            for (Sending record : sending) {
                acks.add(send(record.article()));
            }
            return new InFlight(sending, acks);
        }

        /** Awaits the acks of the window in flight: only an acknowledged article is accepted. */
        private void settle() {
            if (inFlight == null) {
                return;
            }
            List<Sending> sending = inFlight.sending();
            List<CompletableFuture<Void>> acks = inFlight.acks();
            inFlight = null;
            awaitAll(acks);
            int failed = 0;
            for (int i = 0; i < sending.size(); i++) {
                Sending record = sending.get(i);
                CompletableFuture<Void> ack = acks.get(i);
                boolean stored = ack.isDone() && !ack.isCompletedExceptionally();
                outcomes.set(record.slot(), stored
                        ? new ItemOutcome(record.item().position(), record.item().contentType(),
                                record.article().id(), Status.ACCEPTED, null)
                        : rejected(record.item(), record.article().id(), notStored()));
                failed += stored ? 0 : 1;
            }
            if (failed > 0) {
                kafkaFailed = true;
                LOG.warnf("Kafka did not acknowledge %d of %d articles within %s; the rest of this upload is "
                        + "reported as not stored", failed, sending.size(), config.ackTimeout());
            }
        }

        private Normalised normalise(UploadItem item) {
            try {
                return new Normalised(normaliser.normalise(item.fields(), item.contentType()), null);
            } catch (IngestProblem problem) {
                return new Normalised(null, problem);
            }
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
            if (notStored == null) {
                notStored = IngestProblem.notStored(config.retryAfter().toSeconds());
            }
            return notStored;
        }
    }

    private static ItemOutcome rejected(UploadItem item, String id, IngestProblem problem) {
        return new ItemOutcome(item.position(), item.contentType(), id, Status.REJECTED, problem);
    }

    private record Pending(int slot, UploadItem item) {
    }

    private record Normalised(RawArticle article, IngestProblem problem) {
    }

    private record Sending(int slot, UploadItem item, RawArticle article) {
    }

    private record Duplicate(int slot, int firstSlot, UploadItem item) {
    }

    private record InFlight(List<Sending> sending, List<CompletableFuture<Void>> acks) {
    }
}
