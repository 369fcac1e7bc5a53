package io.newsflow.common.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import io.newsflow.contract.DeadLetterHeaders;
import io.newsflow.contract.Topics;

/**
 * A dead-letter topic for operators: lists its records and re-drives chosen ones to the topic they
 * failed on (after a fix, say), and sends new dead letters, each acknowledged by every replica.
 * Reading uses a short-lived consumer without a group, so it never disturbs the pipeline's offsets.
 */
public class DeadLetterTopic implements AutoCloseable {
    private static final Duration POLL = Duration.ofMillis(500);
    /** The producer fails a send after its delivery timeout (Kafka's default, 2 minutes); a little more. */
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(130);
    private static final int PREVIEW_CHARS = 300;

    private final Map<String, Object> kafkaClientProperties;
    private final String topic;
    private final String redriveTopic;
    private KafkaProducer<String, byte[]> producer;

    /**
     * {@code kafkaClientProperties}: the service's whole Kafka client configuration (bootstrap servers
     * and any security settings, see {@link KafkaClientConfig}), on which its reader and producer add
     * their own; {@code topic}: the dead letters; {@code redriveTopic}: where a re-driven one goes.
     */
    public DeadLetterTopic(Map<String, Object> kafkaClientProperties, String topic, String redriveTopic) {
        this.kafkaClientProperties = Map.copyOf(kafkaClientProperties);
        this.topic = topic;
        this.redriveTopic = redriveTopic;
    }

    public String topic() {
        return topic;
    }

    /** The newest {@code limit} dead letters of every partition, oldest first. */
    public List<DeadLetter> list(int limit) {
        List<DeadLetter> letters = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer);
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            for (TopicPartition partition : partitions) {
                consumer.seek(partition, Math.max(0, ends.get(partition) - limit));
            }
            // Offsets also count transaction markers, so read until every partition's position reaches its end.
            Instant giveUp = Instant.now().plusSeconds(10);
            while (!atEnd(consumer, ends) && Instant.now().isBefore(giveUp)) {
                consumer.poll(POLL).forEach(record -> letters.add(describe(record)));
            }
        }
        return letters;
    }

    /**
     * Sends the dead letter at this position back to the topic it failed on, with the record's own
     * headers and, instead of the dead-letter ones, one saying where it comes from; returns its key,
     * or nothing when no dead letter is there.
     */
    public Optional<String> redrive(int partition, long offset) {
        Optional<ConsumerRecord<String, byte[]>> found = read(partition, offset);
        found.ifPresent(record -> {
            ProducerRecord<String, byte[]> again = new ProducerRecord<>(redriveTopic, null, record.key(),
                    record.value(), DeadLetterRecords.withoutDeadLetterHeaders(record.headers()));
            again.headers().add(DeadLetterHeaders.REDRIVEN_FROM,
                    (topic + "/" + partition + "/" + offset).getBytes(StandardCharsets.UTF_8));
            send(again);
        });
        return found.map(record -> record.key() == null ? "" : record.key());
    }

    /** Sends a dead letter (see {@link DeadLetterRecords}) and waits until Kafka acknowledged it. */
    public void send(ProducerRecord<String, byte[]> record) {
        try {
            producer().send(record).get(SEND_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException | KafkaException e) {
            throw new IllegalStateException("Could not send a record to " + record.topic(), e);
        }
    }

    private Optional<ConsumerRecord<String, byte[]>> read(int partition, long offset) {
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            TopicPartition topicPartition = new TopicPartition(topic, partition);
            if (!partitions(consumer).contains(topicPartition)
                    || consumer.endOffsets(List.of(topicPartition)).get(topicPartition) <= offset) {
                return Optional.empty();
            }
            consumer.assign(List.of(topicPartition));
            consumer.seek(topicPartition, offset);
            Instant giveUp = Instant.now().plusSeconds(10);
            while (Instant.now().isBefore(giveUp)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                    if (record.offset() == offset) {
                        return Optional.of(record);
                    }
                }
            }
            return Optional.empty();
        }
    }

    private static boolean atEnd(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }

    private List<TopicPartition> partitions(KafkaConsumer<String, byte[]> consumer) {
        return consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
    }

    private static DeadLetter describe(ConsumerRecord<String, byte[]> record) {
        String value = record.value() == null ? "" : new String(record.value(), StandardCharsets.UTF_8);
        return new DeadLetter(record.partition(), record.offset(), Instant.ofEpochMilli(record.timestamp()),
                record.key(), header(record, DeadLetterHeaders.REASON), header(record, DeadLetterHeaders.CAUSE),
                header(record, DeadLetterHeaders.EXCEPTION), header(record, DeadLetterHeaders.TOPIC),
                header(record, DeadLetterHeaders.PARTITION), header(record, DeadLetterHeaders.OFFSET),
                value.length() > PREVIEW_CHARS ? value.substring(0, PREVIEW_CHARS) + "…" : value);
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private KafkaConsumer<String, byte[]> consumer() {
        return new KafkaConsumer<>(with(Map.of(
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false")),
                new StringDeserializer(), new ByteArrayDeserializer());
    }

    private synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(with(Map.of(
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true",
                    ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Topics.MAX_RECORD_BYTES)),
                    new StringSerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    /** The service's Kafka client properties with this client's own on top. */
    private Map<String, Object> with(Map<String, ?> own) {
        Map<String, Object> config = new HashMap<>(kafkaClientProperties);
        config.putAll(own);
        return config;
    }

    @Override
    public synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }
}
