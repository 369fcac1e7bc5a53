package io.newsflow.localstack.test;

import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.security.plain.PlainLoginModule;

import io.newsflow.localstack.infra.EmbeddedKafka;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A Kafka broker of its own whose client listener admits only one SASL/PLAIN user, and the
 * {@code kafka.*} settings a service needs to use it: for tests showing that every Kafka client of a
 * service takes the service's whole Kafka configuration, not the bootstrap servers alone. Use it
 * from a test profile that disables the global resources (its broker replaces the shared one).
 */
public class SaslKafkaTestResource implements QuarkusTestResourceLifecycleManager {
    public static final String USER = "newsflow";
    /** Fresh per JVM, so only a client given the service's settings can know it. */
    public static final String PASSWORD = "secret-" + UUID.randomUUID();

    private static EmbeddedKafka kafka;

    /** Connection settings for a test's own clients: the SASL listener, and these credentials. */
    public static synchronized Map<String, Object> connection(String user, String password) {
        if (kafka == null) {
            throw new IllegalStateException("The SASL broker is not running");
        }
        return Map.of(
                CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, kafka.saslBootstrapServers(),
                CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT",
                SaslConfigs.SASL_MECHANISM, "PLAIN",
                SaslConfigs.SASL_JAAS_CONFIG, jaas(user, password));
    }

    /** The SASL listener's address, for a client that is given nothing else. */
    public static synchronized String saslBootstrapServers() {
        return kafka.saslBootstrapServers();
    }

    @Override
    public synchronized Map<String, String> start() {
        if (kafka == null) {
            kafka = new EmbeddedKafka(null, 0).withSaslPlainUsers(Map.of(USER, PASSWORD)).start();
        }
        return Map.of(
                "kafka.bootstrap.servers", kafka.saslBootstrapServers(),
                "kafka.security.protocol", "SASL_PLAINTEXT",
                "kafka.sasl.mechanism", "PLAIN",
                "kafka.sasl.jaas.config", jaas(USER, PASSWORD));
    }

    @Override
    public synchronized void stop() {
        if (kafka != null) {
            kafka.close();
            kafka = null;
        }
    }

    private static String jaas(String user, String password) {
        return PlainLoginModule.class.getName() + " required username=\"" + user + "\" password=\"" + password + "\";";
    }
}
