package io.newsflow.localstack.launcher;

import java.nio.file.Path;
import java.util.Map;

/**
 * One service to run as a process: the packaged Quarkus application under {@code module}, its HTTP
 * port and the environment that wires it to Kafka and PostgreSQL.
 */
public record ServiceSpec(String name, Path module, int port, Map<String, String> environment) {

    public Path runnerJar() {
        return module.resolve("target/quarkus-app/quarkus-run.jar");
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }
}
