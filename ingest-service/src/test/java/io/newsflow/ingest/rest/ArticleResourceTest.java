package io.newsflow.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.newsflow.contract.ArticleIds;
import io.newsflow.contract.ContractJson;
import io.newsflow.contract.RawArticle;
import io.newsflow.localstack.test.NewsflowTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = NewsflowTestResource.class, scope = TestResourceScope.GLOBAL)
class ArticleResourceTest extends RawArticlesTopic {

    @Test
    void jsonArticleIsInKafkaUnderItsIdWhenAccepted() throws Exception {
        String headline = "Ministers meet in Geneva " + Instant.now();
        String text = "GENEVA (Reuters) - Ministers met on Monday.";
        String expectedId = ArticleIds.articleId(headline, text);

        given().contentType("application/json")
                .body("""
                        {"headline": "%s", "text": "%s", "source": "Reuters", "publishedAt": "2024-03-04",
                         "language": "EN"}""".formatted(headline, text))
                .when().post("/api/articles")
                .then().statusCode(202)
                .header("Location", "http://localhost:8083/api/articles/" + expectedId)
                .body("id", equalTo(expectedId))
                .body("status", equalTo("accepted"));

        ConsumerRecord<String, String> record = rawArticles.awaitKey(expectedId, DEADLINE);
        RawArticle published = ContractJson.read(record.value(), RawArticle.class);
        assertThat(published.headline()).isEqualTo(headline);
        assertThat(published.text()).isEqualTo(text);
        assertThat(published.source()).isEqualTo("Reuters");
        assertThat(published.language()).isEqualTo("en");
        assertThat(published.publishedAt()).isEqualTo(Instant.parse("2024-03-04T00:00:00Z"));
        assertThat(published.contentType()).isEqualTo("application/json");
        assertThat(headers(record)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "ce_specversion", "1.0",
                "ce_id", expectedId,
                "ce_source", "/newsflow/ingest-service",
                "ce_type", "io.newsflow.article.raw.v1",
                "ce_time", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                        published.receivedAt().atOffset(ZoneOffset.UTC)),
                "ce_subject", expectedId,
                "ce_dataschema", "https://newsflow.io/schemas/articles.raw.schema.json",
                "ce_schemaversion", "1",
                "content-type", "application/json"));
    }

    @Test
    void wireStoryIsSplitIntoHeadlineSubtitleAndBody() throws Exception {
        String story = Files.readString(Path.of("../samples/tass-2017-06-03-unsc-sanctions.txt"));

        String id = given().contentType("text/plain").body(story).queryParam("source", "TASS")
                .when().post("/api/articles")
                .then().statusCode(202).body("id", matchesPattern("[0-9a-f]{32}"))
                .extract().path("id");

        RawArticle published = ContractJson.read(rawArticles.awaitKey(id, DEADLINE).value(), RawArticle.class);
        assertThat(published.headline()).isEqualTo("UN Security Council expands sanctions on North Korea");
        assertThat(published.subtitle()).startsWith("Although Russia supported the UN Security Council resolution");
        assertThat(published.text()).startsWith("UN, June 3. /TASS/. The UN Security Council");
        assertThat(published.source()).isEqualTo("TASS");
    }

    @Test
    void malformedJsonIsA400ProblemSayingWhere() {
        given().contentType("application/json").body("{\"headline\": \"x\", \"text\": ")
                .when().post("/api/articles")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("title", equalTo("Bad Request"))
                .body("detail", containsString("line 1"));
    }

    @Test
    void articleWithoutTextIsA400Problem() {
        given().contentType("application/json").body("{\"headline\": \"Only a headline\"}")
                .when().post("/api/articles")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo("The article has no text."));
    }

    @Test
    void unparseableDateIsA400Problem() {
        given().contentType("application/json")
                .body("{\"headline\": \"h\", \"text\": \"t\", \"publishedAt\": \"last Tuesday\"}")
                .when().post("/api/articles")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("last Tuesday"));
    }

    @Test
    void headlineWithoutBodyIsA400Problem() {
        given().contentType("text/plain").body("Just a headline\n")
                .when().post("/api/articles")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("no body"));
    }

    @Test
    void unsupportedMediaTypeIsA415Problem() {
        given().contentType("application/xml").body("<article/>")
                .when().post("/api/articles")
                .then().statusCode(415)
                .contentType("application/problem+json")
                .body("status", equalTo(415));
    }

    @Test
    void healthIsUpWithKafka() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    private static Map<String, String> headers(ConsumerRecord<String, String> record) {
        Map<String, String> headers = new HashMap<>();
        record.headers().forEach(header -> headers.put(header.key(),
                new String(header.value(), StandardCharsets.UTF_8)));
        return headers;
    }
}
