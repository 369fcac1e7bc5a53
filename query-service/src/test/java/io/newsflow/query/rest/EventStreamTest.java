package io.newsflow.query.rest;

import static io.newsflow.query.QueryTestSupport.DEADLINE;
import static io.newsflow.query.QueryTestSupport.publish;
import static io.newsflow.query.QueryTestSupport.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsflow.contract.AnalysedArticle;
import io.newsflow.contract.ContractFixtures;
import io.newsflow.contract.ContractJson;
import io.newsflow.contract.DatePrecision;
import io.newsflow.contract.EntityKind;
import io.newsflow.contract.EventRetraction;
import io.newsflow.contract.NewsEvent;
import io.newsflow.localstack.test.NewsflowTestResource;
import io.newsflow.query.QueryTestSupport;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = NewsflowTestResource.class, scope = TestResourceScope.GLOBAL)
class EventStreamTest {
    @TestHTTPResource("/api/events/stream")
    URL stream;

    @Test
    void newlyStoredEventsMatchingTheFiltersArriveAsServerSentEvents() throws Exception {
        NewsEvent.Actor watched = ContractFixtures.actor(EntityKind.PERSON, unique("Streamer "), "RUS");
        NewsEvent.Actor other = ContractFixtures.actor(EntityKind.PERSON, unique("Other "), "RUS");
        AnalysedArticle article = ContractFixtures.article(unique("Live "))
                .event("042", watched, null, "2017-06-03", DatePrecision.DAY, null, "He visited.")
                .event("163", watched, null, "2017-06-03", DatePrecision.DAY, null, "He sanctioned.")
                .event("043", other, null, "2017-06-03", DatePrecision.DAY, null, "Another hosted.")
                .event("040", other, watched, "2017-06-04", DatePrecision.DAY, null, "They consulted him.")
                .build();
        URI uri = URI.create(stream + "?cameo=04&actor=" + URLEncoder.encode(watched.name(), StandardCharsets.UTF_8));

        try (ServerSentEvents sse = ServerSentEvents.open(uri)) {
            assertThat(sse.response().statusCode()).isEqualTo(200);
            assertThat(sse.response().headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/event-stream"));
            // As extract writes them: each event on news.events too (for other systems; not read here).
            article.events().forEach(QueryTestSupport::publish);
            publish(article);
            QueryTestSupport.awaitArticle(article.articleId(), article.extractor().version());

            // Each matching event once, announced by its article's write.
            await().atMost(DEADLINE).during(Duration.ofSeconds(2)).until(() -> sse.received().size() == 2);
            List<String> received = sse.data(null).stream().map(json -> read(json).eventId()).toList();
            assertThat(received).containsExactly(article.events().get(0).eventId(), article.events().get(3).eventId());
        }
    }

    /**
     * The article analysed again without one of its events: the event leaves the REST results, and
     * the stream of those watching it says it was retracted, once, while the events still found are
     * announced again and nothing is retracted for those not watching it.
     */
    @Test
    void anEventAReanalysisDropsIsRetractedOnTheStreamAndLeavesTheResults() throws Exception {
        NewsEvent.Actor kept = ContractFixtures.actor(EntityKind.PERSON, unique("Kept "), "RUS");
        NewsEvent.Actor dropped = ContractFixtures.actor(EntityKind.PERSON, unique("Dropped "), "RUS");
        String headline = unique("Reanalysed ");
        AnalysedArticle first = ContractFixtures.article(headline)
                .event("042", kept, null, "2017-06-03", DatePrecision.DAY, null, "He visited.")
                .event("163", dropped, null, "2017-06-03", DatePrecision.DAY, null, "He sanctioned.")
                .build();
        // The revised dictionaries no longer code the second event; the first keeps its id.
        AnalysedArticle second = ContractFixtures.article(headline)
                .event("042", kept, null, "2017-06-03", DatePrecision.DAY, null, "He visited.")
                .analysis("2.0", Instant.parse("2017-06-04T12:00:00Z"))
                .build();
        String droppedId = first.events().get(1).eventId();
        QueryTestSupport.publishAndAwait(first);

        try (ServerSentEvents watching = ServerSentEvents.open(URI.create(stream + "?actor="
                + URLEncoder.encode(dropped.name(), StandardCharsets.UTF_8)));
                ServerSentEvents notWatching = ServerSentEvents.open(URI.create(stream + "?actor="
                        + URLEncoder.encode(kept.name(), StandardCharsets.UTF_8)))) {
            publish(second);
            QueryTestSupport.awaitArticle(second.articleId(), "2.0");

            await().atMost(DEADLINE).during(Duration.ofSeconds(2)).until(() -> watching.received().size() == 1
                    && notWatching.received().size() == 1);
            EventRetraction retraction = ContractJson.read(watching.data("retraction").get(0), EventRetraction.class);
            assertThat(retraction.eventId()).isEqualTo(droppedId);
            assertThat(retraction.articleId()).isEqualTo(first.articleId());
            assertThat(retraction.reason()).isEqualTo(EventRetraction.REANALYSED);
            assertThat(retraction.extractor().version()).isEqualTo("2.0");
            assertThat(notWatching.data(null)).singleElement()
                    .satisfies(json -> assertThat(read(json).eventId()).isEqualTo(second.events().get(0).eventId()));
        }
        given().get("/api/events?articleId={id}", first.articleId()).then().statusCode(200)
                .body("items.eventId", contains(second.events().get(0).eventId()));
        given().get("/api/events/{id}", droppedId).then().statusCode(404);
    }

    private static NewsEvent read(String json) {
        try {
            return ContractJson.read(json, NewsEvent.class);
        } catch (Exception e) {
            throw new AssertionError("Not a NewsEvent: " + json, e);
        }
    }
}
