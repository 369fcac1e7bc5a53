package io.newsflow.extract.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

import io.newsflow.common.kafka.KafkaClientConfig;
import io.newsflow.contract.Topics;

/**
 * Which articles this instance's partitions already analysed, and with which extractor version.
 * The source of truth is the compacted {@code articles.seen} topic, written in the analysis'
 * transaction on the partition of the raw record; a partition's entries are loaded when the
 * partition is assigned, so a restarted or new instance knows what its predecessors committed.
 */
@ApplicationScoped
public class SeenArticles {
    private static final Logger LOG = Logger.getLogger(SeenArticles.class);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration LOAD_DEADLINE = Duration.ofMinutes(2);

    private final KafkaClientConfig kafka;
    private final SeenTopic topic;
    private final Map<Integer, Map<String, String>> versionsByPartition = new ConcurrentHashMap<>();

    SeenArticles(KafkaClientConfig kafka, SeenTopic topic) {
        this.kafka = kafka;
        this.topic = topic;
    }

    /** True when this article was analysed by this extractor version in a committed transaction. */
    public boolean analysed(int partition, String articleId, String extractorVersion) {
        Map<String, String> versions = versionsByPartition.get(partition);
        return versions != null && extractorVersion.equals(versions.get(articleId));
    }

    /** Called once a batch's transaction committed. */
    public void remember(int partition, String articleId, String extractorVersion) {
        versionsByPartition.computeIfAbsent(partition, p -> new ConcurrentHashMap<>()).put(articleId, extractorVersion);
    }

    void load(Collection<Integer> partitions) {
        topic.ensure();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(kafka.with(Map.of(
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false")),
                new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> seen = partitions.stream()
                    .map(partition -> new TopicPartition(Topics.ARTICLES_SEEN, partition)).toList();
            consumer.assign(seen);
            consumer.seekToBeginning(seen);
            Map<TopicPartition, Long> ends = consumer.endOffsets(seen);
            seen.forEach(partition -> versionsByPartition.put(partition.partition(), new ConcurrentHashMap<>()));
            Instant giveUp = Instant.now().plus(LOAD_DEADLINE);
            while (!ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue())) {
                if (Instant.now().isAfter(giveUp)) {
                    throw new IllegalStateException("Could not read " + Topics.ARTICLES_SEEN + " within " + LOAD_DEADLINE);
                }
                consumer.poll(POLL).forEach(record -> versionsByPartition.get(record.partition())
                        .put(record.key(), record.value()));
            }
        }
        LOG.infof("Loaded the analysed articles of partitions %s", partitions);
    }

    void forget(Collection<Integer> partitions) {
        partitions.forEach(versionsByPartition::remove);
    }
}
