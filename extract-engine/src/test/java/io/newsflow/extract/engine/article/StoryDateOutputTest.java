package io.newsflow.extract.engine.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.newsflow.contract.AnalysedArticle;
import io.newsflow.contract.DatePrecision;
import io.newsflow.contract.RawArticle;
import io.newsflow.extract.cli.ArticleFiles;
import io.newsflow.extract.engine.SharedEngine;

/** What the analysed article says about its date when nothing in or around the story gives one. */
class StoryDateOutputTest {
    private static final String UNDATED = "CONAKRY, Guinea (AP) — Soldiers detained the president on Sunday after "
            + "hours of gunfire near the palace, the army said.\nThe government condemned the attack.";

    @Test
    void aStoryNothingDatesHasADatelineWithoutADate() {
        AnalysedArticle a = analyse(UNDATED, null, "2026-12-03");
        assertThat(a.dateline().place()).isEqualTo("CONAKRY, Guinea");
        assertThat(a.dateline().agency()).isEqualTo("AP");
        // the arrival would only be a guess presented as printed; consumers fall back to the time received
        assertThat(a.dateline().date()).isNull();
        assertThat(a.dateline().datePrecision()).isNull();
        assertThat(a.dateline().confidence()).isNull();
    }

    @Test
    void itsUntimedEventsStillTakeTheMonthItArrivedIn() {
        AnalysedArticle a = analyse(UNDATED, null, "2026-12-03");
        assertThat(a.events()).anySatisfy(e -> assertThat(e.datePrecision()).isEqualTo(DatePrecision.MONTH));
        assertThat(a.events()).allSatisfy(e -> {
            if (e.datePrecision() == DatePrecision.MONTH) {
                assertThat(e.date()).isEqualTo("2026-12");
            }
        });
    }

    @Test
    void publishedAtDatesTheSameStory() {
        AnalysedArticle a = analyse(UNDATED, Instant.parse("2021-09-05T18:00:00Z"), "2026-12-03");
        assertThat(a.dateline().date()).isEqualTo("2021-09-05");
        assertThat(a.dateline().datePrecision()).isEqualTo(DatePrecision.DAY);
    }

    private static AnalysedArticle analyse(String text, Instant publishedAt, String arrivalDay) {
        RawArticle article = ArticleFiles.article("A story", null, text, null, "test", null, "text/plain");
        return SharedEngine.ENGINE.analyse(new RawArticle(article.schemaVersion(), article.id(),
                Instant.parse(arrivalDay + "T12:00:00Z"), article.source(), article.url(), publishedAt,
                article.language(), article.contentType(), article.headline(), article.subtitle(), article.text(),
                article.contentSha256()));
    }
}
