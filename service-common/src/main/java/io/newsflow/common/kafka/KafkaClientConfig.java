package io.newsflow.common.kafka;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

import io.smallrye.common.annotation.Identifier;

/**
 * The settings every Kafka client this service builds itself starts from: the whole {@code kafka.*}
 * configuration (bootstrap servers, security protocol, SASL, TLS), the same the SmallRye channels get.
 * A client built from the bootstrap servers alone would miss the security settings and could not
 * reach a secured cluster. Each client adds only what is its own.
 */
@ApplicationScoped
public class KafkaClientConfig {
    /**
     * The channels' identity, not connection settings: a client of ours that took the group id would
     * read and commit as the pipeline's consumer group.
     */
    private static final Set<String> NOT_SHARED = Set.of(ConsumerConfig.GROUP_ID_CONFIG,
            ProducerConfig.TRANSACTIONAL_ID_CONFIG);

    private final Map<String, Object> shared;

    /** @param kafkaConfig every {@code kafka.*} property, prefix removed, as Quarkus gives it to the Kafka clients */
    @Inject
    public KafkaClientConfig(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        Map<String, Object> config = new HashMap<>(kafkaConfig);
        config.keySet().removeAll(NOT_SHARED);
        this.shared = Map.copyOf(config);
    }

    /** The shared settings alone, for a client that adds its own later (a {@link DeadLetterTopic}). */
    public Map<String, Object> properties() {
        return shared;
    }

    /** The shared settings with this client's own on top. */
    public Map<String, Object> with(Map<String, ?> own) {
        Map<String, Object> config = new HashMap<>(shared);
        config.putAll(own);
        return config;
    }
}
