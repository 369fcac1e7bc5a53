package io.newsflow.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.newsflow.localstack.test.NewsflowTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** Ingest with keys and small limits, so that 401 and both kinds of 413 can be tested cheaply. */
@QuarkusTest
@TestProfile(RestrictedIngestTest.Restricted.class)
@WithTestResource(value = NewsflowTestResource.class, scope = TestResourceScope.GLOBAL)
class RestrictedIngestTest {
    // Constants: the profile is instantiated in another class loader, where a random key would differ.
    private static final String KEY = "test-key-1b8a6c";
    private static final String OTHER_KEY = "other-key-77e0d2";

    @TestHTTPResource("/api/articles")
    URL articles;

    public static class Restricted implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsflow.ingest.api-keys", KEY + "," + OTHER_KEY,
                    "quarkus.http.limits.max-body-size", "2K",
                    "newsflow.ingest.max-article-chars", "100");
        }
    }

    @Test
    void noKeyIsA401ProblemWithAChallenge() {
        given().contentType("text/plain").body("Headline\nPARIS (Test) - Body.")
                .when().post("/api/articles")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("title", equalTo("Unauthorized"))
                .body("detail", containsString("X-API-Key"));
    }

    @Test
    void wrongKeyIsA401Problem() {
        given().header("X-API-Key", KEY + "x").contentType("text/plain").body("Headline\nPARIS (Test) - Body.")
                .when().post("/api/articles")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("detail", equalTo("The API key is not valid."));
    }

    @Test
    void eitherKeyIsAcceptedInEitherHeader() {
        given().header("X-API-Key", OTHER_KEY).contentType("text/plain")
                .body("Keyed upload " + UUID.randomUUID() + "\nPARIS (Test) - Body.")
                .when().post("/api/articles").then().statusCode(202);
        given().header("Authorization", "Bearer " + KEY).contentType("text/plain")
                .body("Bearer upload " + UUID.randomUUID() + "\nPARIS (Test) - Body.")
                .when().post("/api/articles").then().statusCode(202);
    }

    @Test
    void healthMetricsAndOpenApiStayOpen() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }

    @Test
    void articleOverTheTextLimitIsA413ProblemAloneAndARejectedItemInABatch() {
        given().header("X-API-Key", KEY).contentType("application/json")
                .body("{\"headline\": \"Long\", \"text\": \"" + "x".repeat(101) + "\"}")
                .when().post("/api/articles")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("detail", containsString("at most 100"));
        given().header("X-API-Key", KEY).contentType("application/json")
                .body("[{\"headline\": \"Short " + UUID.randomUUID() + "\", \"text\": \"Fine.\"},"
                        + " {\"headline\": \"Long\", \"text\": \"" + "x".repeat(101) + "\"}]")
                .when().post("/api/articles")
                .then().statusCode(207)
                .body("results[1].status", equalTo("rejected"))
                .body("results[1].error", containsString("at most 100"));
    }

    @Test
    void bodyOverTheRequestLimitIsA413Problem() {
        given().header("X-API-Key", KEY).contentType("text/plain").body("Big\n" + "y".repeat(3000))
                .when().post("/api/articles")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413))
                .body("detail", containsString("at most 2048"));
    }

    @Test
    void chunkedBodyOverTheRequestLimitIsA413ProblemToo() throws Exception {
        byte[] body = ("Big\n" + "z".repeat(5000)).getBytes();
        HttpRequest request = HttpRequest.newBuilder(URI.create(articles.toString()))
                .header("X-API-Key", KEY).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();

        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("over the limit of 2048 bytes");
    }
}
