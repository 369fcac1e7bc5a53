package io.newsflow.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsflow.contract.AnalysedArticle;
import io.newsflow.extract.engine.SharedEngine;

/** The scorer's matching rules where the system and the gold name one actor differently. */
class GoldComparisonTest {

    private static final String STORY = "DOHA, June 5, 2017 (Newsflow) - Qatar's Ministry of Foreign Affairs said on "
            + "Monday: \"These measures have no justification.\" The UN refugee agency UNHCR urged both sides to talk.";

    @Test
    void aBodySpeaksUnderAnyNameTheGoldOrTheSystemGivesIt() {
        AnalysedArticle a = SharedEngine.analyse("Rift", STORY);
        GoldArticle gold = new GoldArticle("x", "DOHA", "2017-06-05", "Newsflow", List.of(),
                List.of(List.of("Foreign Ministry of Qatar", "Ministry of Foreign Affairs of Qatar")), List.of("QAT"),
                List.of(new GoldArticle.Quote("These measures have no", "Foreign Ministry of Qatar")), List.of());
        assertThat(GoldComparison.compare(a, gold).get("quote speakers").matched()).isEqualTo(1);
    }

    @Test
    void aUnBodyMatchesByItsOwnCode() {
        AnalysedArticle a = SharedEngine.analyse("Rift", STORY);
        GoldArticle gold = new GoldArticle("x", "DOHA", "2017-06-05", "Newsflow", List.of(), List.of(), List.of("QAT"),
                List.of(), List.of(new GoldArticle.Event("UNHCR", null, "02", null, "2017-06-05")));
        assertThat(GoldComparison.compare(a, gold).get("events").matched()).isEqualTo(1);
    }

    @Test
    void anActorTheGoldNamesByItsAcronymMatchesTheFullNameTheGoldListsForIt() {
        AnalysedArticle a = SharedEngine.analyse("Truce", "HAVANA, June 23, 2016 (Newsflow) - The Revolutionary Armed "
                + "Forces of Colombia signed an agreement with Cuba.");
        List<GoldArticle.Event> events = List.of(new GoldArticle.Event("FARC", null, "05", "CUB", "2016-06-23"));
        GoldArticle listed = new GoldArticle("x", "HAVANA", "2016-06-23", "Newsflow", List.of(),
                List.of(List.of("Revolutionary Armed Forces of Colombia", "FARC")), List.of("CUB"), List.of(), events);
        GoldArticle unlisted = new GoldArticle("x", "HAVANA", "2016-06-23", "Newsflow", List.of(), List.of(),
                List.of("CUB"), List.of(), events);
        assertThat(GoldComparison.compare(a, listed).get("events").matched()).isEqualTo(1);
        assertThat(GoldComparison.compare(a, unlisted).get("events").matched()).isZero();
    }

    @Test
    void aStateThatSpeaksMatchesTheGoldsIso3Code() {
        AnalysedArticle a = SharedEngine.analyse("Coup", "LIBREVILLE, Aug 30, 2023 (Newsflow) - China called on all "
                + "sides to ensure Bongo's safety, while Moscow said it was \"deeply concerned\".");
        GoldArticle gold = new GoldArticle("x", "LIBREVILLE", "2023-08-30", "Newsflow", List.of(), List.of(),
                List.of("CHN", "RUS"), List.of(new GoldArticle.Quote("deeply concerned", "RUS")), List.of());
        assertThat(GoldComparison.compare(a, gold).get("quote speakers").matched()).isEqualTo(1);
    }
}
