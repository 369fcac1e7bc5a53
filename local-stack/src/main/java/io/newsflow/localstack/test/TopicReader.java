package io.newsflow.localstack.test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic from the beginning as a downstream system would ({@code read_committed}), until
 * the records a test waits for are there or the deadline passes.
 */
public final class TopicReader implements AutoCloseable {
    private static final Duration POLL = Duration.ofMillis(200);

    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    public TopicReader(String bootstrapServers, String topic) {
        this(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), topic);
    }

    /** @param connection the bootstrap servers and any security settings */
    public TopicReader(Map<String, ?> connection, String topic) {
        Map<String, Object> config = new HashMap<>(connection);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(topic));
    }

    /** All records read so far that match, once at least {@code count} of them are there. */
    public List<ConsumerRecord<String, String>> awaitRecords(Predicate<ConsumerRecord<String, String>> matching,
            int count, Duration deadline) {
        Instant giveUp = Instant.now().plus(deadline);
        while (true) {
            List<ConsumerRecord<String, String>> matches = seen.stream().filter(matching).toList();
            if (matches.size() >= count) {
                return matches;
            }
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("Expected " + count + " matching records within " + deadline + ", found "
                        + matches.size() + " among " + seen.size());
            }
            consumer.poll(POLL).forEach(seen::add);
        }
    }

    public ConsumerRecord<String, String> awaitKey(String key, Duration deadline) {
        return awaitRecords(record -> key.equals(record.key()), 1, deadline).get(0);
    }

    /** Keeps reading for {@code quietPeriod} and returns every match: for asserting that nothing more arrives. */
    public List<ConsumerRecord<String, String>> readFor(Predicate<ConsumerRecord<String, String>> matching,
            Duration quietPeriod) {
        Instant until = Instant.now().plus(quietPeriod);
        while (Instant.now().isBefore(until)) {
            consumer.poll(POLL).forEach(seen::add);
        }
        return seen.stream().filter(matching).toList();
    }

    @Override
    public void close() {
        consumer.close();
    }
}
