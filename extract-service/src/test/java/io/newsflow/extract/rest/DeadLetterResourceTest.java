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
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import io.newsflow.contract.DeadLetterHeaders;
import io.newsflow.contract.Topics;
import io.newsflow.contract.cloudevents.CloudEventHeaders;
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

    /** A record's CloudEvents attributes survive its stay in the dead-letter topic. */
    @Test
    void deadLetterKeepsTheRecordsHeadersAndTheRedriveRestoresThemWithoutTheDeadLetterOnes() {
        String key = "broken-with-headers-" + Instant.now().toEpochMilli();
        CloudEventHeaders.Attributes attributes = new CloudEventHeaders.Attributes(CloudEventHeaders.INGEST_SOURCE,
                CloudEventHeaders.ARTICLE_RAW, key, key, Instant.now(), 1, null);
        ProducerRecord<String, byte[]> raw = CloudEventHeaders.record(Topics.ARTICLES_RAW, null,
                "[\"an array, not an article\"]".getBytes(StandardCharsets.UTF_8), attributes);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()), new StringSerializer(),
                new ByteArraySerializer())) {
            producer.send(raw);
        }

        try (TopicReader deadLetters = new TopicReader(bootstrapServers(), Topics.ARTICLES_RAW_DLQ);
                TopicReader rawArticles = new TopicReader(bootstrapServers(), Topics.ARTICLES_RAW)) {
            ConsumerRecord<String, String> letter = deadLetters.awaitKey(key, DEADLINE);
            assertThat(header(letter, CloudEventHeaders.TYPE)).isEqualTo(CloudEventHeaders.ARTICLE_RAW);
            assertThat(header(letter, DeadLetterHeaders.REASON)).isEqualTo("Not a RawArticle JSON document");

            given().post("/api/dead-letters/{partition}/{offset}/redrive", letter.partition(), letter.offset())
                    .then().statusCode(202);

            ConsumerRecord<String, String> again = rawArticles.awaitRecords(record -> key.equals(record.key())
                    && record.headers().lastHeader(DeadLetterHeaders.REDRIVEN_FROM) != null, 1, DEADLINE).get(0);
            for (Header header : raw.headers()) {
                assertThat(again.headers().headers(header.key())).as(header.key()).singleElement()
                        .satisfies(copy -> assertThat(copy.value()).isEqualTo(header.value()));
            }
            assertThat(again.headers().lastHeader(DeadLetterHeaders.REASON)).isNull();
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

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static String bootstrapServers() {
        return NewsflowTestResource.infrastructure().kafkaBootstrapServers();
    }
}
