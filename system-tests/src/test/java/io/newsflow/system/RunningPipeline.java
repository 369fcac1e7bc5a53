package io.newsflow.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import io.newsflow.localstack.infra.EmbeddedInfrastructure;
import io.newsflow.localstack.infra.TopicSetup;
import io.newsflow.localstack.launcher.Pipeline;

/**
 * The whole pipeline as users run it, for one test class: embedded Kafka and PostgreSQL, and the
 * three packaged services as separate JVMs on free ports, logging under target/system-test-logs.
 * Register it with {@code @RegisterExtension static final RunningPipeline running = new RunningPipeline("name")}.
 */
final class RunningPipeline implements BeforeAllCallback, AfterAllCallback {
    private static final List<String> JVM_OPTIONS = List.of("-Xmx256m", "-XX:TieredStopAtLevel=1");
    /** Ingest runs in prod mode, which refuses to start without a key, as ./newsflow up gives it one. */
    static final String API_KEY = "system-test-key-" + java.util.UUID.randomUUID();

    private final String name;
    private final Map<String, Map<String, String>> serviceEnvironment;
    EmbeddedInfrastructure infrastructure;
    Pipeline pipeline;

    RunningPipeline(String name) {
        this(name, Map.of());
    }

    /** With more environment for single services, by service name: settings a test needs. */
    RunningPipeline(String name, Map<String, Map<String, String>> serviceEnvironment) {
        this.name = name;
        this.serviceEnvironment = Map.copyOf(serviceEnvironment);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Path logs = repository().resolve("system-tests/target/system-test-logs").resolve(name);
        Files.createDirectories(logs);
        infrastructure = EmbeddedInfrastructure.temporary();
        TopicSetup.createTopics(infrastructure.kafkaBootstrapServers());
        pipeline = Pipeline.start(repository(), infrastructure, Pipeline.ServicePorts.random(), logs, JVM_OPTIONS,
                // short warm-ups: the paths run at every extract and query start, without their 30 s and 20 s on each
                Map.of("NEWSFLOW_INGEST_API_KEYS", API_KEY, "NEWSFLOW_EXTRACT_WARM_UP_ANALYSES", "200",
                        "NEWSFLOW_QUERY_WARM_UP_ANALYSES", "200"),
                serviceEnvironment, Duration.ofMinutes(2));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            if (pipeline != null) {
                pipeline.close();
            }
        } finally {
            if (infrastructure != null) {
                infrastructure.close();
            }
        }
    }

    String ingestUrl() {
        return pipeline.service(Pipeline.INGEST).spec().baseUrl();
    }

    String queryUrl() {
        return pipeline.service(Pipeline.QUERY).spec().baseUrl();
    }

    String kafkaBootstrapServers() {
        return infrastructure.kafkaBootstrapServers();
    }

    static Path repository() {
        return Path.of(System.getProperty("newsflow.repository", "..")).toAbsolutePath().normalize();
    }
}
