package io.newsflow.query.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.newsflow.contract.AnalysedArticle;
import io.newsflow.contract.ArticleIds;
import io.newsflow.contract.ContractFixtures;
import io.newsflow.contract.ContractJson;
import io.newsflow.contract.NewsEvent;
import io.newsflow.contract.Topics;
import io.newsflow.localstack.test.NewsflowTestResource;
import io.newsflow.localstack.test.TopicWriter;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = NewsflowTestResource.class, scope = TestResourceScope.GLOBAL)
class ArticleResourceTest {
    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static TopicWriter writer;

    @BeforeAll
    static void connect() {
        writer = new TopicWriter(NewsflowTestResource.infrastructure().kafkaBootstrapServers());
    }

    @AfterAll
    static void close() {
        writer.close();
    }

    @Test
    void analysedArticleIsServedOnceStored() {
        AnalysedArticle article = newArticle("1.0", "043", "163");

        publish(article);

        awaitArticle(article.articleId(), "1.0");
        given().get("/api/articles/{id}", article.articleId()).then()
                .body("headline", equalTo(article.headline()))
                .body("dateline.place", equalTo("MOSCOW"))
                .body("dateline.agency", equalTo("TASS"))
                .body("dateline.date", equalTo("2018-06-15"))
                .body("events", hasSize(2));
        given().queryParam("articleId", article.articleId()).get("/api/events").then()
                .statusCode(200)
                .body("cameo.code", contains("043", "163"));
    }

    @Test
    void everyRecordDeliveredTwiceLeavesOneRow() {
        AnalysedArticle article = newArticle("1.0", "051");
        NewsEvent event = article.events().get(0);

        publish(article);
        publish(article);
        writer.send(Topics.NEWS_EVENTS, event.articleId(), ContractJson.write(event));
        writer.send(Topics.NEWS_EVENTS, event.articleId(), ContractJson.write(event));
        // A marker article published after the duplicates: once it is stored, the duplicates were consumed.
        AnalysedArticle marker = newArticle("1.0");
        publish(marker);
        writer.send(Topics.NEWS_EVENTS, event.articleId(), ContractJson.write(
                ContractFixtures.event(article.articleId(), article.headline(), 7, "057")));

        awaitArticle(marker.articleId(), "1.0");
        await().atMost(DEADLINE).untilAsserted(() -> given().queryParam("articleId", article.articleId())
                .get("/api/events").then().body("cameo.code", contains("051", "057")));
    }

    @Test
    void reanalysisReplacesTheOldEvents() {
        AnalysedArticle first = newArticle("1.0", "043", "163");
        AnalysedArticle second = ContractFixtures.analysedArticle(first.articleId(), first.headline(), "2.0", "051");

        publish(first);
        awaitArticle(first.articleId(), "1.0");
        publish(second);

        awaitArticle(first.articleId(), "2.0");
        given().queryParam("articleId", first.articleId()).get("/api/events").then()
                .body("cameo.code", contains("051"));
    }

    @Test
    void unknownArticleIsA404Problem() {
        given().get("/api/articles/{id}", "0".repeat(32)).then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", containsString("0".repeat(32)));
    }

    @Test
    void malformedIdIsA400Problem() {
        given().get("/api/articles/{id}", "'; DROP TABLE article; --").then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void eventsWithoutArticleIdIsA400Problem() {
        given().get("/api/events").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("articleId"));
    }

    @Test
    void readinessCoversKafkaAndTheDatabase() {
        given().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItem(containsString("Database")));
    }

    private static AnalysedArticle newArticle(String version, String... cameoCodes) {
        String headline = "Story " + Instant.now() + " " + System.nanoTime();
        return ContractFixtures.analysedArticle(ArticleIds.articleId(headline, "text"), headline, version, cameoCodes);
    }

    private static void publish(AnalysedArticle article) {
        writer.send(Topics.NEWS_ARTICLES, article.articleId(), ContractJson.write(article));
    }

    private static void awaitArticle(String id, String extractorVersion) {
        await().atMost(DEADLINE).untilAsserted(() -> given().get("/api/articles/{id}", id).then()
                .statusCode(200)
                .body("extractor.version", equalTo(extractorVersion)));
    }
}
