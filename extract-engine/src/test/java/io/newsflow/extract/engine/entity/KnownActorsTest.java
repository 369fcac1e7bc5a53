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
        AnalysedArticle a = analyseArrivedOn("2026-12-03",
                "SEOUL, Aug. 6 (Yonhap) -- The two ministers held phone talks Friday, the ministry said.");
        assertThat(a.dateline().date()).isEqualTo("2021-08-06"); // the latest Friday, Aug. 6 before the arrival
    }

    @Test
    void aSpokeswomanHoldsTheOfficeTheDictionaryCallsSpokesman() {
        assertThat(KnownActors.sameOffice("State Department spokeswoman", "State Department spokesman")).isTrue();
        assertThat(KnownActors.sameOffice("Foreign Ministry spokesperson", "Foreign Ministry spokeswoman")).isTrue();
        assertThat(KnownActors.sameOffice("Foreign Ministry spokesman", "Defence Ministry spokesman")).isFalse();
        assertThat(KnownActors.sameOffice("U.N. spokesman", "UN spokesman")).isTrue();
    }

    @Test
    void aMinistrySpokesmansTermChoosesAmongTheYearsTheWeekdayFits() {
        // Feb. 5 was a Monday in 2018 and 2024; Waziri spoke for the Afghan defence ministry 2015-2018
        String withoutSpokesman = "KABUL, Feb. 5 (Xinhua) -- Government aircraft struck insurgent positions in two "
                + "northern provinces on Monday, killing a dozen fighters, officials said.\n"
                + "The raids would go on through the winter, a ministry official said.";
        assertThat(analyseArrivedOn("2026-12-03", withoutSpokesman).dateline().date()).isEqualTo("2024-02-05");
        String withSpokesman = withoutSpokesman.replace("a ministry official said",
                "Defense Ministry spokesman Dawlat Waziri said");
        assertThat(analyseArrivedOn("2026-12-03", withSpokesman).dateline().date()).isEqualTo("2018-02-05");
    }

    private static AnalysedArticle analyseArrivedOn(String day, String text) {
        RawArticle article = ArticleFiles.article("A story", null, text, null, "test", null, "text/plain");
        return SharedEngine.ENGINE.analyse(new RawArticle(article.schemaVersion(), article.id(),
                Instant.parse(day + "T12:00:00Z"), article.source(), article.url(), null, article.language(),
                article.contentType(), article.headline(), article.subtitle(), article.text(), article.contentSha256()));
    }

    @Test
    void anIgoPostStatedWithoutTheIgosCodeIsStillThatPost() {
        // Kaja Kallas was Estonia's prime minister until 2024 and is the EU's foreign policy chief since: the title
        // the story gives her picks the post, and she acts for the EU
        AnalysedArticle a = SharedEngine.analyse("Vote", "BRUSSELS (AP) -- The EU's foreign policy chief Kaja Kallas "
                + "welcomed the vote.");
        assertThat(a.events()).extracting(e -> e.source().countryCode()).containsExactly("EU");
    }

    @Test
    void aLongTenureOnlyBoundsTheYearWhichIsSoughtBackFromTheArrival() {
        // Zakharova has been the spokeswoman since 2015; June 24 fell on a Monday in 2019 and in 2024
        AnalysedArticle a = analyseArrivedOn("2026-12-03", "MOSCOW, June 24. /TASS/. Russia will respond to the new "
                + "sanctions, Foreign Ministry Spokeswoman Maria Zakharova said on Monday.");
        assertThat(a.dateline().date()).isEqualTo("2024-06-24");
    }
}
