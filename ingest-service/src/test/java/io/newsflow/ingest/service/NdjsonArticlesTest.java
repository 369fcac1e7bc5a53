package io.newsflow.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Lines are found a buffer at a time: what falls across a buffer's end, or past the line limit, must not change. */
class NdjsonArticlesTest {
    private static final long NO_LIMIT = 32_000_000;

    private static List<UploadItem> read(String body, long maxLineChars) throws IOException {
        List<UploadItem> items = new ArrayList<>();
        NdjsonArticles.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), null, null, maxLineChars,
                UploadMetadata.NONE, items::add);
        return items;
    }

    private static String line(String headline, String text) {
        return "{\"headline\": \"" + headline + "\", \"text\": \"" + text + "\"}";
    }

    @Test
    void linesLongerThanTheReadBufferArriveWholeWithTheirNumbers() throws IOException {
        String longText = "Talks went on. ".repeat(10_000);
        String body = "\uFEFF" + line("First", "One.") + "\r\n\n" + line("Second", longText) + "\n"
                + line("Third", longText + "End.") + "\n" + line("Last", "No newline after it.");

        List<UploadItem> items = read(body, NO_LIMIT);

        assertThat(items).extracting(item -> item.position().line()).containsExactly(1, 3, 4, 5);
        assertThat(items).extracting(item -> item.fields().headline()).containsExactly("First", "Second", "Third", "Last");
        assertThat(items.get(1).fields().text()).isEqualTo(longText);
        assertThat(items.get(2).fields().text()).isEqualTo(longText + "End.");
        assertThat(items).allSatisfy(item -> assertThat(item.problem()).isNull());
    }

    @Test
    void aLineOverTheLimitIsRejectedAndTheNextLineIsRead() throws IOException {
        String tooLong = line("Long", "x".repeat(200_000));
        String fits = line("Short", "Fits.");

        List<UploadItem> items = read(tooLong + "\n" + fits + "\n", fits.length());

        assertThat(items).hasSize(2);
        assertThat(items.get(0).problem()).isNotNull();
        assertThat(items.get(0).problem().getMessage()).contains("longer than " + fits.length());
        assertThat(items.get(1).problem()).isNull();
        assertThat(items.get(1).fields().headline()).isEqualTo("Short");
        assertThat(items.get(1).position().line()).isEqualTo(2);
    }
}
