package io.newsflow.extract.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import io.newsflow.common.kafka.KafkaClientConfig;
import io.newsflow.contract.Topics;

/**
 * Reads partitions of articles.seen from their start to their last committed record, in order,
 * with its own consumer (no group, read_committed): what a partition's earlier owners committed.
 */
@ApplicationScoped
class SeenTopicReader {
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration READ_DEADLINE = Duration.ofMinutes(2);
    /** Seen-records are ~50 bytes: large polls, fewer round trips. */
    private static final int RECORDS_PER_POLL = 10_000;

    /** Where the records go. */
    interface Records {
        /** Before any record: at most how many records the partition holds (offsets, markers included). */
        default void partitionSize(int partition, long records) {
        }

        /** @param seenValue the record's value as written ({@link SeenValue}) */
        void record(int partition, String articleId, String seenValue);
    }

    private final KafkaClientConfig kafka;
    private final SeenTopic topic;

    SeenTopicReader(KafkaClientConfig kafka, SeenTopic topic) {
        this.kafka = kafka;
        this.topic = topic;
    }

    void readFromStart(Collection<Integer> partitions, Records records) {
        topic.ensure();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(kafka.with(Map.of(
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, RECORDS_PER_POLL)),
                new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> seen = partitions.stream()
                    .map(partition -> new TopicPartition(Topics.ARTICLES_SEEN, partition)).toList();
            consumer.assign(seen);
            consumer.seekToBeginning(seen);
            // read_committed: the end is the last stable offset, after the last committed transaction.
            Map<TopicPartition, Long> ends = consumer.endOffsets(seen);
            Map<TopicPartition, Long> starts = consumer.beginningOffsets(seen);
            seen.forEach(partition -> records.partitionSize(partition.partition(),
                    ends.get(partition) - starts.get(partition)));
            Instant giveUp = Instant.now().plus(READ_DEADLINE);
            while (!ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue())) {
                if (Instant.now().isAfter(giveUp)) {
                    throw new IllegalStateException("Could not read " + Topics.ARTICLES_SEEN + " within " + READ_DEADLINE);
                }
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    records.record(record.partition(), record.key(), record.value());
                }
            }
        }
    }
}
