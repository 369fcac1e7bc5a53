package io.newsflow.contract.compat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.newsflow.contract.ContractJson;

/**
 * Where a payload's JSON and its schema disagree on the properties: a property the schema lists that the
 * Java record does not write (a consumer would wait for it in vain), or one the record writes that the
 * schema does not list (a field consumers cannot know is promised). Nested objects and arrays are followed
 * where the sample has them, through local and cross-file {@code $ref}s.
 */
final class SerialisedProperties {

    private SerialisedProperties() {
    }

    static List<String> mismatches(JsonNode schema, JsonNode json) {
        List<String> mismatches = new ArrayList<>();
        compare("(root)", schema, schema, json, mismatches);
        return mismatches;
    }

    private static void compare(String path, JsonNode file, JsonNode schema, JsonNode json, List<String> mismatches) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            JsonNode target = ref.startsWith("#") ? file : load(ref);
            compare(path, target, target.at(ref.contains("#") ? ref.substring(ref.indexOf('#') + 1) : ""), json,
                    mismatches);
            return;
        }
        for (JsonNode branch : schema.path("oneOf")) {
            if (!"null".equals(branch.path("type").asText())) {
                compare(path, file, branch, json, mismatches);
            }
        }
        if (json.isObject() && schema.has("properties")) {
            schema.get("properties").properties().forEach(property -> {
                String where = child(path, property.getKey());
                if (!json.has(property.getKey())) {
                    mismatches.add(where + ": listed by the schema, not written");
                } else if (!json.get(property.getKey()).isNull()) {
                    compare(where, file, property.getValue(), json.get(property.getKey()), mismatches);
                }
            });
            for (Iterator<String> names = json.fieldNames(); names.hasNext();) {
                String name = names.next();
                if (!schema.get("properties").has(name)) {
                    mismatches.add(child(path, name) + ": written, not listed by the schema");
                }
            }
        }
        if (json.isArray() && schema.has("items")) {
            json.forEach(item -> compare(path + "[]", file, schema.get("items"), item, mismatches));
        }
    }

    /** A schema file of the contract by its name, as a {@code $ref} names it relative to another. */
    static JsonNode load(String ref) {
        String name = ref.contains("#") ? ref.substring(0, ref.indexOf('#')) : ref;
        try (InputStream in = SerialisedProperties.class.getResourceAsStream("/schemas/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No schema file " + name);
            }
            return ContractJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String child(String path, String name) {
        return "(root)".equals(path) ? name : path + "." + name;
    }
}
