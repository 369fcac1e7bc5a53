package io.newsflow.contract.cloudevents;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.v1.CloudEventV1;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.newsflow.contract.Topics;

/**
 * The CloudEvents 1.0 attributes of every record Newsflow publishes, in the Kafka binding's binary mode:
 * the record's value is the JSON payload as it always was, the attributes are {@code ce_*} headers, so a
 * consumer that ignores headers reads the same topic as before. The CloudEvents SDK's Kafka binding writes
 * them, so the header names and the time format are the spec's.
 * <p>
 * A {@code ce_type} ends in the major {@code schemaVersion} of its payload: a breaking change to a schema
 * is a new version and a new type (contract/COMPATIBILITY.md).
 */
public final class CloudEventHeaders {
    /** An article as uploaded, on {@link Topics#ARTICLES_RAW}. */
    public static final String ARTICLE_RAW = "io.newsflow.article.raw.v1";
    /** The whole analysis of an article, on {@link Topics#NEWS_ARTICLES}. */
    public static final String ARTICLE_ANALYSED = "io.newsflow.article.analysed.v1";
    /** One CAMEO-coded event, on {@link Topics#NEWS_EVENTS}. */
    public static final String EVENT_CODED = "io.newsflow.event.coded.v1";
    /**
     * An event a newer analysis of its article no longer contains, on {@link Topics#NEWS_EVENTS}. Its
     * {@code ce_id} is the retraction's own (the payload's {@code eventId} names the event), or a consumer
     * deduplicating by {@code ce_id} would take it for a copy of the event and drop it.
     */
    public static final String EVENT_RETRACTED = io.newsflow.contract.EventRetraction.CE_TYPE;

    /** {@code ce_source} of what ingest-service publishes. */
    public static final URI INGEST_SOURCE = URI.create("/newsflow/ingest-service");
    /** {@code ce_source} of what extract-service publishes. */
    public static final URI EXTRACT_SOURCE = URI.create("/newsflow/extract-service");

    // Extension attribute names: lower-case letters and digits only, as CloudEvents requires.
    private static final String SCHEMA_VERSION_EXTENSION = "schemaversion";
    private static final String EXTRACTOR_VERSION_EXTENSION = "extractorversion";

    public static final String SPEC_VERSION = header(CloudEventV1.SPECVERSION);
    public static final String ID = header(CloudEventV1.ID);
    public static final String SOURCE = header(CloudEventV1.SOURCE);
    public static final String TYPE = header(CloudEventV1.TYPE);
    public static final String TIME = header(CloudEventV1.TIME);
    public static final String SUBJECT = header(CloudEventV1.SUBJECT);
    public static final String DATA_SCHEMA = header(CloudEventV1.DATASCHEMA);
    /** The binding maps datacontenttype to Kafka's own content-type header, not to a ce_ one. */
    public static final String CONTENT_TYPE = "content-type";
    /** Extension attribute: the payload's {@code schemaVersion}, readable without parsing the body. */
    public static final String SCHEMA_VERSION = header(SCHEMA_VERSION_EXTENSION);
    /** Extension attribute: the extractor version that produced the payload (not on raw articles). */
    public static final String EXTRACTOR_VERSION = header(EXTRACTOR_VERSION_EXTENSION);

    /** The JSON Schema each type's payload follows, by the schema's {@code $id}. */
    private static final Map<String, URI> DATA_SCHEMAS = Map.of(
            ARTICLE_RAW, schema(Topics.ARTICLES_RAW),
            ARTICLE_ANALYSED, schema(Topics.NEWS_ARTICLES),
            EVENT_CODED, schema(Topics.NEWS_EVENTS),
            EVENT_RETRACTED, schema("news.events.retraction"));

    private CloudEventHeaders() {
    }

    /**
     * The attributes of one record. The record's key is its subject, the article id, so an article's
     * records share a partition and keep their order.
     *
     * @param id the event id of an event, the article id of an article
     * @param time when what the record says happened: the article's arrival, its analysis
     * @param extractorVersion null where no extractor was involved (raw articles)
     */
    public record Attributes(URI source, String type, String id, String subject, Instant time, int schemaVersion,
            String extractorVersion) {
    }

    /** A record of {@code topic} keyed by the subject, with {@code json} as its value and the attributes as headers. */
    public static ProducerRecord<String, byte[]> record(String topic, Integer partition, byte[] json,
            Attributes attributes) {
        return KafkaMessageFactory.<String>createWriter(topic, partition, null, attributes.subject())
                .writeBinary(event(json, attributes));
    }

    /** The headers alone, for a producer that builds its records itself (SmallRye's metadata). */
    public static Headers headers(Attributes attributes) {
        return record(Topics.ARTICLES_RAW, null, new byte[0], attributes).headers();
    }

    /** The {@code $id} of the JSON Schema that a payload of this type follows; also its {@code ce_dataschema}. */
    public static URI dataSchema(String type) {
        URI schema = DATA_SCHEMAS.get(type);
        if (schema == null) {
            throw new IllegalArgumentException("No schema for CloudEvents type " + type);
        }
        return schema;
    }

    private static CloudEvent event(byte[] json, Attributes attributes) {
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(attributes.id())
                .withSource(attributes.source())
                .withType(attributes.type())
                .withSubject(attributes.subject())
                .withTime(attributes.time().atOffset(ZoneOffset.UTC))
                .withExtension(SCHEMA_VERSION_EXTENSION, attributes.schemaVersion())
                .withData("application/json", dataSchema(attributes.type()), json);
        if (attributes.extractorVersion() != null) {
            builder.withExtension(EXTRACTOR_VERSION_EXTENSION, attributes.extractorVersion());
        }
        return builder.build();
    }

    private static URI schema(String topic) {
        return URI.create("https://newsflow.io/schemas/" + topic + ".schema.json");
    }

    private static String header(String attribute) {
        return "ce_" + attribute;
    }
}
