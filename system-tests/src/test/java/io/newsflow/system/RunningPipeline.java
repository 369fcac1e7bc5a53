package io.newsflow.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.newsflow.localstack.infra.EmbeddedInfrastructure;
import io.newsflow.localstack.infra.TopicSetup;
import io.newsflow.localstack.launcher.Pipeline;

/**
 * The whole pipeline as users run it: embedded Kafka and PostgreSQL, and the three packaged
 * services as separate JVMs on free ports, logging under target/system-test-logs.
 */
final class RunningPipeline implements AutoCloseable {
    private static final List<String> JVM_OPTIONS = List.of("-Xmx256m", "-XX:TieredStopAtLevel=1");
    /** Ingest runs in prod mode, which refuses to start without a key, as ./newsflow up gives it one. */
    static final String API_KEY = "system-test-key-" + java.util.UUID.randomUUID();

    final EmbeddedInfrastructure infrastructure;
    final Pipeline pipeline;

    private RunningPipeline(EmbeddedInfrastructure infrastructure, Pipeline pipeline) {
        this.infrastructure = infrastructure;
        this.pipeline = pipeline;
    }

    static RunningPipeline start(String testName) throws Exception {
        Path repository = repository();
        Path logs = repository.resolve("system-tests/target/system-test-logs").resolve(testName);
        Files.createDirectories(logs);
        EmbeddedInfrastructure infrastructure = EmbeddedInfrastructure.temporary();
        try {
            TopicSetup.createTopics(infrastructure.kafkaBootstrapServers());
            Pipeline pipeline = Pipeline.start(repository, infrastructure, Pipeline.ServicePorts.random(), logs,
                    JVM_OPTIONS, Map.of("NEWSFLOW_INGEST_API_KEYS", API_KEY), Duration.ofMinutes(2));
            return new RunningPipeline(infrastructure, pipeline);
        } catch (RuntimeException e) {
            infrastructure.close();
            throw e;
        }
    }

    String ingestUrl() {
        return pipeline.service(Pipeline.INGEST).spec().baseUrl();
    }

    String queryUrl() {
        return pipeline.service(Pipeline.QUERY).spec().baseUrl();
    }

    static Path repository() {
        return Path.of(System.getProperty("newsflow.repository", "..")).toAbsolutePath().normalize();
    }

    @Override
    public void close() {
        try {
            pipeline.close();
        } finally {
            infrastructure.close();
        }
    }
}
