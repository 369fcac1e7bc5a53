package io.newsflow.bench.producer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** The baseline must use the producer ingest has: when ingest's settings change, change IngestProducerSettings. */
class IngestProducerSettingsTest {
    private static final String CHANNEL = "mp.messaging.outgoing.raw-articles-out.";

    @Test
    void areIngestsRawArticleProducerSettings() throws IOException {
        Properties ingest = new Properties();
        try (Reader in = Files.newBufferedReader(
                Path.of("../ingest-service/src/main/resources/application.properties"))) {
            ingest.load(in);
        }

        IngestProducerSettings.SETTINGS.forEach((key, value) ->
                assertThat(ingest.getProperty(CHANNEL + key)).as(key).isEqualTo(value));
        ingest.stringPropertyNames().stream().filter(key -> key.startsWith(CHANNEL))
                .map(key -> key.substring(CHANNEL.length()))
                .filter(key -> key.contains(".") && !key.endsWith(".serializer") && !key.endsWith(".timeout.ms")
                        && !key.equals("max.block.ms"))
                .forEach(key -> assertThat(IngestProducerSettings.SETTINGS).as("ingest sets " + key).containsKey(key));
    }
}
