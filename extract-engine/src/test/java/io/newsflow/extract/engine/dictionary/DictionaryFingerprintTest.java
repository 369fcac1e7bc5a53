package io.newsflow.extract.engine.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.newsflow.extract.engine.SharedEngine;

class DictionaryFingerprintTest {

    @Test
    void everyDictionaryFileCountsInTheFingerprint() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/dictionaries"))) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .isEqualTo(DictionaryFingerprint.FILES.stream().sorted().toList());
        }
    }

    @Test
    void theExtractorVersionCarriesTheFingerprint() {
        String fingerprint = DictionaryFingerprint.compute();
        assertThat(fingerprint).matches("[0-9a-f]{12}").isEqualTo(DictionaryFingerprint.compute());
        assertThat(SharedEngine.ENGINE.extractor().version()).endsWith("+" + fingerprint);
    }
}
