package io.newsflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * docker-compose.yml can only be run where a Docker engine is, so this checks what can be checked
 * anywhere: every variable it sets for a service is a configuration key that service reads.
 */
class ComposeFileTest {

    @ParameterizedTest
    @ValueSource(strings = {"ingest-service", "extract-service", "query-service"})
    void everyEnvironmentVariableIsAConfigKeyOfItsService(String service) throws IOException {
        JsonNode compose = new ObjectMapper(new YAMLFactory())
                .readTree(RunningPipeline.repository().resolve("docker-compose.yml").toFile());
        JsonNode environment = compose.path("services").path(service).path("environment");
        assertThat(environment.size()).as("variables of %s", service).isPositive();

        List<String> unknown = new ArrayList<>();
        environment.fieldNames().forEachRemaining(variable -> {
            if (configKeysOf(service).stream().noneMatch(key -> environmentName(key).equals(variable))) {
                unknown.add(variable);
            }
        });

        assertThat(unknown).as("variables no config key of %s maps to", service).isEmpty();
    }

    /** MicroProfile Config's rule: non-alphanumerics become underscores, letters upper case. */
    private static String environmentName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    private static List<String> configKeysOf(String service) {
        Path properties = RunningPipeline.repository().resolve(service)
                .resolve("src/main/resources/application.properties");
        Properties loaded = new Properties();
        try (Reader reader = Files.newBufferedReader(properties)) {
            loaded.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return loaded.stringPropertyNames().stream().map(key -> key.replaceFirst("^%\\w+\\.", "")).toList();
    }
}
