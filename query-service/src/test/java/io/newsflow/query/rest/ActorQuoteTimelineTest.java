package io.newsflow.query.rest;

import static io.newsflow.query.QueryTestSupport.publishAndAwait;
import static io.newsflow.query.QueryTestSupport.unique;
import static io.newsflow.query.QueryTestSupport.uniqueCountry;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

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
class ActorQuoteTimelineTest {
    private static Data data;

    /**
     * A family name no other test uses, shared by a minister (3 events, 2 quotes) and a ministry
     * (1 event); events in June and July 2017 involving a country no other test uses.
     */
    record Data(String family, NewsEvent.Actor minister, NewsEvent.Actor ministry, String country,
            AnalysedArticle june, AnalysedArticle july) {
    }

    static synchronized Data data() {
        if (data == null) {
            String family = unique("Zorin");
            String country = uniqueCountry();
            NewsEvent.Actor minister = ContractFixtures.actor(EntityKind.PERSON, "Ivan " + family, country);
            NewsEvent.Actor ministry = ContractFixtures.actor(EntityKind.ORGANIZATION, family + " Ministry", country);
            AnalysedArticle june = ContractFixtures.article(unique("June ")).publishedAt(Instant.parse("2017-06-30T00:00:00Z"))
                    .entity(EntityKind.PERSON, minister.name(), country, "the " + family.toLowerCase() + " aide")
                    .entity(EntityKind.ORGANIZATION, ministry.name(), country)
                    .quote("Talks will go on", minister.name(), minister.entityId(), 10)
                    .event("042", minister, null, "2017-06-05", DatePrecision.DAY, null, "He visited.")
                    .event("043", minister, null, "2017-06-20", DatePrecision.DAY, null, "He hosted.")
                    .event("163", ministry, null, "2017-06", DatePrecision.MONTH, null, "It imposed sanctions.")
                    .build();
            AnalysedArticle july = ContractFixtures.article(unique("July ")).publishedAt(Instant.parse("2017-07-30T00:00:00Z"))
                    .entity(EntityKind.PERSON, minister.name(), country)
                    .quote("Sanctions are a mistake", minister.name(), minister.entityId(), 20)
                    .quote("No comment", "Someone " + family, null, 40)
                    .event("040", minister, null, "2017-07-03", DatePrecision.DAY, null, "He consulted.")
                    .build();
            publishAndAwait(june, july);
            data = new Data(family, minister, ministry, country, june, july);
        }
        return data;
    }

    @Test
    void actorsWithCountsMostEventsFirst() {
        Data d = data();
        given().queryParam("q", d.family().toUpperCase()).get("/api/actors").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", contains(d.minister().entityId(), d.ministry().entityId()))
                .body("items[0].eventCount", equalTo(3))
                .body("items[0].mentionCount", equalTo(4))
                .body("items[0].kind", equalTo("PERSON"))
                .body("items[0].aliases", contains("the " + d.family().toLowerCase() + " aide"))
                .body("items[1].eventCount", equalTo(1));
        given().queryParam("q", d.family()).queryParam("kind", "organization").get("/api/actors").then()
                .body("items.id", contains(d.ministry().entityId()));
        given().queryParam("q", d.family().toLowerCase() + " aide").get("/api/actors").then()
                .body("items.id", contains(d.minister().entityId()));
    }

    @Test
    void anActorWithItsEventsAndQuotes() {
        Data d = data();
        given().get("/api/actors/{id}", d.minister().entityId()).then().statusCode(200)
                .body("actor.name", equalTo(d.minister().name()))
                .body("actor.eventCount", equalTo(3))
                .body("events.total", equalTo(3))
                .body("events.items.cameo.code", contains("040", "043", "042"))
                .body("quotes.total", equalTo(2))
                .body("quotes.items.text", contains("Sanctions are a mistake", "Talks will go on"));
        given().get("/api/actors/{id}", "p-unknown").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void quotesBySpeakerNameOrIdNewestArticleFirst() {
        Data d = data();
        given().queryParam("speaker", d.minister().name().toLowerCase()).get("/api/quotes").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.text", contains("Sanctions are a mistake", "Talks will go on"))
                .body("items[0].articleId", equalTo(d.july().articleId()))
                .body("items[0].speakerEntityId", equalTo(d.minister().entityId()));
        given().queryParam("speaker", d.minister().entityId()).queryParam("q", "talks").get("/api/quotes").then()
                .body("items.text", contains("Talks will go on"));
        given().queryParam("speaker", "Someone " + d.family()).get("/api/quotes").then()
                .body("items.text", contains("No comment")).body("items[0].speakerEntityId", equalTo(null));
    }

    @Test
    void timelineCountsEventsPerMonthAndRoot() {
        Data d = data();
        given().queryParam("interval", "month").queryParam("country", d.country()).get("/api/stats/timeline").then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("items.period", contains("2017-06-01", "2017-06-01", "2017-07-01"))
                .body("items.root", contains("04", "16", "04"))
                .body("items.count", contains(2, 1, 1));
        given().queryParam("country", d.country()).queryParam("root", "04").get("/api/stats/timeline").then()
                .body("items.count", contains(2, 1));
    }

    @Test
    void timelinePerDayAndWeek() {
        Data d = data();
        given().queryParam("interval", "day").queryParam("country", d.country()).queryParam("root", "04")
                .get("/api/stats/timeline").then()
                .body("items.period", contains("2017-06-05", "2017-06-20", "2017-07-03"));
        // Weeks start on Monday: the June sanctions (dated June 1, a Thursday) fall in the week of May 29.
        given().queryParam("interval", "week").queryParam("country", d.country()).queryParam("from", "2017-06-10")
                .get("/api/stats/timeline").then()
                .body("items.period", contains("2017-05-29", "2017-06-19", "2017-07-03"))
                .body("items.root", contains("16", "04", "04"));
    }
}
