package io.newsflow.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.newsflow.common.rest.ProblemException;

class ArticleNormaliserTest {

    @Test
    void controlCharactersGoLineBreaksStay() {
        assertThat(ArticleNormaliser.clean("Talks\u0000 went\u0007 on\nfor\thours\u001b")).isEqualTo("Talks went on\nfor\thours");
    }

    @Test
    void deleteAndTheC1ControlsGoTooButNotTheCharactersAroundThem() {
        assertThat(ArticleNormaliser.clean("a\u007Fb\u0080c\u0085d\u009Fe\u00A0f\u00A9")).isEqualTo("abcde\u00A0f\u00A9");
        String clean = "Nothing to drop here.";
        assertThat(ArticleNormaliser.withoutControlCharacters(clean)).isSameAs(clean);
    }

    @Test
    void decomposedCharactersAreComposed() {
        assertThat(ArticleNormaliser.clean("Cafe\u0301")).isEqualTo("Café");
    }

    @Test
    void blankBecomesAbsent() {
        assertThat(ArticleNormaliser.clean(" \u0000 ")).isNull();
    }

    @Test
    void datesAndDateTimesAreAccepted() {
        assertThat(ArticleNormaliser.parseDate("2017-06-03")).isEqualTo(Instant.parse("2017-06-03T00:00:00Z"));
        assertThat(ArticleNormaliser.parseDate("2017-06-03T12:00:00+03:00")).isEqualTo(Instant.parse("2017-06-03T09:00:00Z"));
        assertThatThrownBy(() -> ArticleNormaliser.parseDate("June 3")).isInstanceOf(ProblemException.class)
                .hasMessageContaining("June 3");
    }
}
