package io.newsflow.query.domain;

import static io.newsflow.query.QueryTestSupport.publishAndAwait;
import static io.newsflow.query.QueryTestSupport.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsflow.contract.AnalysedArticle;
import io.newsflow.contract.ContractFixtures;
import io.newsflow.contract.DatePrecision;
import io.newsflow.contract.EntityKind;
import io.newsflow.contract.NewsEvent;
import io.newsflow.localstack.test.NewsflowTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The lookups by id, by article and by entity read the rows AnalysisStore wrote through the Panache entities mapped onto the Flyway schema. */
@QuarkusTest
@WithTestResource(value = NewsflowTestResource.class, scope = TestResourceScope.GLOBAL)
class PanacheReadsTest {

    @Test
    void anArticleAndAnEntityWithItsAliasesAreReadByIdAsStored() {
        String person = unique("Envoy ");
        NewsEvent.Actor envoy = ContractFixtures.actor(EntityKind.PERSON, person, "RUS");
        AnalysedArticle article = ContractFixtures.article(unique("Looked up ")).publishedAt(null)
                .datelineDate("2015-04")
                .entity(EntityKind.PERSON, person, "RUS", "the envoy", "the top diplomat")
                .event("042", envoy, null, "2015-04-02", DatePrecision.DAY, null, "He visited.")
                .build();
        publishAndAwait(article);

        Article stored = Article.findById(article.articleId());
        assertThat(stored.headline).isEqualTo(article.headline());
        assertThat(stored.newsDate).isEqualTo(Instant.parse("2015-04-01T00:00:00Z"));
        assertThat(stored.dateSource).isEqualTo("dateline");
        assertThat(stored.document).contains(article.headline());

        NamedEntity entity = NamedEntity.findById(envoy.entityId());
        assertThat(entity.name).isEqualTo(person);
        assertThat(entity.kind).isEqualTo("PERSON");
        assertThat(entity.countryCode).isEqualTo("RUS");
        assertThat(entity.aliases).containsExactly("the envoy", "the top diplomat");
        assertThat(entity.mentionCount).isEqualTo(2);
        assertThat(entity.eventCount).isEqualTo(1);
        assertThat(NamedEntity.<NamedEntity>findByIdOptional(unique("n"))).isEmpty();

        given().get("/api/actors/{id}", envoy.entityId()).then().statusCode(200)
                .body("actor.aliases", contains("the envoy", "the top diplomat"))
                .body("actor.eventCount", equalTo(1));
        given().get("/api/articles/{id}", article.articleId()).then().statusCode(200)
                .body("newsDate", equalTo("2015-04-01T00:00:00Z"));
    }

    @Test
    void anArticlesAndAnActorsEventsAndQuotesAreReadInTheirListOrder() {
        String person = unique("Speaker ");
        NewsEvent.Actor speaker = ContractFixtures.actor(EntityKind.PERSON, person, "FRA");
        AnalysedArticle article = ContractFixtures.article(unique("Rows of ")).publishedAt(
                Instant.parse("2019-03-04T10:00:00Z"))
                .entity(EntityKind.PERSON, person, "FRA")
                .quote("The second word.", person, speaker.entityId(), 400)
                .quote("The first word.", null, null, 120)
                .event("042", speaker, null, null, null, null, "Undated, so listed last.")
                .event("043", speaker, null, "2019-03", DatePrecision.MONTH, null, "A month ago.")
                .event("036", speaker, null, "2019-03-03", DatePrecision.DAY, null, "The day before.")
                .build();
        publishAndAwait(article);
        List<String> newestFirst = List.of(article.events().get(2).eventId(), article.events().get(1).eventId(),
                article.events().get(0).eventId());

        Event first = Event.findById(article.events().get(2).eventId());
        assertThat(first.articleId).isEqualTo(article.articleId());
        assertThat(first.cameoCode).isEqualTo("036");
        assertThat(first.eventDateStart).isEqualTo(LocalDate.of(2019, 3, 3));
        assertThat(first.sentenceIndex).isEqualTo(2);
        List<Event> events = Event.ofArticle(article.articleId()).list();
        assertThat(events).extracting(event -> event.id)
                .containsExactlyElementsOf(newestFirst);
        assertThat(Event.ofArticle(unique("a")).count()).isZero();

        List<Event> ofSpeaker = Event.ofActor(speaker.entityId()).list();
        assertThat(ofSpeaker).extracting(event -> event.id).containsExactlyElementsOf(newestFirst);
        List<Quote> quotes = Quote.ofSpeaker(speaker.entityId()).list();
        assertThat(quotes).extracting(quote -> quote.text).containsExactly("The second word.");
        assertThat(quotes.get(0).start).isEqualTo(400);
        assertThat(quotes.get(0).end).isEqualTo(400 + "The second word.".length());
        assertThat(quotes.get(0).article.headline).isEqualTo(article.headline());

        given().get("/api/events/{id}", newestFirst.get(0)).then().statusCode(200)
                .body("sentence", equalTo("The day before."));
        given().queryParam("articleId", article.articleId()).queryParam("size", 2).get("/api/events").then()
                .statusCode(200)
                .body("items.eventId", contains(newestFirst.get(0), newestFirst.get(1)))
                .body("total", equalTo(3)).body("totalIsExact", equalTo(true));
        given().queryParam("articleId", article.articleId()).queryParam("page", 1).queryParam("size", 2)
                .get("/api/events").then().statusCode(200).body("items.eventId", contains(newestFirst.get(2)));
        given().get("/api/actors/{id}", speaker.entityId()).then().statusCode(200)
                .body("events.items.eventId", contains(newestFirst.toArray()))
                .body("events.total", equalTo(3))
                .body("quotes.items.text", contains("The second word."))
                .body("quotes.items[0].headline", equalTo(article.headline()))
                .body("quotes.items[0].articleDate", equalTo("2019-03-04T10:00:00Z"))
                .body("quotes.total", equalTo(1));
    }
}
