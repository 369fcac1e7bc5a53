package io.newsflow.extract.engine.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.contract.AnalysedArticle;
import io.newsflow.contract.EntityKind;
import io.newsflow.extract.engine.SharedEngine;

/** Persons found where a person the story already named stands beside them, and places that are no persons. */
class LaterMentionsTest {

    private static java.util.List<String> persons(String headline, String body) {
        return SharedEngine.analyse(headline, body).entities().stream().filter(e -> e.kind() == EntityKind.PERSON)
                .map(AnalysedArticle.Entity::name).toList();
    }

    @Test
    void namesCoordinatedAfterAPersonNamedEarlierArePersons() {
        assertThat(persons("Tour",
                "MUMBAI - Actress Zoyanka Merchant said the film did well. Later, Zoyanka Merchant, Ravik Dhillon and "
                        + "Tejal Oberoi went on tour."))
                .containsExactlyInAnyOrder("Zoyanka Merchant", "Ravik Dhillon", "Tejal Oberoi");
    }

    @Test
    void aProvinceAfterItsCountrysPossessiveIsAPlace() {
        AnalysedArticle a = SharedEngine.analyse("Border",
                "PHNOM PENH, May 3 (Xinhua) -- Troops clashed near Cambodia's Oddar Meanchey province on Monday.");
        assertThat(a.entities()).noneMatch(e -> e.kind() == EntityKind.PERSON);
        assertThat(a.entities()).anyMatch(e -> e.kind() == EntityKind.LOCATION && e.name().equals("Oddar Meanchey")
                && "KHM".equals(e.countryCode()));
    }

    @Test
    void aTitleCaseHeadlineEndsANameWhereTheBodyEndedIt() {
        assertThat(persons("Malawi President Tembo Chisale Wins Re-Election By Wide Margin",
                "LILONGWE, May 3 (Reuters) - Malawi President Tembo Chisale won a second term, the electoral commission said."))
                .containsExactly("Tembo Chisale");
    }

    @Test
    void aKnownLeaderNamingAGovernmentIsAPersonButNoSpeakerOfTheQuoteHeIsNamedIn() {
        AnalysedArticle a = SharedEngine.analyse("Sanctions",
                "BERLIN, May 3 (Reuters) - German Foreign Minister Karl Hoffmann spoke on Monday. "
                        + "\"We expect more pressure on the Biden administration,\" he said.");
        AnalysedArticle.Entity biden = a.entities().stream().filter(e -> e.name().contains("Biden")).findFirst().orElseThrow();
        assertThat(biden.kind()).isEqualTo(EntityKind.PERSON);
        assertThat(biden.countryCode()).isEqualTo("USA");
        assertThat(a.quotes()).singleElement().satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Karl Hoffmann"));
    }

    @Test
    void aSingleNameCoordinatedWithAPlayerAndFollowedByItsCountryIsAPerson() {
        assertThat(persons("Tennis",
                "HANGZHOU, May 3 (Xinhua) -- China's Lin Wei won the singles on Monday. "
                        + "In the doubles, Lin and Tuerxunjiang of China beat a pair from Japan."))
                .containsExactlyInAnyOrder("Lin Wei", "Tuerxunjiang");
    }
}
