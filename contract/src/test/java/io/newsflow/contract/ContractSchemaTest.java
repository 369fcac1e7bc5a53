package io.newsflow.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

class ContractSchemaTest {
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(
                    mappers -> mappers.mapPrefix("https://newsflow.io/schemas/", "classpath:schemas/")));

    static java.util.stream.Stream<Arguments> payloads() {
        return java.util.stream.Stream.of(
                Arguments.of(Topics.ARTICLES_RAW, ContractFixtures.rawArticle()),
                Arguments.of(Topics.NEWS_ARTICLES, ContractFixtures.analysedArticle()),
                Arguments.of(Topics.NEWS_EVENTS, ContractFixtures.newsEvent()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("payloads")
    void serialisedPayloadValidatesAgainstItsSchema(String topic, Object payload) throws Exception {
        JsonNode json = ContractJson.mapper().readTree(ContractJson.write(payload));

        assertThat(validate(topic, json)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("payloads")
    void payloadWithoutSchemaVersionIsRejected(String topic, Object payload) throws Exception {
        ObjectNode json = (ObjectNode) ContractJson.mapper().readTree(ContractJson.write(payload));
        json.remove("schemaVersion");

        assertThat(validate(topic, json)).extracting(ValidationMessage::getMessage)
                .anySatisfy(message -> assertThat(message).contains("schemaVersion"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("payloads")
    void payloadSurvivesARoundTrip(String topic, Object payload) throws Exception {
        String json = ContractJson.write(payload);

        assertThat(ContractJson.read(json, payload.getClass())).isEqualTo(payload);
    }

    private static Set<ValidationMessage> validate(String topic, JsonNode json) throws Exception {
        try (InputStream in = ContractSchemaTest.class.getResourceAsStream("/schemas/" + topic + ".schema.json")) {
            JsonSchema schema = FACTORY.getSchema(in);
            return schema.validate(json);
        }
    }
}
