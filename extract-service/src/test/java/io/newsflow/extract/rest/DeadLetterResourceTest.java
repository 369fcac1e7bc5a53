package io.newsflow.extract.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.newsflow.contract.DeadLetterHeaders;
import io.newsflow.contract.Topics;
import io.newsflow.localstack.test.NewsflowTestResource;
import io.newsflow.localstack.test.TopicReader;
import io.newsflow.localstack.test.TopicWriter;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = NewsflowTestResource.class, scope = TestResourceScope.GLOBAL)
class DeadLetterResourceTest {
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @Test
    void deadLetterIsListedWithItsReasonAndCanBeRedriven() {
        String key = "broken-" + Instant.now().toEpochMilli();
        try (TopicWriter writer = new TopicWriter(bootstrapServers())) {
            writer.send(Topics.ARTICLES_RAW, key, "[\"an array, not an article\"]");
        }

        Map<String, Object> letter = await().atMost(DEADLINE).until(() -> deadLetterWithKey(key),
                found -> found != null);
        assertThat(letter).containsEntry("reason", "Not a RawArticle JSON document")
                .containsEntry("originTopic", Topics.ARTICLES_RAW)
                .containsEntry("valuePreview", "[\"an array, not an article\"]");

        given().post("/api/dead-letters/{partition}/{offset}/redrive", letter.get("partition"), letter.get("offset"))
                .then().statusCode(202).body("key", equalTo(key));

        try (TopicReader raw = new TopicReader(bootstrapServers(), Topics.ARTICLES_RAW)) {
            List<ConsumerRecord<String, String>> sent = raw.awaitRecords(
                    record -> key.equals(record.key()) && record.headers().lastHeader(
                            DeadLetterHeaders.REDRIVEN_FROM) != null, 1, DEADLINE);
            assertThat(new String(sent.get(0).headers().lastHeader(DeadLetterHeaders.REDRIVEN_FROM).value(),
                    StandardCharsets.UTF_8)).isEqualTo(Topics.ARTICLES_RAW_DLQ + "/" + letter.get("partition") + "/"
                            + letter.get("offset"));
        }
    }

    @Test
    void unknownPositionIsA404Problem() {
        given().post("/api/dead-letters/{partition}/{offset}/redrive", 0, 999_999_999L)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void limitOutOfRangeIsA400Problem() {
        given().queryParam("limit", 0).get("/api/dead-letters")
                .then().statusCode(400).contentType("application/problem+json");
    }

    private static Map<String, Object> deadLetterWithKey(String key) {
        List<Map<String, Object>> letters = given().queryParam("limit", 1000).get("/api/dead-letters")
                .then().statusCode(200).extract().jsonPath().getList("$");
        return letters.stream().filter(letter -> key.equals(letter.get("key"))).findFirst().orElse(null);
    }

    private static String bootstrapServers() {
        return NewsflowTestResource.infrastructure().kafkaBootstrapServers();
    }
}
