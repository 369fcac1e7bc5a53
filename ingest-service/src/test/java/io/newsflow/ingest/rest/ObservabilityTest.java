package io.newsflow.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.newsflow.localstack.test.NewsflowTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@WithTestResource(value = NewsflowTestResource.class, scope = TestResourceScope.GLOBAL)
class ObservabilityTest {
    private static final String ACCEPTED_TEXT =
            "newsflow_ingest_articles_total{content_type=\"text/plain\",outcome=\"accepted\",reason=\"none\"}";
    private static final String REJECTED_NO_TEXT =
            "newsflow_ingest_articles_total{content_type=\"application/json\",outcome=\"rejected\",reason=\"missing-text\"}";

    @Test
    void countersMoveWithUploadsByOutcomeReasonAndContentType() {
        double acceptedBefore = metric(ACCEPTED_TEXT);
        double rejectedBefore = metric(REJECTED_NO_TEXT);

        given().contentType("text/plain").body("Counted " + UUID.randomUUID() + "\nPARIS (Test) - Counted once.")
                .when().post("/api/articles").then().statusCode(202);
        given().contentType("application/json").body("{\"headline\": \"No text\"}")
                .when().post("/api/articles").then().statusCode(400);

        assertThat(metric(ACCEPTED_TEXT)).isEqualTo(acceptedBefore + 1);
        assertThat(metric(REJECTED_NO_TEXT)).isEqualTo(rejectedBefore + 1);
        assertThat(metric("newsflow_ingest_publish_seconds_count")).isPositive();
        assertThat(metric("newsflow_ingest_bytes_total{content_type=\"text/plain\"}")).isPositive();
    }

    @Test
    void openApiDescribesEveryUploadFormWithAnExample() {
        JsonPath openApi = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Object>> content = openApi.getMap("paths.'/api/articles'.post.requestBody.content");

        assertThat(content).containsKeys("application/json", "application/x-ndjson", "application/jsonl",
                "text/plain", "text/html", "multipart/form-data");
        content.forEach((type, media) -> assertThat(media).as(type).containsKey("examples"));
        assertThat(openApi.getMap("paths.'/api/articles'.post.responses")).containsKeys("202", "207", "400", "401",
                "413", "415", "503");
        assertThat(openApi.getMap("components.securitySchemes")).containsKeys("apiKey", "bearer");
    }

    private static double metric(String series) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher value = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(metrics);
        return value.find() ? Double.parseDouble(value.group(1)) : 0;
    }
}
