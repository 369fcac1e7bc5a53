package io.newsflow.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.newsflow.contract.ArticleIds;
import io.newsflow.localstack.infra.Infrastructure;
import io.newsflow.localstack.test.NewsflowTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Kafka stops during uploads: they fail cleanly within a bounded time and nothing is reported accepted. */
@QuarkusTest
@WithTestResource(value = NewsflowTestResource.class, scope = TestResourceScope.GLOBAL)
class KafkaDownTest extends RawArticlesTopic {
    private static final Duration BOUND = Duration.ofSeconds(25);

    @Test
    void uploadsWhileKafkaIsDownAre503sAndNoneOfTheirArticlesReachesKafka() {
        String marker = UUID.randomUUID().toString();
        String headline = "While Kafka is down " + marker;
        String text = "LONDON (Test) - This article must not be reported as accepted.";
        String id = ArticleIds.articleId(headline, text);
        Infrastructure infrastructure = NewsflowTestResource.infrastructure();
        infrastructure.stopKafka();
        try {
            long start = System.nanoTime();
            given().contentType("application/json")
                    .body("{\"headline\": \"%s\", \"text\": \"%s\"}".formatted(headline, text))
                    .when().post("/api/articles")
                    .then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "5")
                    .body("status", equalTo(503))
                    .body("detail", containsString("not stored in Kafka"));
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            System.out.println("503 with Kafka stopped after " + took.toMillis() + " ms");
            assertThat(took).isLessThan(BOUND);

            String line = "{\"headline\": \"Batch while down %s %d\", \"text\": \"LONDON (Test) - Not stored.\"}\n";
            given().contentType("application/x-ndjson")
                    .body((line.formatted(marker, 1) + line.formatted(marker, 2)).getBytes(StandardCharsets.UTF_8))
                    .when().post("/api/articles")
                    .then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "5")
                    .body("errors", hasSize(2))
                    .body("errors[0].detail", containsString("not stored in Kafka, retry"));
        } finally {
            infrastructure.startKafka();
        }
        awaitUploadsWorkAgain();
        assertThat(rawArticles.readFor(record -> id.equals(record.key()) || record.value().contains(marker),
                Duration.ofSeconds(2))).as("articles of the failed uploads in articles.raw").isEmpty();
    }

    /** The broker is shared by every test class: leave only once it takes uploads again. */
    private static void awaitUploadsWorkAgain() {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() -> given()
                .contentType("application/json")
                .body("{\"headline\": \"Kafka is back %s\", \"text\": \"LONDON (Test) - Probe.\"}"
                        .formatted(UUID.randomUUID()))
                .when().post("/api/articles").statusCode() == 202);
    }
}
