package io.newsflow.query.rest;

import static io.newsflow.query.QueryTestSupport.publishAndAwait;
import static io.newsflow.query.QueryTestSupport.unique;
import static io.newsflow.query.QueryTestSupport.uniqueCountry;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

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
import io.restassured.specification.RequestSpecification;

@QuarkusTest
@WithTestResource(value = NewsflowTestResource.class, scope = TestResourceScope.GLOBAL)
class EventQueryTest {
    private static Data data;

    /** One article, four events: e0 visit (day), e1 sanctions (month), e2 fight (year), e3 praise (undated). */
    record Data(AnalysedArticle article, NewsEvent.Actor envoy, String country, String location, List<String> ids) {
    }

    static synchronized Data data() {
        if (data == null) {
            String country = uniqueCountry();
            String location = unique("Town ");
            NewsEvent.Actor envoy = ContractFixtures.actor(EntityKind.PERSON, unique("Envoy "), "RUS");
            NewsEvent.Actor state = ContractFixtures.actor(EntityKind.COUNTRY, unique("State "), country);
            NewsEvent.Actor council = ContractFixtures.actor(EntityKind.ORGANIZATION, unique("Council "), "UN");
            AnalysedArticle article = ContractFixtures.article(unique("Events "))
                    .event("042", envoy, state, "2017-06-03", DatePrecision.DAY,
                            new NewsEvent.Location(location, "CHE", 46.2, 6.1), "The envoy visited for talks.")
                    .event("163", council, state, "2017-06", DatePrecision.MONTH, null,
                            "The council imposed sanctions.")
                    .event("190", state, null, "2016", DatePrecision.YEAR, null, "The army fought rebels.")
                    .event("051", envoy, council, null, null, null, "The envoy praised the council.")
                    .build();
            publishAndAwait(article);
            data = new Data(article, envoy, country, location,
                    article.events().stream().map(NewsEvent::eventId).toList());
        }
        return data;
    }

    private static RequestSpecification ofArticle() {
        return given().queryParam("articleId", data().article().articleId());
    }

    private static List<String> ids(int... indexes) {
        return java.util.Arrays.stream(indexes).mapToObj(i -> data().ids().get(i)).toList();
    }

    @Test
    void newestEventDateFirstUndatedLast() {
        ofArticle().get("/api/events").then().statusCode(200)
                .body("total", equalTo(4))
                .body("items.eventId", equalTo(ids(0, 1, 2, 3)));
    }

    @Test
    void actorMatchesSourceOrTargetByNameOrEntityId() {
        Data d = data();
        given().queryParam("actor", d.envoy().name().toLowerCase()).get("/api/events").then()
                .body("total", equalTo(2)).body("items.eventId", equalTo(ids(0, 3)));
        given().queryParam("actor", d.envoy().entityId()).get("/api/events").then()
                .body("items.eventId", equalTo(ids(0, 3)));
    }

    @Test
    void countryMatchesSourceTargetOrLocation() {
        given().queryParam("country", data().country()).get("/api/events").then()
                .body("items.eventId", equalTo(ids(0, 1, 2)));
        ofArticle().queryParam("country", "CHE").get("/api/events").then().body("items.eventId", equalTo(ids(0)));
    }

    @Test
    void cameoIsACodePrefixRootAndQuadClassAreExact() {
        ofArticle().queryParam("cameo", "04").get("/api/events").then().body("items.eventId", equalTo(ids(0)));
        ofArticle().queryParam("cameo", "163").get("/api/events").then().body("items.eventId", equalTo(ids(1)));
        ofArticle().queryParam("cameo", "1").get("/api/events").then().statusCode(400);
        ofArticle().queryParam("root", "19").get("/api/events").then().body("items.eventId", equalTo(ids(2)));
        ofArticle().queryParam("quadClass", "4").get("/api/events").then().body("items.eventId", equalTo(ids(1, 2)));
    }

    @Test
    void fromAndToKeepEventsWhoseDateSpanOverlaps() {
        ofArticle().queryParam("from", "2017-06-15").get("/api/events").then().body("items.eventId", equalTo(ids(1)));
        ofArticle().queryParam("from", "2016-05").queryParam("to", "2016-05").get("/api/events").then()
                .body("items.eventId", equalTo(ids(2)));
        ofArticle().queryParam("to", "2017-06-02").get("/api/events").then().body("items.eventId", equalTo(ids(1, 2)));
    }

    @Test
    void locationAndFullTextFilter() {
        given().queryParam("location", data().location().toUpperCase()).get("/api/events").then()
                .body("items.eventId", equalTo(ids(0)));
        ofArticle().queryParam("q", "sanction").get("/api/events").then().body("items.eventId", equalTo(ids(1)));
        ofArticle().queryParam("q", "envoy").queryParam("cameo", "05").get("/api/events").then()
                .body("items.eventId", equalTo(ids(3)));
    }

    @Test
    void pagesOfEvents() {
        ofArticle().queryParam("size", 3).queryParam("page", 1).get("/api/events").then()
                .body("total", equalTo(4)).body("page", equalTo(1)).body("items.eventId", equalTo(ids(3)));
    }

    @Test
    void oneEventByIdAndA404ForAnUnknownOne() {
        Data d = data();
        given().get("/api/events/{id}", d.ids().get(1)).then().statusCode(200)
                .body("cameo.code", equalTo("163"))
                .body("date", equalTo("2017-06"))
                .body("target.countryCode", equalTo(d.country()));
        given().get("/api/events/{id}", "e" + "0".repeat(31)).then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/events/{id}", "not an id!").then().statusCode(400).contentType("application/problem+json");
        given().queryParam("articleId", d.article().articleId()).queryParam("root", "05").get("/api/events").then()
                .body("items.cameo.code", contains("051"));
    }
}
