package io.newsflow.extract.engine.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ArticleDatingTest {
    private static final Instant RECEIVED = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void aPastMonthLaterInTheYearPutsTheStoryInTheNextYear() {
        String body = "MOSCOW, June 15. /TASS/. Russia is for modifying the sanctions, she said.\n"
                + "In December 2017, the UN Security Council voted for a resolution.";
        ArticleDate date = ArticleDating.date(DatelineParser.parse(body), body, null, RECEIVED);
        assertThat(date.date()).isEqualTo(LocalDate.of(2018, 6, 15));
    }

    @Test
    void theWeekdayOfTheLeadPicksTheYear() {
        String body = "MOSCOW, June 15. /TASS/. Russia backs talks, the spokeswoman said on Friday.\n"
                + "In 2016, the council tightened sanctions.";
        ArticleDate date = ArticleDating.date(DatelineParser.parse(body), body, null, RECEIVED);
        assertThat(date.date()).isEqualTo(LocalDate.of(2018, 6, 15)); // 2017-06-15 was a Thursday
        assertThat(date.confidence()).isGreaterThan(0.8);
    }

    @Test
    void aWeekdayAloneSearchesBackFromTheArrival() {
        String body = "KYIV, March 7 (Reuters) - Ukraine said on Friday it had shot down drones.";
        ArticleDate date = ArticleDating.date(DatelineParser.parse(body), body, null, RECEIVED);
        assertThat(date.date().getDayOfWeek().getValue()).isIn(5, 6);
        assertThat(date.date().getYear()).isLessThanOrEqualTo(2026);
    }

    @Test
    void publishedAtGivesTheYearOfAPrintedDay() {
        String body = "PARIS, Dec 31 (AFP) - Fireworks.";
        ArticleDate date = ArticleDating.date(DatelineParser.parse(body), body, Instant.parse("2025-01-01T01:00:00Z"), RECEIVED);
        assertThat(date.date()).isEqualTo(LocalDate.of(2024, 12, 31));
    }

    @Test
    void resolutionNumbersAreNotYears() {
        assertThat(ArticleDating.latestPastYear("the UN Security Council resolution 2356 was adopted", 6, 3)).isNull();
    }
}
