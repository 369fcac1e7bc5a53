package io.newsflow.localstack.test;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import io.newsflow.contract.Topics;

/** Writes records straight to a topic, as a producer other than ingest would (or a poison one). */
public final class TopicWriter implements AutoCloseable {
    private final KafkaProducer<String, byte[]> producer;

    public TopicWriter(String bootstrapServers) {
        this(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    /** @param connection the bootstrap servers and any security settings */
    public TopicWriter(Map<String, ?> connection) {
        Map<String, Object> config = new HashMap<>(connection);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Topics.MAX_RECORD_BYTES);
        producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    public void send(String topic, String key, String value) {
        send(topic, key, value.getBytes(StandardCharsets.UTF_8));
    }

    /** Returns once the broker acknowledged the record. */
    public void send(String topic, String key, byte[] value) {
        try {
            producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not write to " + topic, e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
