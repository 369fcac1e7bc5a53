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

    /** A dateline may run one day ahead of the arrival's UTC date (east of UTC), never two. */
    @Test
    void aDayTwoDaysAfterTheArrivalIsLastYearsAndTheNextDayThisYears() {
        String later = "NAIROBI, November 27 (Xinhua) - Kenya welcomed the agreement.";
        assertThat(ArticleDating.date(DatelineParser.parse(later), later, null, RECEIVED).date())
                .isEqualTo(LocalDate.of(2025, 11, 27));
        String tomorrow = "TOKYO, November 26 (Kyodo) - Japan welcomed the agreement.";
        assertThat(ArticleDating.date(DatelineParser.parse(tomorrow), tomorrow, null, RECEIVED).date())
                .isEqualTo(LocalDate.of(2026, 11, 26));
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

    @Test
    void anOldYearOnlyBoundsTheSearchBackFromTheArrival() {
        // 1949 would otherwise anchor the weekday search in 1950
        String body = "MOSCOW, January 17. /TASS/: The ombudswoman said on Tuesday that talks went on.\n"
                + "Prisoners are protected under the 1949 Geneva Conventions.";
        ArticleDate date = ArticleDating.date(DatelineParser.parse(body), body, null, RECEIVED);
        assertThat(date.date()).isEqualTo(LocalDate.of(2023, 1, 17));
    }

    @Test
    void aYearInANameAnchorsTheWeekdaySearch() {
        String body = "YINCHUAN, Aug. 9 (Xinhua) -- SHIELD-2021, a joint exercise, kicked off Monday at a base.";
        ArticleDate date = ArticleDating.date(DatelineParser.parse(body), body, null, RECEIVED);
        assertThat(date.date()).isEqualTo(LocalDate.of(2021, 8, 9));
    }

    @Test
    void aWeekdaySinceWhichSomethingHappenedDoesNotDateTheStory() {
        String body = "KABUL, Feb. 5 (Xinhua) -- Strikes went on since Saturday, officials said Monday.";
        ArticleDate date = ArticleDating.date(DatelineParser.parse(body), body, null, RECEIVED);
        assertThat(date.date().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
    }

    @Test
    void aPastYearAfterByIsNoDeadline() {
        assertThat(ArticleDating.latestPastYear("The reform, adopted by decree in December 2024, was contested.", 1, 5))
                .isEqualTo(2025);
        assertThat(ArticleDating.latestPastYear("Emissions will be halved by 2030.", 1, 5)).isNull();
        assertThat(ArticleDating.latestPastYear("The ceasefire holds until March 2031.", 1, 5)).isNull();
    }

    @Test
    void theYearIsNeverAfterTheArrival() {
        String body = "SEOUL, Dec. 1 (Yonhap) -- The talks ended on Thursday, the ministry said.";
        ArticleDate date = ArticleDating.date(DatelineParser.parse(body), body, null, RECEIVED);
        assertThat(date.date()).isBeforeOrEqualTo(LocalDate.of(2026, 11, 25));
    }

    @Test
    void aWeekdayStillToComeDoesNotDateTheNews() {
        // 2018-06-15 was a Friday, 2019-06-15 a Saturday: the Saturday the truce will start dates nothing
        String body = "MOSCOW, June 15. /TASS/. A truce that will take effect on Saturday was agreed, the ministry said "
                + "on Friday.\nIn 2016, the council tightened sanctions.";
        ArticleDate date = ArticleDating.date(DatelineParser.parse(body), body, null, RECEIVED);
        assertThat(date.date()).isEqualTo(LocalDate.of(2018, 6, 15));
    }

    @Test
    void aRangeOfYearsBoundsTheStoryByItsFirstYear() {
        String body = "YEREVAN, MARCH 14, ARMENPRESS. The ministers held talks on Thursday and signed a programme of "
                + "consultations for 2024-2025.";
        assertThat(ArticleDating.date(DatelineParser.parse(body), body, null, RECEIVED).date())
                .isEqualTo(LocalDate.of(2024, 3, 14)); // 2025-03-14 was a Friday
    }

    @org.junit.jupiter.api.Test
    void aWebStoryWithoutDateTakesTheFullDateItsLeadGives() {
        String body = "TEMPO.CO, Jakarta - The Indonesian government on Tuesday, January 7, 2025, welcomed the decision.";
        ArticleDate date = ArticleDating.date(DatelineParser.parse(body), body, null, RECEIVED);
        assertThat(date.date()).isEqualTo(java.time.LocalDate.of(2025, 1, 7));
        String bracketed = "Prime Minister Narendra Modi on Friday (August 23, 2024) told the Ukrainian president";
        assertThat(ArticleDating.date(DatelineParser.parse(bracketed), bracketed, null, RECEIVED).date())
                .isEqualTo(java.time.LocalDate.of(2024, 8, 23));
        String future = "The summit opens on 7 January 2099 in Jakarta.";
        assertThat(ArticleDating.date(DatelineParser.parse(future), future, null, RECEIVED).date().getYear())
                .isNotEqualTo(2099);
    }

    @Test
    void aWebStorysNewsDayIsTheWeekdayOrTheYesterdayItsLeadNames() {
        java.time.LocalDate published = java.time.LocalDate.of(2024, 4, 23); // a Tuesday
        String monday = "ISLAMABAD: Pakistan and Iran on Monday agreed to raise their trade.\nMore followed.";
        assertThat(ArticleDating.newsDay(DatelineParser.parse(monday), monday, published))
                .isEqualTo(java.time.LocalDate.of(2024, 4, 22));
        String yesterday = "Leaders of the bloc yesterday called for a ceasefire.\nThe summit ended.";
        assertThat(ArticleDating.newsDay(DatelineParser.parse(yesterday), yesterday, published))
                .isEqualTo(java.time.LocalDate.of(2024, 4, 22));
        String wire = "ISLAMABAD, April 22 (Reuters) - Pakistan and Iran on Monday agreed to raise their trade.";
        assertThat(ArticleDating.newsDay(DatelineParser.parse(wire), wire, published)).isNull();
    }

    @Test
    void aWeekdayInALongClauseOfTheFutureDatesNothing() {
        // February 9 was a Thursday in 2023; "from noon on Friday" is when the crossing will close
        String body = "Warsaw, Feb 9 (PAP) - Poland will close the Bobrowniki road border crossing with Belarus from noon "
                + "on Friday until further notice, the interior minister announced on Thursday.";
        ArticleDate date = ArticleDating.date(DatelineParser.parse(body), body, null, RECEIVED);
        assertThat(date.date()).isEqualTo(LocalDate.of(2023, 2, 9));
    }
}
