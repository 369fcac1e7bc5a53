package io.newsflow.contract.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.newsflow.contract.AnalysedArticle;
import io.newsflow.contract.ContractFixtures;
import io.newsflow.contract.ContractJson;
import io.newsflow.contract.EventRetraction;
import io.newsflow.contract.NewsEvent;
import io.newsflow.contract.RawArticle;
import io.newsflow.contract.cloudevents.CloudEventHeaders;

/**
 * The schemaVersion policy of contract/COMPATIBILITY.md: each schema against the baseline committed for its
 * schemaVersion (src/test/resources/compat/NAME-vN.json), each type's suffix against its schema's version,
 * and the Java records against the properties their schemas list.
 */
class SchemaCompatibilityTest {
    private static final List<String> SCHEMAS = List.of("articles.raw", "news.articles", "news.events",
            "news.events.retraction");

    static Stream<Arguments> schemas() {
        return SCHEMAS.stream().map(name -> Arguments.of(name, schemaVersion(schema(name))));
    }

    @ParameterizedTest(name = "{0} keeps every field, type, requirement and enum value of its v{1} baseline")
    @MethodSource("schemas")
    void schemaKeepsItsBaseline(String name, int version) throws Exception {
        JsonNode baseline = baseline(name, version);
        assertThat(baseline).as("No baseline compat/%s-v%d.json: a new schemaVersion commits its baseline with it",
                name, version).isNotNull();

        assertThat(SchemaCompatibility.breaks(baseline, schema(name)))
                .as("%s breaks schemaVersion %d: bump the version and the ce_type suffix, or undo", name, version)
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {CloudEventHeaders.ARTICLE_RAW, CloudEventHeaders.ARTICLE_ANALYSED,
            CloudEventHeaders.EVENT_CODED, CloudEventHeaders.EVENT_RETRACTED})
    void typeEndsInItsPayloadsSchemaVersion(String type) {
        String file = CloudEventHeaders.dataSchema(type).getPath().replaceFirst(".*/", "");

        assertThat(type).endsWith(".v" + schemaVersion(SerialisedProperties.load(file)));
    }

    @Test
    void javaConstantsAreTheSchemasVersions() {
        assertThat(RawArticle.SCHEMA_VERSION).isEqualTo(schemaVersion(schema("articles.raw")));
        assertThat(AnalysedArticle.SCHEMA_VERSION).isEqualTo(schemaVersion(schema("news.articles")));
        assertThat(NewsEvent.SCHEMA_VERSION).isEqualTo(schemaVersion(schema("news.events")));
        assertThat(EventRetraction.SCHEMA_VERSION).isEqualTo(schemaVersion(schema("news.events.retraction")));
    }

    static Stream<Arguments> records() {
        NewsEvent event = ContractFixtures.newsEvent();
        NewsEvent located = new NewsEvent(event.schemaVersion(), event.eventId(), event.articleId(), event.cameo(),
                event.source(), event.target(), event.actionText(), event.negated(), event.date(),
                event.datePrecision(), new NewsEvent.Location("New York", "USA", 40.7, -74.0), event.sentence(),
                event.sentenceIndex(), event.start(), event.end(), event.confidence(), event.headline(), event.url(),
                event.articleSource());
        return Stream.of(
                Arguments.of("RawArticle", "articles.raw", ContractFixtures.rawArticle()),
                Arguments.of("AnalysedArticle", "news.articles", ContractFixtures.analysedArticle()),
                Arguments.of("NewsEvent", "news.events", located),
                Arguments.of("EventRetraction", "news.events.retraction", EventRetraction.reanalysed(event.eventId(),
                        ContractFixtures.analysedArticle())));
    }

    @ParameterizedTest(name = "{0} writes every property {1} lists, and no other")
    @MethodSource("records")
    void recordWritesExactlyThePropertiesItsSchemaLists(String record, String name, Object sample) throws Exception {
        JsonNode json = ContractJson.mapper().readTree(ContractJson.write(sample));

        assertThat(SerialisedProperties.mismatches(schema(name), json)).as("%s against %s", record, name).isEmpty();
    }

    /** The comparison itself: every kind of break the policy forbids is caught, and named. */
    @Test
    void everyBreakOfThePolicyIsReportedWithWhereAndWhat() {
        JsonNode baseline = schema("news.events");
        ObjectNode changed = baseline.deepCopy();
        ObjectNode properties = (ObjectNode) changed.get("properties");
        properties.remove("actionText");
        properties.set("sentenceIndex", ContractJson.mapper().createObjectNode().put("type", "string"));
        ((ArrayNode) changed.get("required")).add("headline");
        ((ArrayNode) properties.get("datePrecision").get("enum")).remove(2);
        ObjectNode actor = (ObjectNode) changed.get("$defs").get("actor").get("properties");
        actor.set("id", actor.remove("entityId"));

        assertThat(SchemaCompatibility.breaks(baseline, changed)).containsExactlyInAnyOrder(
                "(root): newly required [headline] (records already written lack them)",
                "actionText: removed or renamed",
                "datePrecision: enum values removed [YEAR]",
                "sentenceIndex: type changed from [integer] to [string]",
                "$defs.actor.entityId: removed or renamed");
    }

    @Test
    void addingAnOptionalPropertyOrAnEnumValueKeepsTheVersion() {
        JsonNode baseline = schema("news.events");
        ObjectNode changed = baseline.deepCopy();
        ((ObjectNode) changed.get("properties")).set("tone", ContractJson.mapper().createObjectNode()
                .put("type", "number"));
        ((ArrayNode) changed.get("properties").get("datePrecision").get("enum")).add("WEEK");

        assertThat(SchemaCompatibility.breaks(baseline, changed)).isEmpty();
    }

    @Test
    void aFieldTheRecordDoesNotWriteIsReported() throws Exception {
        ObjectNode json = (ObjectNode) ContractJson.mapper().readTree(
                ContractJson.write(ContractFixtures.analysedArticle()));
        ((ObjectNode) json.get("events").get(0).get("cameo")).remove("goldstein");
        json.put("sentiment", 0.5);

        assertThat(SerialisedProperties.mismatches(schema("news.articles"), json)).containsExactlyInAnyOrder(
                "events[].cameo.goldstein: listed by the schema, not written",
                "sentiment: written, not listed by the schema");
    }

    private static int schemaVersion(JsonNode schema) {
        return schema.path("properties").path("schemaVersion").path("const").asInt();
    }

    private static JsonNode schema(String name) {
        return SerialisedProperties.load(name + ".schema.json");
    }

    private static JsonNode baseline(String name, int version) throws Exception {
        try (InputStream in = SchemaCompatibilityTest.class.getResourceAsStream(
                "/compat/" + name + "-v" + version + ".json")) {
            return in == null ? null : ContractJson.mapper().readTree(in);
        }
    }
}
