package io.newsflow.extract.engine.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.newsflow.contract.AnalysedArticle;
import io.newsflow.contract.RawArticle;
import io.newsflow.extract.cli.ArticleFiles;
import io.newsflow.extract.engine.SharedEngine;

class KnownActorsTest {

    @Test
    void aTitleIsTheSameOfficeOnlyWithTheSameQualifiers() {
        assertThat(KnownActors.sameOffice("Chinese Vice Premier", "Vice Premier")).isTrue();
        assertThat(KnownActors.sameOffice("Chinese Vice Premier", "Premier")).isFalse();
        assertThat(KnownActors.sameOffice("U.S. Secretary of State", "Secretary of State")).isTrue();
        assertThat(KnownActors.sameOffice("Defense Minister", "Defence Minister")).isTrue();
        assertThat(KnownActors.sameOffice("former President", "President")).isFalse();
    }

    @Test
    void theTermOfANamedOfficeHolderAndTheWeekdayDateTheStory() {
        // Aug. 6 fell on a Friday in 2021 and 2027; Blinken was Secretary of State 2021-2025
        AnalysedArticle a = SharedEngine.analyse("Phone talks",
                "SEOUL, Aug. 6 (Yonhap) -- Foreign Minister Chung Eui-yong and U.S. Secretary of State Antony Blinken "
                        + "held phone talks Friday, the ministry said.");
        assertThat(a.dateline().date()).isEqualTo("2021-08-06");
    }

    @Test
    void withoutANamedOfficeHolderTheWeekdayAloneSearchesBackFromTheArrival() {
        // arrival fixed, so the test does not change its answer when a later Aug. 6 falls on a Friday (2027)
        RawArticle article = ArticleFiles.article("Phone talks", null,
                "SEOUL, Aug. 6 (Yonhap) -- The two ministers held phone talks Friday, the ministry said.", null, "test",
                null, "text/plain");
        AnalysedArticle a = SharedEngine.ENGINE.analyse(new RawArticle(article.schemaVersion(), article.id(),
                Instant.parse("2026-12-03T12:00:00Z"), article.source(), article.url(), null, article.language(),
                article.contentType(), article.headline(), article.subtitle(), article.text(), article.contentSha256()));
        assertThat(a.dateline().date()).isEqualTo("2021-08-06"); // the latest Friday, Aug. 6 before the arrival
    }
}
