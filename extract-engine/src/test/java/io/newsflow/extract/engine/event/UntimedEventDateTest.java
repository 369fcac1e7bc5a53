package io.newsflow.extract.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsflow.contract.DatePrecision;
import io.newsflow.contract.NewsEvent;
import io.newsflow.extract.engine.SharedEngine;

/** Issue 13 point 7: an event whose sentence names no time happened on the story's day, when that day is known. */
class UntimedEventDateTest {

    private static List<NewsEvent> events(String body) {
        return SharedEngine.analyse("Headline", body).events();
    }

    private static List<String> datesBySource(String body) {
        return events(body).stream().map(e -> e.source().countryCode() + " " + e.date()).toList();
    }

    /** The date and precision of the one event the body holds. */
    private static List<Object> onlyDate(String body) {
        List<NewsEvent> e = events(body);
        assertThat(e).hasSize(1);
        return List.of(e.get(0).date(), e.get(0).datePrecision());
    }

    @Test
    void anUntimedEventTakesTheDatelinesDay() {
        assertThat(onlyDate("ANKARA, March 12, 2024 (Reuters) - Turkey sharply criticized Greece over the island dispute."))
                .containsExactly("2024-03-12", DatePrecision.DAY);
    }

    @Test
    void anEventLastMonthKeepsMonthPrecision() {
        assertThat(onlyDate("ANKARA, March 12, 2024 (Reuters) - Turkey sharply criticized Greece last month."))
                .containsExactly("2024-02", DatePrecision.MONTH);
    }

    @Test
    void withoutAKnownDayTheEventKeepsTheMonth() {
        // no dateline and no publishedAt: the article's date is only the day it arrived, so the month it arrived in
        String arrivalMonth = YearMonth.now(ZoneOffset.UTC).toString();
        List<Object> date = onlyDate("Turkey sharply criticized Greece over the island dispute.");
        assertThat(date.get(1)).isEqualTo(DatePrecision.MONTH);
        assertThat(date.get(0)).isIn(arrivalMonth, YearMonth.now(ZoneOffset.UTC).toString());
    }

    @Test
    void aPerfectAnUnreportedPlanOrAStateLeavesTheDayOpenButAReportedPlanIsTheStatementsDay() {
        assertThat(datesBySource("ANKARA, March 12, 2024 (Reuters) - Turkey has sharply criticized Greece.\n"
                + "Turkey will criticize Greece again.\n"
                + "Turkey is criticizing Greece.\n"
                + "Officials said Turkey would criticize Greece again."))
                .containsExactly("TUR 2024-03", "TUR 2024-03", "TUR 2024-03", "TUR 2024-03-12");
    }

    /** Issue 13 point 9: one list of plan words (plan-words.txt) for intents and for their dates. */
    @Test
    void aPlanOfAnyPlanWordLeavesTheDayOpen() {
        assertThat(datesBySource("ANKARA, March 12, 2024 (Reuters) - Turkey is poised to criticize Greece.\n"
                + "Turkey is slated to criticize Greece again."))
                .containsExactly("TUR 2024-03", "TUR 2024-03");
    }

    /** A plan word is a plan before "to" or right before the event; "set a deadline" on the day is no plan. */
    @Test
    void aPlanWordIsAPlanOnlyBeforeToOrTheEventItself() {
        assertThat(datesBySource("ANKARA, March 12, 2024 (Reuters) - Turkey set a deadline and criticized Greece.\n"
                + "Turkey is set to criticize Greece again."))
                .containsExactly("TUR 2024-03-12", "TUR 2024-03");
    }

    /** Issue 13 point 9: what reports a plan is any verb of speech-verbs.txt, not a shorter list of its own. */
    @Test
    void aPlanReportedWithAnyVerbOfSayingIsTheStatementsDay() {
        assertThat(datesBySource("ANKARA, March 12, 2024 (Reuters) - Officials stressed Turkey would criticize Greece.\n"
                + "Officials warned Turkey would criticize Greece again."))
                .containsExactly("TUR 2024-03-12", "TUR 2024-03-12");
    }

    @Test
    void aStatementTheSentenceCallsEarlierKeepsTheMonth() {
        assertThat(datesBySource("ANKARA, March 12, 2024 (Reuters) - Turkey earlier criticized Greece."))
                .containsExactly("TUR 2024-03");
    }
    /** A present perfect tells an undated past: a day the sentence names belongs to another verb. */
    @Test
    void aPresentPerfectTakesNoDayFromAnotherClause() {
        assertThat(events("ANKARA, Thursday, March 14, 2024 (Reuters) - Turkish diplomats met on Tuesday as a "
                + "newspaper said Turkey has sharply criticized Greece.\n"
                + "Turkey sharply criticized Greece on Tuesday."))
                .filteredOn(e -> e.cameo().root().equals("11")).extracting(NewsEvent::date)
                .containsExactly("2024-03", "2024-03-12");
    }

    /** "the clash happened on Friday night": a later sentence gives the time of an event told before it. */
    @Test
    void aLaterSentenceThatTimesTheEventDatesIt() {
        List<NewsEvent> found = events("DHAKA, Saturday, March 16, 2024 (AFP) - An army spokesman said on Saturday "
                + "that Bangladeshi troops clashed with Myanmar troops near the border.\n"
                + "The spokesman told reporters the clash happened at about 10 p.m. on Friday night.\n"
                + "Bangladesh also protested to Myanmar.");
        assertThat(found).extracting(e -> e.cameo().root() + " " + e.date())
                .containsExactlyInAnyOrder("19 2024-03-15", "19 2024-03-15", "11 2024-03-16");
    }

    /** The time of a meeting does not date a clash, and a sentence two back is as far as the follow-up reaches. */
    @Test
    void aFollowUpDatesOnlyEventsItsNounCanNameAndOnlyJustBefore() {
        List<NewsEvent> found = events("DHAKA, Saturday, March 16, 2024 (AFP) - Bangladeshi troops clashed with "
                + "Myanmar troops near the border.\n"
                + "Bangladesh protested to Myanmar.\n"
                + "The meeting took place on Friday.");
        assertThat(found).extracting(e -> e.cameo().root() + " " + e.date())
                .contains("19 2024-03-16").doesNotContain("19 2024-03-15");
    }

    @Test
    void aPastPerfectSomeoneReportsIsTheReportsDayUnlessTheyRecallIt() {
        assertThat(datesBySource("ANKARA, March 12, 2024 (Reuters) - Officials said Turkey had sharply criticized Greece.\n"
                + "She recalled that Turkey had criticized Greece.\n"
                + "Turkey had criticized Greece."))
                .containsExactly("TUR 2024-03-12", "TUR 2024-03", "TUR 2024-03");
    }
}
