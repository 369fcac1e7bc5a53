package io.newsflow.query.rest;

import static io.newsflow.query.QueryTestSupport.publishAndAwait;
import static io.newsflow.query.QueryTestSupport.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
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

/** An article's date is publishedAt, else its dateline's date, else when it was received (NewsDate, migration V8). */
@QuarkusTest
@WithTestResource(value = NewsflowTestResource.class, scope = TestResourceScope.GLOBAL)
class NewsDateTest {
    private static final String SOURCE = unique("Wire ");
    private static final Instant RECEIVED = Instant.parse("2026-01-02T03:04:05Z");
    private static AnalysedArticle byDateline;
    private static AnalysedArticle byReceipt;
    private static AnalysedArticle published;

    /** Once, before the first test: the application is not up yet in a @BeforeAll. */
    @BeforeEach
    synchronized void publishTheArticles() {
        if (byDateline != null) {
            return;
        }
        NewsEvent.Actor speaker = ContractFixtures.actor(EntityKind.PERSON, unique("Speaker "), "RUS");
        // Uploaded in 2026 without publishedAt: its dateline was resolved to 2011-03-15.
        byDateline = ContractFixtures.article(unique("Dateline only ")).source(SOURCE).publishedAt(null)
                .datelineDate("2011-03-15").analysis("1.0", RECEIVED)
                .quote("It was a long day", speaker.name(), speaker.entityId(), 20)
                .event("042", speaker, null, "2011-03", DatePrecision.MONTH, null, "He visited in March.")
                .event("043", speaker, null, "1066", DatePrecision.YEAR, null, "A year misread.")
                .event("044", speaker, null, "2013-01-01", DatePrecision.DAY, null, "Too far ahead.")
                .build();
        byReceipt = ContractFixtures.article(unique("Undated ")).source(SOURCE).publishedAt(null).datelineDate(null)
                .analysis("1.0", RECEIVED).build();
        published = ContractFixtures.article(unique("Published ")).source(SOURCE)
                .publishedAt(Instant.parse("2012-05-06T07:08:09Z")).datelineDate("2011-03-15").build();
        publishAndAwait(byDateline, byReceipt, published);
    }

    @Test
    void anUploadWithoutPublishedAtIsFoundByItsDatelineDate() {
        given().queryParam("source", SOURCE).queryParam("from", "2011-03-15").queryParam("to", "2011-03-15")
                .get("/api/articles").then().statusCode(200)
                .body("items.id", contains(byDateline.articleId()))
                .body("items[0].newsDate", equalTo("2011-03-15T00:00:00Z"))
                .body("items[0].dateSource", equalTo("dateline"));
        given().get("/api/articles/{id}", byDateline.articleId()).then().statusCode(200)
                .body("newsDate", equalTo("2011-03-15T00:00:00Z")).body("dateSource", equalTo("dateline"))
                .body("headline", equalTo(byDateline.headline()));
        given().queryParam("speaker", byDateline.quotes().get(0).speaker().entityId()).get("/api/quotes").then()
                .body("items.articleDate", contains("2011-03-15T00:00:00Z"));
    }

    @Test
    void eachArticleSaysWhereItsDateCameFromAndTheListIsInThatOrder() {
        given().queryParam("source", SOURCE).get("/api/articles").then().statusCode(200)
                .body("items.id", contains(byReceipt.articleId(), published.articleId(), byDateline.articleId()))
                .body("items.dateSource", contains("received", "published", "dateline"))
                .body("items[0].newsDate", equalTo(RECEIVED.toString()));
    }

    @Test
    void theTimelinePlotsNoEventBefore1900OrMoreThanAYearAfterItsArticle() {
        given().queryParam("articleId", byDateline.articleId()).queryParam("interval", "month")
                .get("/api/stats/timeline").then().statusCode(200)
                .body("items.period", contains("2011-03-01"));
        given().queryParam("articleId", byReceipt.articleId()).get("/api/stats/timeline").then()
                .body("items", empty());
    }
}
