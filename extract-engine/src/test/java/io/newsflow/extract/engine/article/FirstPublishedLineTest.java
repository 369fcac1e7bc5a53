package io.newsflow.extract.engine.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import io.newsflow.contract.AnalysedArticle;
import io.newsflow.extract.engine.SharedEngine;

class FirstPublishedLineTest {

    @Test
    void theClosingLineOfACanadianPressStoryGivesItsDayAndAgency() {
        FirstPublishedLine line = FirstPublishedLine.of("OTTAWA — Canada hit back.\n\nThis report by The Canadian "
                + "Press was first published March 4, 2025.");
        assertThat(line).isEqualTo(new FirstPublishedLine("The Canadian Press", LocalDate.of(2025, 3, 4)));
        assertThat(FirstPublishedLine.of("It was first published in 1990 as a pamphlet.")).isNull();
        assertThat(FirstPublishedLine.of("ISLAMABAD: Mr Khan was arrested on Tuesday.\nPublished in Dawn, May 10th, 2023"))
                .isEqualTo(new FirstPublishedLine("Dawn", LocalDate.of(2023, 5, 10)));
        assertThat(FirstPublishedLine.of("The study was published in Nature, a journal.")).isNull();
    }

    @Test
    void aStoryWhoseDatelineHasNoDateIsDatedByItsClosingLineWhichCodesNothing() {
        AnalysedArticle a = SharedEngine.analyse("Tariffs", "OTTAWA — Canada slapped tariffs on American goods on "
                + "Tuesday.\n\nThis report by The Canadian Press was first published March 4, 2025.");
        assertThat(a.dateline().date()).isEqualTo("2025-03-04");
        assertThat(a.dateline().agency()).isEqualTo("The Canadian Press");
        assertThat(a.entities()).noneMatch(e -> e.name().contains("Canadian Press")); // the credit names no actor
    }

    @Test
    void theAgencyThatFiledTheStoryIsNoEntityOfItEvenWhenItsCreditClosesTheStory() {
        AnalysedArticle a = SharedEngine.analyse("Ceasefire", "Muscat, May 6 (ONA)-- Oman announced a ceasefire between "
                + "the United States and Yemen. --ONA");
        assertThat(a.entities()).noneMatch(e -> e.name().equals("Oman News Agency"));
    }

}
