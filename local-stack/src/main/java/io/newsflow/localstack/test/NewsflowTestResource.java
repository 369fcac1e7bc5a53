package io.newsflow.localstack.test;

import java.util.Map;

import io.newsflow.localstack.infra.Infrastructure;
import io.newsflow.localstack.infra.InfrastructureFactory;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives a service's {@code @QuarkusTest}s a real Kafka broker and a real PostgreSQL. One pair serves
 * every test class of a JVM: starting them is the slow part, and tests use distinct ids anyway.
 */
public class NewsflowTestResource implements QuarkusTestResourceLifecycleManager {
    private static Infrastructure infrastructure;

    /** The running infrastructure, for tests that stop and start the broker. */
    public static synchronized Infrastructure infrastructure() {
        if (infrastructure == null) {
            infrastructure = InfrastructureFactory.startForTests();
            Runtime.getRuntime().addShutdownHook(new Thread(infrastructure::close, "newsflow-test-infra-stop"));
        }
        return infrastructure;
    }

    @Override
    public Map<String, String> start() {
        Infrastructure running = infrastructure();
        return Map.of(
                "kafka.bootstrap.servers", running.kafkaBootstrapServers(),
                "quarkus.datasource.jdbc.url", running.jdbcUrl(),
                "quarkus.datasource.username", running.databaseUser(),
                "quarkus.datasource.password", running.databasePassword());
    }

    @Override
    public void stop() {
        // Shared by every test class in this JVM; the shutdown hook stops it.
    }
}
