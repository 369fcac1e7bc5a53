package io.newsflow.extract.engine.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeExpressionsTest {
    private static final LocalDate JAN_3_2018 = LocalDate.of(2018, 1, 3); // a Wednesday

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The launch took place on May 29.|2017-05-29|2017-06-03",
        "In December 2017, the council voted.|2017-12|2017-06-03",
        "Tensions rose in early 2016 when it tested.|2016|2017-06-03",
        "This year, North Korea fired nine missiles.|2017|2017-06-03",
        "The minister said on Friday.|2017-06-02|2017-06-03",
        "The roadmap was drafted more than a year ago.|2016|2017-06-03",
        "In September 2016, Pyongyang carried out a test.|2016-09|2017-06-03",
        "The talks collapsed on December 30.|2017-12-30|2018-01-03",
        "He arrived yesterday.|2018-01-02|2018-01-03",
        // a time of the day itself: the article's day, and "last night" the one before
        "The two leaders signed the accord this evening.|2018-01-03|2018-01-03",
        "Rebels attacked the town last night.|2018-01-02|2018-01-03",
        "The vote was held last year.|2017|2018-01-03",
        "Protesters marched last Sunday.|2017-12-31|2018-01-03",
        // a Wednesday article: the week before runs from Monday 2018-01-22
        "On Sunday last week, the troops exchanged fire.|2018-01-28|2018-01-31",
        "The envoy arrives on Tuesday next week.|2018-02-06|2018-01-31",
        // counted back from the article's date (issue 13 point 7)
        "The embassy was closed two days ago.|2018-01-29|2018-01-31",
        "The talks began three weeks ago.|2018-01|2018-01-31",
        "A week ago, the president visited the Kingdom.|2018-01-24|2018-01-31",
        "He had telephoned the minister the previous evening.|2018-01-30|2018-01-31",
        "The envoy left six months ago.|2017-07|2018-01-31",
        "The border was closed 2 years ago.|2016|2018-01-31",
        // "a plan to" is a noun, not the future: the March before the article's May
        "Yoon visited Tokyo in March, following Seoul's plan to compensate laborers.|2023-03|2023-05-07",
        "Germany would open a consulate in October.|2023-10|2023-05-07",
        // a day with "last year" or "next year" after it is a day of that year
        "The troops left on August 31 last year.|2021-08-31|2022-08-02",
        "The treaty expires on 5 May next year.|2023-05-05|2022-08-02",
    })
    void resolvesAgainstTheArticleDate(String sentence, String expected, String articleDate) {
        List<TimeMention> found = TimeExpressions.find(sentence, 0, sentence.length(), LocalDate.parse(articleDate), null);
        assertThat(found).isNotEmpty();
        assertThat(found.get(0).point().text()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"It may be settled soon.", "Resolution 2356 was adopted."})
    void wordsThatOnlyLookLikeDatesAreNot(String sentence) {
        assertThat(TimeExpressions.find(sentence, 0, sentence.length(), JAN_3_2018, null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"More missiles were fired during the year.|2016", "A year earlier it had refused.|2015",
        "Maduro broke off relations with Bogota that year.|2016", "Later that same year it withdrew.|2016"})
    void countsFromTheYearTheTextLastNamed(String sentence, String expected) {
        List<TimeMention> found = TimeExpressions.find(sentence, 0, sentence.length(), LocalDate.of(2017, 6, 3), 2016);
        assertThat(found.get(0).point().text()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the last day named before the expression is its anchor: Sunday 2018-01-07, not the article's date
        "The rebels said on Sunday they would talk, a day after they raided the depot.|2018-01-06",
        "The envoy landed on Sunday, two days before the talks open.|2018-01-09",
        "The ministers met on Sunday and signed the accord two days later.|2018-01-09",
        "The army struck on Sunday; three days earlier it had warned the villagers.|2018-01-04",
    })
    void countsDaysFromTheDayTheSentenceNames(String sentence, String expected) {
        List<TimeMention> found = TimeExpressions.find(sentence, 0, sentence.length(), LocalDate.of(2018, 1, 9), null);
        assertThat(found).hasSize(2);
        assertThat(found.get(1).point().text()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the paragraph's earlier sentence named Monday 2018-01-01; the article is of Wednesday 2018-01-03
        "Police detained 40 people the same day.|2018-01-01|2018-01-01",
        "The previous day, the governor had resigned.|2018-01-01|2017-12-31",
        "A day earlier, the governor had resigned.|2018-01-01|2017-12-31",
        "The strike ended the following day.|2018-01-01|2018-01-02",
        "Earlier in the day, the minister met the envoy.|2018-01-01|2018-01-01",
        // no day named before: the article's date is the anchor
        "Police detained 40 people the same day.||2018-01-03",
        "The envoy flew home two weeks later.||2018-01",
    })
    void countsDaysFromTheDayTheParagraphNamedBefore(String sentence, LocalDate paragraphDay, String expected) {
        List<TimeMention> found = TimeExpressions.find(sentence, 0, sentence.length(), JAN_3_2018, null, paragraphDay);
        assertThat(found).singleElement().satisfies(t -> assertThat(t.point().text()).isEqualTo(expected));
    }

    @Test
    void aDayAfterLeadingTheSentenceDatesNothingWithoutADayNamedBeforeIt() {
        // the protest is two days after a vote whose day the text does not give
        String sentence = "Two days after the vote, the opposition protested.";
        assertThat(TimeExpressions.find(sentence, 0, sentence.length(), JAN_3_2018, null, LocalDate.of(2018, 1, 1)))
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Algeria cut ties in August 2021 and closed its airspace the following month.|2021-09",
        "Indonesia invaded the colony in 1975 and annexed it the following year.|1976",
        "He was first elected in 2014 and re-elected two years later.|2016",
        "The talks opened on 3 May 2019; the previous month the envoys had met.|2019-04",
    })
    void countsMonthsAndYearsFromTheTimeTheSentenceNamedBefore(String sentence, String expected) {
        List<TimeMention> found = TimeExpressions.find(sentence, 0, sentence.length(), JAN_3_2018, null);
        assertThat(found).hasSize(2);
        assertThat(found.get(1).point().text()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"The envoy returned a year later.",
        "The bridge opened two years later than planned in 2018."})
    void monthsAndYearsLaterDateNothingWithoutATimeBeforeThemOrBeforeThan(String sentence) {
        assertThat(TimeExpressions.find(sentence, 0, sentence.length(), JAN_3_2018, null))
                .noneMatch(t -> sentence.substring(t.start(), t.end()).contains("later"));
    }
}
