package io.newsflow.common.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class KafkaClientConfigTest {
    private final KafkaClientConfig config = new KafkaClientConfig(Map.of(
            "bootstrap.servers", "broker:9093",
            "security.protocol", "SASL_SSL",
            "sasl.mechanism", "PLAIN",
            "sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required;",
            "ssl.truststore.location", "/etc/kafka/truststore.p12",
            "group.id", "newsflow-query",
            "transactional.id", "newsflow-extract-0"));

    @Test
    void everyConnectionSettingReachesTheClientsButNotTheChannelsIdentity() {
        assertThat(config.properties()).containsOnlyKeys("bootstrap.servers", "security.protocol", "sasl.mechanism",
                "sasl.jaas.config", "ssl.truststore.location");
    }

    @Test
    void aClientsOwnSettingsGoOnTop() {
        Map<String, Object> producer = config.with(Map.of("acks", "all", "security.protocol", "SSL"));

        assertThat(producer).containsEntry("acks", "all").containsEntry("security.protocol", "SSL")
                .containsEntry("sasl.mechanism", "PLAIN").doesNotContainKey("group.id");
        assertThat(config.properties()).containsEntry("security.protocol", "SASL_SSL");
    }
}
