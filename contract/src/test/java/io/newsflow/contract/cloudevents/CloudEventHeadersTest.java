package io.newsflow.contract.cloudevents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.newsflow.contract.Topics;

class CloudEventHeadersTest {
    private static final String ARTICLE_ID = "1ed437eb41942f5b37e32d11273054e6";
    private static final CloudEventHeaders.Attributes EVENT = new CloudEventHeaders.Attributes(
            CloudEventHeaders.EXTRACT_SOURCE, CloudEventHeaders.EVENT_CODED, "e-42", ARTICLE_ID,
            Instant.parse("2024-03-04T09:30:00.123Z"), 1, "0.9.0");

    @Test
    void recordIsKeyedByItsSubjectWithThePayloadUntouchedAndTheBinaryModeHeaders() {
        byte[] json = "{\"eventId\":\"e-42\"}".getBytes(StandardCharsets.UTF_8);

        ProducerRecord<String, byte[]> record = CloudEventHeaders.record(Topics.NEWS_EVENTS, 2, json, EVENT);

        assertThat(record.topic()).isEqualTo(Topics.NEWS_EVENTS);
        assertThat(record.partition()).isEqualTo(2);
        assertThat(record.key()).isEqualTo(ARTICLE_ID);
        assertThat(record.value()).isEqualTo(json);
        assertThat(headers(record)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "ce_specversion", "1.0",
                "ce_id", "e-42",
                "ce_source", "/newsflow/extract-service",
                "ce_type", "io.newsflow.event.coded.v1",
                "ce_time", "2024-03-04T09:30:00.123Z",
                "ce_subject", ARTICLE_ID,
                "ce_dataschema", "https://newsflow.io/schemas/news.events.schema.json",
                "ce_schemaversion", "1",
                "ce_extractorversion", "0.9.0",
                "content-type", "application/json"));
    }

    @Test
    void sdkReadsTheRecordBackAsTheSameCloudEvent() {
        ProducerRecord<String, byte[]> record = CloudEventHeaders.record(Topics.NEWS_EVENTS, null, "{}".getBytes(),
                EVENT);

        CloudEvent event = KafkaMessageFactory.createReader(record.headers(), record.value()).toEvent();

        assertThat(event.getId()).isEqualTo("e-42");
        assertThat(event.getSource()).isEqualTo(URI.create("/newsflow/extract-service"));
        assertThat(event.getType()).isEqualTo(CloudEventHeaders.EVENT_CODED);
        assertThat(event.getTime()).isEqualTo(OffsetDateTime.parse("2024-03-04T09:30:00.123Z"));
        assertThat(event.getSubject()).isEqualTo(ARTICLE_ID);
        assertThat(event.getExtension("extractorversion")).isEqualTo("0.9.0");
        assertThat(event.getData().toBytes()).isEqualTo("{}".getBytes());
    }

    @Test
    void rawArticleHasNoExtractorVersion() {
        Map<String, String> headers = headers(CloudEventHeaders.record(Topics.ARTICLES_RAW, null, new byte[0],
                new CloudEventHeaders.Attributes(CloudEventHeaders.INGEST_SOURCE, CloudEventHeaders.ARTICLE_RAW,
                        ARTICLE_ID, ARTICLE_ID, Instant.parse("2024-03-04T09:30:00Z"), 1, null)));

        assertThat(headers).doesNotContainKey(CloudEventHeaders.EXTRACTOR_VERSION)
                .containsEntry(CloudEventHeaders.TIME, "2024-03-04T09:30:00Z")
                .containsEntry(CloudEventHeaders.DATA_SCHEMA, "https://newsflow.io/schemas/articles.raw.schema.json");
    }

    @Test
    void typeWithoutASchemaIsRefused() {
        assertThatThrownBy(() -> CloudEventHeaders.dataSchema("io.newsflow.unknown.v1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("io.newsflow.unknown.v1");
    }

    private static Map<String, String> headers(ProducerRecord<String, byte[]> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }
}
