package io.newsflow.extract.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.newsflow.contract.AnalysedArticle;
import io.newsflow.contract.ContractFixtures;
import io.newsflow.contract.ContractJson;
import io.newsflow.contract.DeadLetterHeaders;
import io.newsflow.contract.NewsEvent;
import io.newsflow.contract.RawArticle;
import io.newsflow.contract.Topics;
import io.newsflow.contract.asyncapi.AsyncApiDocument;
import io.newsflow.contract.cloudevents.CloudEventHeaders;
import io.newsflow.localstack.test.NewsflowTestResource;
import io.newsflow.localstack.test.TopicReader;
import io.newsflow.localstack.test.TopicWriter;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What a consumer of news.articles and news.events sees, read as one reads them (a plain KafkaConsumer,
 * read_committed): every record a CloudEvent in binary mode, with the headers and payload the AsyncAPI
 * document describes.
 */
@QuarkusTest
@WithTestResource(value = NewsflowTestResource.class, scope = TestResourceScope.GLOBAL)
class CloudEventHeadersOnTopicsTest {
    private static final Duration DEADLINE = Duration.ofSeconds(30);
    /** The message of the AsyncAPI document each ce_type is. */
    private static final Map<String, String> MESSAGES = Map.of(
            CloudEventHeaders.ARTICLE_ANALYSED, "articleAnalysed",
            CloudEventHeaders.EVENT_CODED, "eventCoded",
            CloudEventHeaders.EVENT_RETRACTED, "eventRetracted");

    @Test
    void analysisAndEventsCarryTheirCloudEventsAttributes() throws Exception {
        RawArticle raw = ContractFixtures.rawArticle("Sanctions " + Instant.now(), ContractFixtures.TEXT);
        send(Topics.ARTICLES_RAW, raw.id(), ContractJson.write(raw));

        try (TopicReader articles = new TopicReader(bootstrapServers(), Topics.NEWS_ARTICLES);
                TopicReader events = new TopicReader(bootstrapServers(), Topics.NEWS_EVENTS)) {
            ConsumerRecord<String, String> article = articles.awaitKey(raw.id(), DEADLINE);
            AnalysedArticle analysis = ContractJson.read(article.value(), AnalysedArticle.class);
            assertThat(analysis.events()).as("the fixture's text codes an event").isNotEmpty();
            // RFC 3339 in UTC, as the SDK writes it (fraction digits as needed).
            String time = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                    analysis.analysedAt().atOffset(ZoneOffset.UTC));

            assertThat(headers(article)).containsExactlyInAnyOrderEntriesOf(expectedHeaders(
                    CloudEventHeaders.ARTICLE_ANALYSED, raw.id(), "news.articles", time, analysis));

            List<ConsumerRecord<String, String>> eventRecords = events.awaitRecords(
                    record -> raw.id().equals(record.key()), analysis.events().size(), DEADLINE);
            assertThat(eventRecords).hasSameSizeAs(analysis.events());
            assertThat(eventRecords).allSatisfy(record -> assertThat(headers(record))
                    .containsExactlyInAnyOrderEntriesOf(expectedHeaders(CloudEventHeaders.EVENT_CODED, ContractJson.read(record.value(), NewsEvent.class)
                            .eventId(), "news.events", time, analysis)));
            assertThat(eventRecords.stream().map(record -> headers(record).get("ce_id")).collect(Collectors.toSet()))
                    .isEqualTo(analysis.events().stream().map(NewsEvent::eventId).collect(Collectors.toSet()));
        }
    }

    /** Every record either topic holds, this test's and the other tests' of the module alike. */
    @Test
    void everyRecordOnBothTopicsIsValidByTheAsyncApiDocument() throws Exception {
        RawArticle raw = ContractFixtures.rawArticle("Every record " + Instant.now(), ContractFixtures.TEXT);
        send(Topics.ARTICLES_RAW, raw.id(), ContractJson.write(raw));

        for (String topic : List.of(Topics.NEWS_ARTICLES, Topics.NEWS_EVENTS)) {
            try (TopicReader reader = new TopicReader(bootstrapServers(), topic)) {
                reader.awaitKey(raw.id(), DEADLINE);
                List<ConsumerRecord<String, String>> all = reader.awaitRecords(record -> true, 1, DEADLINE);
                assertThat(all).allSatisfy(record -> {
                    String message = MESSAGES.get(headers(record).get(CloudEventHeaders.TYPE));
                    assertThat(message).as("ce_type of %s at %d/%d", topic, record.partition(), record.offset())
                            .isNotNull();
                    assertThat(AsyncApiDocument.validateHeaders(message, record.headers()))
                            .as("headers of %s at %d/%d", topic, record.partition(), record.offset()).isEmpty();
                    JsonNode payload = ContractJson.mapper().readTree(record.value());
                    assertThat(AsyncApiDocument.validatePayload(message, payload))
                            .as("payload of %s at %d/%d", topic, record.partition(), record.offset()).isEmpty();
                    assertThat(record.key()).isEqualTo(headers(record).get(CloudEventHeaders.SUBJECT));
                });
            }
        }
    }

    @Test
    void deadLetterCarriesTheHeadersTheAsyncApiDocumentNames() {
        String key = "not-an-article-" + Instant.now().toEpochMilli();
        send(Topics.ARTICLES_RAW, key, "{\"headline\": 42");

        try (TopicReader deadLetters = new TopicReader(bootstrapServers(), Topics.ARTICLES_RAW_DLQ)) {
            ConsumerRecord<String, String> letter = deadLetters.awaitKey(key, DEADLINE);

            assertThat(AsyncApiDocument.validateHeaders("deadLetter", letter.headers())).isEmpty();
            assertThat(headers(letter)).containsEntry(DeadLetterHeaders.TOPIC, Topics.ARTICLES_RAW);
        }
    }

    private static Map<String, String> expectedHeaders(String type, String id, String topic, String time,
            AnalysedArticle analysis) {
        return Map.of("ce_specversion", "1.0",
                "ce_id", id,
                "ce_source", "/newsflow/extract-service",
                "ce_type", type,
                "ce_time", time,
                "ce_subject", analysis.articleId(),
                "ce_dataschema", "https://newsflow.io/schemas/" + topic + ".schema.json",
                "ce_schemaversion", "1",
                "ce_extractorversion", analysis.extractor().version(),
                "content-type", "application/json");
    }

    /** Each header once: a name written twice would leave consumers to guess which one counts. */
    private static Map<String, String> headers(ConsumerRecord<String, String> record) {
        Set<String> names = new HashSet<>();
        for (Header header : record.headers()) {
            assertThat(names.add(header.key())).as("header %s once", header.key()).isTrue();
        }
        return names.stream().collect(Collectors.toMap(name -> name,
                name -> new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8)));
    }

    private static void send(String topic, String key, String value) {
        try (TopicWriter writer = new TopicWriter(bootstrapServers())) {
            writer.send(topic, key, value);
        }
    }

    private static String bootstrapServers() {
        return NewsflowTestResource.infrastructure().kafkaBootstrapServers();
    }
}
