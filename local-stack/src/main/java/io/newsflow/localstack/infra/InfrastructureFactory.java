package io.newsflow.localstack.infra;

import java.util.Locale;

/**
 * Chooses where tests get Kafka and PostgreSQL: Testcontainers when a Docker engine answers,
 * the embedded pair otherwise. {@code -Dnewsflow.test.infra=containers|embedded} forces one.
 */
public final class InfrastructureFactory {
    public static final String MODE_PROPERTY = "newsflow.test.infra";

    private InfrastructureFactory() {
    }

    public static Infrastructure startForTests() {
        String mode = System.getProperty(MODE_PROPERTY, "auto").toLowerCase(Locale.ROOT);
        Infrastructure infrastructure = switch (mode) {
            case "containers" -> ContainerInfrastructure.start();
            case "embedded" -> EmbeddedInfrastructure.temporary();
            case "auto", "" -> ContainerInfrastructure.dockerAvailable()
                    ? ContainerInfrastructure.start()
                    : EmbeddedInfrastructure.temporary();
            default -> throw new IllegalArgumentException(
                    MODE_PROPERTY + " must be containers, embedded or auto, not '" + mode + "'");
        };
        TopicSetup.createTopics(infrastructure.kafkaBootstrapServers());
        return infrastructure;
    }
}
