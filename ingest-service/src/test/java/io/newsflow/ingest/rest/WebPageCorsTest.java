package io.newsflow.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.newsflow.localstack.test.NewsflowTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * query-service's web page uploads from its own origin, with the API key header: the browser asks
 * first (a preflight), and only that origin gets a yes.
 */
@QuarkusTest
@WithTestResource(value = NewsflowTestResource.class, scope = TestResourceScope.GLOBAL)
class WebPageCorsTest {
    private static final String PAGE = "http://localhost:8083";

    @Test
    void thePageOriginMayPostWithTheKeyHeader() {
        given().header("Origin", PAGE)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "x-api-key")
                .when().options("/api/articles")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(PAGE))
                .header("Access-Control-Allow-Methods", containsStringIgnoringCase("POST"))
                .header("Access-Control-Allow-Headers", containsStringIgnoringCase("X-API-Key"))
                .header("Access-Control-Allow-Headers", containsStringIgnoringCase("Content-Type"));
    }

    /** Without Access-Control-Allow-Origin naming it, a browser sends nothing (Quarkus lists the rest anyway). */
    @Test
    void anotherOriginIsNotAllowed() {
        given().header("Origin", "http://elsewhere.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "x-api-key")
                .when().options("/api/articles")
                .then()
                .header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "http://elsewhere.example").contentType("text/plain")
                .body("Cross-origin " + UUID.randomUUID() + "\nPARIS (Test) - Body.")
                .when().post("/api/articles")
                .then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void theUploadAnswerIsReadableByThePage() {
        given().header("Origin", PAGE).contentType("text/plain")
                .body("From the page " + UUID.randomUUID() + "\nPARIS (Test) - Body.")
                .when().post("/api/articles")
                .then().statusCode(202)
                .header("Access-Control-Allow-Origin", equalTo(PAGE));
    }
}
