package io.newsflow.extract.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class ArticleFilesTest {

    @Test
    void aJsonArticleDatedToTheMinuteIsReadAsIngestReadsIt() throws IOException {
        assertThat(ArticleFiles.fromContent("{\"headline\": \"H\", \"text\": \"T\", \"publishedAt\": \"2019-11-20T10:43Z\"}")
                .publishedAt()).isEqualTo(Instant.parse("2019-11-20T10:43:00Z"));
        assertThat(ArticleFiles.fromContent("{\"headline\": \"H\", \"text\": \"T\", \"publishedAt\": \"2017-06-03\"}")
                .publishedAt()).isEqualTo(Instant.parse("2017-06-03T00:00:00Z"));
    }

    @Test
    void aDateInNoFormIngestReadsIsRefusedInIngestsWords() {
        assertThatThrownBy(() -> ArticleFiles.fromContent("{\"headline\": \"H\", \"text\": \"T\", \"publishedAt\": \"June 3\"}"))
                .isInstanceOf(IOException.class).hasMessageContaining("publishedAt 'June 3' is not an ISO-8601");
    }
}
