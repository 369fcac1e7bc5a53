package io.newsflow.extract.messaging;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerGroupMetadata;

import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordBatchMetadata;

/** The consumer of articles.raw, as far as a transaction needs it: its group's state, and a rewind. */
@ApplicationScoped
class RawArticlesConsumer {
    static final String CHANNEL = "raw-articles-in";
    private static final Duration CONSUMER_CALL_DEADLINE = Duration.ofSeconds(90);

    private final KafkaClientService clients;
    /**
     * The group metadata as of the last rebalance, kept by the rebalance listener on the polling
     * thread. Asking the consumer for it per batch would queue behind a poll, up to a second.
     */
    private volatile ConsumerGroupMetadata groupAfterLastRebalance;

    RawArticlesConsumer(KafkaClientService clients) {
        this.clients = clients;
    }

    /**
     * The group metadata to commit a batch's offsets with. A rebalance since the batch was polled
     * may have given its partitions to another instance, so the batch must not commit then.
     */
    ConsumerGroupMetadata groupMetadataFor(KafkaRecordBatch<String, byte[]> batch) {
        int polledIn = batch.getMetadata(IncomingKafkaRecordBatchMetadata.class)
                .map(IncomingKafkaRecordBatchMetadata::getConsumerGroupGenerationId)
                .orElseThrow(() -> new IllegalStateException("A batch without Kafka metadata"));
        ConsumerGroupMetadata now = groupAfterLastRebalance;
        if (now == null || now.generationId() != polledIn) {
            throw new RebalancedDuringBatchException(polledIn, now == null ? -1 : now.generationId());
        }
        // A rebalance after this check makes the broker refuse the offsets with the old generation.
        return now;
    }

    /** Called by the rebalance listener once partitions are assigned (every rebalance ends so). */
    void rebalanced(ConsumerGroupMetadata group) {
        groupAfterLastRebalance = group;
    }

    /** Called when partitions are revoked or lost: no batch commits until the next assignment. */
    void rebalancing() {
        groupAfterLastRebalance = null;
    }

    /**
     * Seeks every assigned partition back to its committed offset and drops what was fetched beyond
     * it, so the failed batch is read again before anything after it can commit.
     */
    void rewindToCommittedOffsets() {
        consumer().resetToLastCommittedPositions().await().atMost(CONSUMER_CALL_DEADLINE);
    }

    private KafkaConsumer<String, byte[]> consumer() {
        return clients.getConsumer(CHANNEL);
    }

    static final class RebalancedDuringBatchException extends IllegalStateException {
        RebalancedDuringBatchException(int polledIn, int now) {
            super("The consumer group rebalanced while the batch was analysed (generation " + polledIn + " → " + now
                    + "); the batch is read again");
        }
    }
}
