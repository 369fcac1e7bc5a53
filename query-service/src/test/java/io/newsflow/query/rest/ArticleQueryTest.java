package io.newsflow.query.rest;

import static io.newsflow.query.QueryTestSupport.publishAndAwait;
import static io.newsflow.query.QueryTestSupport.unique;
import static io.newsflow.query.QueryTestSupport.uniqueCountry;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;

import java.time.Instant;

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

@QuarkusTest
@WithTestResource(value = NewsflowTestResource.class, scope = TestResourceScope.GLOBAL)
class ArticleQueryTest {
    private static Data data;

    /** Three articles of one source no other test uses. */
    record Data(String source, String person, String personId, String country, AnalysedArticle june,
            AnalysedArticle july, AnalysedArticle older) {
    }

    static synchronized Data data() {
        if (data == null) {
            String source = unique("Agency");
            String person = unique("Envoy ");
            String country = uniqueCountry();
            NewsEvent.Actor envoy = ContractFixtures.actor(EntityKind.PERSON, person, country);
            AnalysedArticle june = ContractFixtures.article(unique("Sanctions vote ")).source(source)
                    .publishedAt(Instant.parse("2017-06-03T10:00:00Z"))
                    .text("The council voted on new sanctions in Geneva.")
                    .entity(EntityKind.PERSON, person, country)
                    .quote("Sanctions work", person, envoy.entityId(), 3)
                    .event("163", envoy, null, "2017-06-03", DatePrecision.DAY, null, "The council imposed sanctions.")
                    .build();
            AnalysedArticle july = ContractFixtures.article(unique("Trade fair opens ")).source(source)
                    .publishedAt(Instant.parse("2017-07-10T08:00:00Z")).text("Exhibitors came to Geneva.").build();
            AnalysedArticle older = ContractFixtures.article(unique("Old news ")).source(source)
                    .publishedAt(Instant.parse("2016-01-01T00:00:00Z")).datelineCountry(country)
                    .text("Nobody talked about sanctions then, or about Geneva.").build();
            publishAndAwait(june, july, older);
            data = new Data(source, person, envoy.entityId(), country, june, july, older);
        }
        return data;
    }

    @Test
    void newestFirstByDefault() {
        Data d = data();
        given().queryParam("source", d.source()).get("/api/articles").then()
                .statusCode(200)
                .body("total", equalTo(3)).body("totalIsExact", equalTo(true)).body("page", equalTo(0))
                .body("size", equalTo(20))
                .body("items.id", contains(d.july().articleId(), d.june().articleId(), d.older().articleId()))
                .body("items[0].headline", equalTo(d.july().headline()))
                .body("items[0].publishedAt", equalTo("2017-07-10T08:00:00Z"));
    }

    @Test
    void fullTextSearchRanksHeadlineMatchesFirst() {
        Data d = data();
        given().queryParam("source", d.source()).queryParam("q", "sanction").get("/api/articles").then()
                .body("total", equalTo(2))
                .body("items.id", contains(d.june().articleId(), d.older().articleId()))
                .body("items[0].rank", greaterThan(0f));
        given().queryParam("source", d.source()).queryParam("q", "geneva -sanctions").get("/api/articles").then()
                .body("items.id", contains(d.july().articleId()));
    }

    @Test
    void fromAndToFilterOnTheArticleDate() {
        Data d = data();
        given().queryParam("source", d.source()).queryParam("from", "2017-06").queryParam("to", "2017-06")
                .get("/api/articles").then().body("items.id", contains(d.june().articleId()));
        given().queryParam("source", d.source()).queryParam("from", "2017").get("/api/articles").then()
                .body("items.id", contains(d.july().articleId(), d.june().articleId()));
        given().queryParam("source", d.source()).queryParam("to", "2016-01-01").get("/api/articles").then()
                .body("items.id", contains(d.older().articleId()));
    }

    @Test
    void countryMatchesTheDatelineOrAnEntity() {
        Data d = data();
        given().queryParam("country", d.country().toLowerCase()).get("/api/articles").then()
                .body("total", equalTo(2))
                .body("items.id", contains(d.june().articleId(), d.older().articleId()));
    }

    @Test
    void personMatchesByNameOrEntityId() {
        Data d = data();
        given().queryParam("person", d.person().toUpperCase()).get("/api/articles").then()
                .body("items.id", contains(d.june().articleId()));
        given().queryParam("person", d.personId()).queryParam("source", d.source()).queryParam("q", "council")
                .get("/api/articles").then().body("items.id", contains(d.june().articleId()));
    }

    @Test
    void pagesSplitTheResult() {
        Data d = data();
        given().queryParam("source", d.source()).queryParam("size", 2).queryParam("page", 1).get("/api/articles")
                .then().body("total", equalTo(3)).body("page", equalTo(1)).body("size", equalTo(2))
                .body("items.id", contains(d.older().articleId()));
        given().queryParam("source", d.source()).queryParam("page", 5).get("/api/articles").then()
                .body("total", equalTo(3)).body("items", hasSize(0));
    }

    @Test
    void theArticleCarriesDatelineEntitiesQuotesAndEvents() {
        Data d = data();
        given().get("/api/articles/{id}", d.june().articleId()).then()
                .statusCode(200)
                .body("headline", equalTo(d.june().headline()))
                .body("dateline.place", equalTo("MOSCOW"))
                .body("entities.name", contains(d.person()))
                .body("entities[0].mentions", hasSize(2))
                .body("quotes[0].text", equalTo("Sanctions work"))
                .body("quotes[0].speaker.name", equalTo(d.person()))
                .body("quotes[0].speaker.entityId", equalTo(d.personId()))
                .body("events.cameo.code", contains("163"));
    }

    @Test
    void unknownArticleIsA404Problem() {
        given().get("/api/articles/{id}", "0".repeat(32)).then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }
}
