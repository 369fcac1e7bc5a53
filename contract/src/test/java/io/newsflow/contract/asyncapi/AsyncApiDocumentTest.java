package io.newsflow.contract.asyncapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.kafka.common.header.Headers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import io.newsflow.contract.AnalysedArticle;
import io.newsflow.contract.ContractFixtures;
import io.newsflow.contract.ContractJson;
import io.newsflow.contract.EventRetraction;
import io.newsflow.contract.NewsEvent;
import io.newsflow.contract.RawArticle;
import io.newsflow.contract.Topics;
import io.newsflow.contract.cloudevents.CloudEventHeaders;

class AsyncApiDocumentTest {
    private static final JsonNode DOCUMENT = AsyncApiDocument.tree();
    /** The specification's own JSON Schema (src/test/resources/asyncapi-spec, with its origin). */
    private static final JsonSchema SPECIFICATION = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
            .getSchema(SchemaLocation.of("classpath:asyncapi-spec/asyncapi-3.0.0.schema.json"));
    private static final URI DOCUMENT_URI = URI.create("https://newsflow.io/" + AsyncApiDocument.RESOURCE);

    @Test
    void isValidByTheAsyncApi300SpecificationsSchema() {
        assertThat(SPECIFICATION.validate(DOCUMENT)).isEmpty();
    }

    @Test
    void specificationsSchemaRefusesAnAsyncApi2StyleOperation() {
        ObjectNode changed = DOCUMENT.deepCopy();
        ((ObjectNode) changed.get("operations").get("consumeEvents")).put("action", "subscribe");

        assertThat(SPECIFICATION.validate(changed)).extracting(ValidationMessage::getInstanceLocation)
                .anySatisfy(location -> assertThat(location.toString()).contains("consumeEvents"));
    }

    @Test
    void hasTheRequiredFieldsOfAnAsyncApi300Document() {
        assertThat(DOCUMENT.path("asyncapi").asText()).isEqualTo("3.0.0");
        assertThat(DOCUMENT.path("info").path("title").asText()).isNotBlank();
        assertThat(DOCUMENT.path("info").path("version").asText()).isNotBlank();
        assertThat(DOCUMENT.path("channels").size()).isPositive();
        DOCUMENT.path("channels").properties().forEach(channel -> {
            assertThat(channel.getValue().path("address").asText()).as("address of channel %s", channel.getKey())
                    .isNotBlank();
            assertThat(channel.getValue().path("messages").size()).as("messages of channel %s", channel.getKey())
                    .isPositive();
        });
    }

    @Test
    void everyReferenceInsideTheDocumentResolves() {
        List<String> refs = new ArrayList<>();
        collectRefs(DOCUMENT, refs);

        assertThat(refs.stream().filter(ref -> ref.startsWith("#"))).isNotEmpty()
                .allSatisfy(ref -> assertThat(DOCUMENT.at(ref.substring(1)).isMissingNode())
                        .as("%s resolves", ref).isFalse());
    }

    @Test
    void everyOperationSendsOrReceivesMessagesOfItsOwnChannel() {
        DOCUMENT.path("operations").properties().forEach(operation -> {
            JsonNode value = operation.getValue();
            assertThat(value.path("action").asText()).as("action of %s", operation.getKey()).isIn("send", "receive");
            String channel = value.path("channel").path("$ref").asText();
            assertThat(channel).as("channel of %s", operation.getKey()).startsWith("#/channels/");
            value.path("messages").forEach(message -> assertThat(message.path("$ref").asText())
                    .as("message of %s", operation.getKey()).startsWith(channel + "/messages/"));
        });
    }

    @Test
    void everyTopicOfTheContractIsAChannel() throws IllegalAccessException {
        List<String> addresses = new ArrayList<>();
        DOCUMENT.path("channels").forEach(channel -> addresses.add(channel.path("address").asText()));
        List<String> topics = new ArrayList<>();
        for (Field field : Topics.class.getFields()) {
            // the names; the record limit beside them is not a topic
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                topics.add((String) field.get(null));
            }
        }

        assertThat(addresses).containsExactlyInAnyOrderElementsOf(topics);
    }

    static Stream<Arguments> jsonMessages() {
        return DOCUMENT.path("components").path("messages").properties().stream()
                .filter(message -> message.getValue().has("headers")
                        && message.getValue().path("payload").has("schema"))
                .map(message -> Arguments.of(message.getKey(), message.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jsonMessages")
    void payloadRefersToASchemaFileThatExistsUnderItsId(String name, JsonNode message) throws Exception {
        URI schema = DOCUMENT_URI.resolve(message.path("payload").path("schema").path("$ref").asText());

        JsonNode file = schemaFile(schema);
        assertThat(file).as("%s: %s", name, schema).isNotNull();
        assertThat(file.path("$id").asText()).isEqualTo(schema.toString());
    }

    /** The ce_dataschema a record carries, the schema the document names and the Java constants agree. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("jsonMessages")
    void headersNameThePayloadsSchema(String name, JsonNode message) {
        JsonNode fixed = DOCUMENT.at(message.path("headers").path("$ref").asText().substring(1)).path("allOf").get(1)
                .path("properties");
        String type = fixed.path("ce_type").path("const").asText();
        URI schema = DOCUMENT_URI.resolve(message.path("payload").path("schema").path("$ref").asText());

        assertThat(CloudEventHeaders.dataSchema(type)).isEqualTo(schema);
        assertThat(fixed.path("ce_dataschema").path("const").asText()).isEqualTo(schema.toString());
    }

    static Stream<Arguments> samples() {
        AnalysedArticle analysis = ContractFixtures.analysedArticle();
        NewsEvent event = ContractFixtures.newsEvent();
        RawArticle raw = ContractFixtures.rawArticle();
        String version = analysis.extractor().version();
        return Stream.of(
                Arguments.of("rawArticle", raw, attributes(CloudEventHeaders.INGEST_SOURCE,
                        CloudEventHeaders.ARTICLE_RAW, raw.id(), raw.id(), null)),
                Arguments.of("articleAnalysed", analysis, attributes(CloudEventHeaders.EXTRACT_SOURCE,
                        CloudEventHeaders.ARTICLE_ANALYSED, analysis.articleId(), analysis.articleId(), version)),
                Arguments.of("eventCoded", event, attributes(CloudEventHeaders.EXTRACT_SOURCE,
                        CloudEventHeaders.EVENT_CODED, event.eventId(), event.articleId(), version)),
                Arguments.of("eventRetracted", retraction(event, version), attributes(CloudEventHeaders.EXTRACT_SOURCE,
                        CloudEventHeaders.EVENT_RETRACTED, "r-" + event.eventId(), event.articleId(), version)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sampleRecordValidatesAgainstItsMessage(String message, Object payload, CloudEventHeaders.Attributes attributes)
            throws Exception {
        JsonNode json = ContractJson.mapper().readTree(ContractJson.write(payload));
        Headers headers = CloudEventHeaders.headers(attributes);

        assertThat(AsyncApiDocument.validatePayload(message, json)).isEmpty();
        assertThat(AsyncApiDocument.validateHeaders(message, headers)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void recordOfAnotherTypeOrWithoutAFieldFailsValidation(String message, Object payload,
            CloudEventHeaders.Attributes attributes) throws Exception {
        ObjectNode json = (ObjectNode) ContractJson.mapper().readTree(ContractJson.write(payload));
        json.remove("schemaVersion");
        Headers headers = CloudEventHeaders.headers(attributes);
        headers.remove(CloudEventHeaders.TYPE).add(CloudEventHeaders.TYPE, "io.newsflow.other.v1".getBytes());
        headers.remove(CloudEventHeaders.TIME);

        assertThat(AsyncApiDocument.validatePayload(message, json)).extracting(ValidationMessage::getMessage)
                .anySatisfy(text -> assertThat(text).contains("schemaVersion"));
        assertThat(AsyncApiDocument.validateHeaders(message, headers)).extracting(ValidationMessage::getMessage)
                .anySatisfy(text -> assertThat(text).contains("ce_type"))
                .anySatisfy(text -> assertThat(text).contains("ce_time"));
    }

    /** A retraction as extract-service writes it: the Java record, serialised. */
    private static JsonNode retraction(NewsEvent event, String extractorVersion) {
        return ContractJson.mapper().valueToTree(new EventRetraction(EventRetraction.SCHEMA_VERSION, event.eventId(),
                event.articleId(), Instant.parse("2017-06-04T08:00:00Z"), EventRetraction.REANALYSED,
                new AnalysedArticle.Extractor("newsflow-engine", extractorVersion)));
    }

    private static CloudEventHeaders.Attributes attributes(URI source, String type, String id, String subject,
            String extractorVersion) {
        return new CloudEventHeaders.Attributes(source, type, id, subject, Instant.parse("2017-06-03T12:00:01Z"), 1,
                extractorVersion);
    }

    private static JsonNode schemaFile(URI schema) throws Exception {
        String path = schema.getPath().substring(1);
        try (InputStream in = AsyncApiDocumentTest.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? null : ContractJson.mapper().readTree(in);
        }
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.has("$ref")) {
            refs.add(node.get("$ref").asText());
        }
        node.forEach(child -> collectRefs(child, refs));
    }
}
