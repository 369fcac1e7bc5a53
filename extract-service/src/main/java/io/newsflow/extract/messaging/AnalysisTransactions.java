package io.newsflow.extract.messaging;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerGroupMetadata;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

import io.newsflow.common.kafka.KafkaClientConfig;
import io.newsflow.contract.Topics;
import io.newsflow.extract.config.ExtractConfig;

/**
 * The transactional producer that writes a batch's analyses, events, seen-records and dead letters
 * and commits the batch's offsets, all or nothing.
 * <p>
 * Why not SmallRye's {@code KafkaTransactions}: a producer that failed mid-transaction (fenced
 * because the coordinator aborted a transaction a broker outage left open, or timed out) is unusable
 * for good, and SmallRye keeps using it. Here a failed producer is closed and replaced; the new one,
 * under the same transactional id, aborts whatever the old one left open when it initialises.
 */
@ApplicationScoped
public class AnalysisTransactions {
    private static final Logger LOG = Logger.getLogger(AnalysisTransactions.class);

    private final Map<String, Object> producerConfig;
    private final Duration blockTimeout;
    private KafkaProducer<String, byte[]> producer;
    private volatile boolean failed;

    @Inject
    AnalysisTransactions(KafkaClientConfig kafka, ExtractConfig extract) {
        this.blockTimeout = extract.kafkaBlockTimeout();
        Map<String, Object> config = kafka.with(Map.of());
        // One id per process: a zombie instance is fenced by the consumer group's generation (KIP-447),
        // so the id only has to be stable across the producers this process creates.
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "extract-" + UUID.randomUUID());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Topics.MAX_RECORD_BYTES);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) blockTimeout.toMillis());
        // transaction.timeout.ms stays at Kafka's minute: a crashed instance's open transaction holds
        // read_committed readers that long, a shorter one aborts transactions slow batches still need.
        this.producerConfig = Map.copyOf(config);
    }

    /**
     * Writes the records and commits the offsets in one transaction. Throws when the transaction did
     * not commit; the producer is then replaced on the next call or by {@link #renewProducer()}.
     */
    public synchronized void commit(List<ProducerRecord<String, byte[]>> records,
            Map<TopicPartition, OffsetAndMetadata> offsets, ConsumerGroupMetadata group) {
        KafkaProducer<String, byte[]> current = producer();
        try {
            current.beginTransaction();
            records.forEach(current::send);
            current.sendOffsetsToTransaction(offsets, group);
            // Flushes first, and fails if any send of the transaction failed.
            current.commitTransaction();
        } catch (RuntimeException e) {
            // Aborting is not enough after fencing or a timeout, and a fresh producer aborts the
            // transaction anyway: one way out for every failure.
            discardProducer();
            throw e;
        }
    }

    /** Replaces the producer now, so the transaction the failed one left open is aborted before offsets are read. */
    public synchronized void renewProducer() {
        discardProducer();
        producer();
    }

    /** The id the producers of this process share; what a rival would have to fence. */
    String transactionalId() {
        return (String) producerConfig.get(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
    }

    /** False from a failed transaction until a new producer initialised. */
    public boolean healthy() {
        return !failed;
    }

    private KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            KafkaProducer<String, byte[]> created = new KafkaProducer<>(producerConfig, new StringSerializer(),
                    new ByteArraySerializer());
            try {
                created.initTransactions();
            } catch (RuntimeException e) {
                created.close(Duration.ZERO);
                failed = true;
                throw e;
            }
            producer = created;
            failed = false;
        }
        return producer;
    }

    private void discardProducer() {
        failed = true;
        if (producer != null) {
            LOG.warn("Replacing the transactional producer after a failed transaction");
            producer.close(Duration.ZERO);
            producer = null;
        }
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(blockTimeout);
            producer = null;
        }
    }
}
