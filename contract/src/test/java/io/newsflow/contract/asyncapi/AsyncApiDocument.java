package io.newsflow.contract.asyncapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The contract's AsyncAPI document as the tests read it: the parsed tree, and validators of a message's
 * payload and headers by the schemas the document names, $refs to the JSON Schema files followed.
 * Shipped in the contract's test jar, so the services' tests check what they write against the same document.
 */
public final class AsyncApiDocument {
    public static final String RESOURCE = "asyncapi/newsflow.asyncapi.yaml";
    /**
     * The document and the schemas live under one base, so the document's {@code ../schemas/...} and the
     * schemas' {@code $id}s resolve to the same files.
     */
    private static final String BASE = "https://newsflow.io/";
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(BASE, "classpath:")));
    private static final ObjectMapper YAML = new YAMLMapper();

    private AsyncApiDocument() {
    }

    public static JsonNode tree() {
        return parse(text());
    }

    public static JsonNode parse(String yaml) {
        try {
            return YAML.readTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document as the classpath holds it, byte for byte. */
    public static String text() {
        try (InputStream in = AsyncApiDocument.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What is wrong with {@code payload} as the value of {@code message} (a key of components.messages). */
    public static Set<ValidationMessage> validatePayload(String message, JsonNode payload) {
        return validate("/components/messages/" + message + "/payload/schema", payload);
    }

    /** What is wrong with a record's headers, as UTF-8 strings, as the headers of {@code message}. */
    public static Set<ValidationMessage> validateHeaders(String message, Headers headers) {
        ObjectNode json = YAML.createObjectNode();
        for (Header header : headers) {
            json.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        return validate("/components/messages/" + message + "/headers", json);
    }

    private static Set<ValidationMessage> validate(String pointer, JsonNode value) {
        return FACTORY.getSchema(SchemaLocation.of(BASE + RESOURCE + "#" + pointer)).validate(value);
    }
}
