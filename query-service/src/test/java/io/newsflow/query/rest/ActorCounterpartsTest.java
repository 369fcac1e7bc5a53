package io.newsflow.query.rest;

import static io.newsflow.query.QueryTestSupport.publishAndAwait;
import static io.newsflow.query.QueryTestSupport.unique;
import static io.newsflow.query.QueryTestSupport.uniqueCountry;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.newsflow.contract.ContractFixtures;
import io.newsflow.contract.DatePrecision;
import io.newsflow.contract.EntityKind;
import io.newsflow.contract.NewsEvent.Actor;
import io.newsflow.localstack.test.NewsflowTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = NewsflowTestResource.class, scope = TestResourceScope.GLOBAL)
class ActorCounterpartsTest {
    private static Data data;

    record Data(Actor envoy, Actor council, Actor ministry, Actor militia) {
    }

    /** The envoy appeals to the council twice and to the ministry once; the militia rejects the envoy once. */
    static synchronized Data data() {
        if (data != null) {
            return data;
        }
        String country = uniqueCountry();
        Actor envoy = ContractFixtures.actor(EntityKind.PERSON, unique("Envoy "), country);
        Actor council = ContractFixtures.actor(EntityKind.ORGANIZATION, unique("Council "), country);
        Actor ministry = ContractFixtures.actor(EntityKind.ORGANIZATION, unique("Ministry "), country);
        Actor militia = ContractFixtures.actor(EntityKind.ORGANIZATION, unique("Militia "), country);
        publishAndAwait(ContractFixtures.article(unique("Appeals "))
                .entity(EntityKind.PERSON, envoy.name(), country)
                .entity(EntityKind.ORGANIZATION, council.name(), country)
                .entity(EntityKind.ORGANIZATION, ministry.name(), country)
                .entity(EntityKind.ORGANIZATION, militia.name(), country)
                .event("020", envoy, council, "2017-06-05", DatePrecision.DAY, null, "He appealed to the council.")
                .event("021", envoy, council, "2017-06-06", DatePrecision.DAY, null, "He appealed again.")
                .event("020", envoy, ministry, "2017-06-07", DatePrecision.DAY, null, "He appealed to the ministry.")
                .event("120", militia, envoy, "2017-06-08", DatePrecision.DAY, null, "The militia rejected him.")
                .event("010", envoy, null, "2017-06-09", DatePrecision.DAY, null, "He made a statement.")
                .build());
        data = new Data(envoy, council, ministry, militia);
        return data;
    }

    @Test
    void whomAnActorActsOnAndWhoActsOnItMostEventsFirst() {
        Data d = data();
        given().get("/api/actors/{id}/counterparts", d.envoy().entityId()).then().statusCode(200)
                .body("actsOn.total", equalTo(2))
                .body("actsOn.items.id", contains(d.council().entityId(), d.ministry().entityId()))
                .body("actsOn.items.name", contains(d.council().name(), d.ministry().name()))
                .body("actsOn.items.kind", contains("ORGANIZATION", "ORGANIZATION"))
                .body("actsOn.items.eventCount", contains(2, 1))
                .body("actedOnBy.total", equalTo(1))
                .body("actedOnBy.items.id", contains(d.militia().entityId()))
                .body("actedOnBy.items.eventCount", contains(1));
        given().queryParam("size", 1).get("/api/actors/{id}/counterparts", d.envoy().entityId()).then()
                .body("actsOn.items.id", contains(d.council().entityId()))
                .body("actsOn.total", equalTo(2));
    }

    @Test
    void anUnknownOrMalformedIdIsAProblem() {
        given().get("/api/actors/{id}/counterparts", "p-unknown").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/actors/{id}/counterparts", "not an id!").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
