package io.newsflow.contract.compat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The schemaVersion policy (contract/COMPATIBILITY.md) as a comparison of a JSON Schema with the baseline
 * committed for its version: within a version a schema may add properties and enum values, and nothing
 * else that a consumer or an old record could notice. Each break is reported as "where: what", where is
 * the property path ({@code cameo.code}, {@code entities[].mentions}, {@code $defs.actor.kind}).
 */
final class SchemaCompatibility {
    private static final List<String> BRANCHES = List.of("oneOf", "anyOf", "allOf");

    private SchemaCompatibility() {
    }

    static List<String> breaks(JsonNode baseline, JsonNode current) {
        List<String> breaks = new ArrayList<>();
        compare("(root)", baseline, current, breaks);
        return breaks;
    }

    private static void compare(String path, JsonNode baseline, JsonNode current, List<String> breaks) {
        if (current == null || current.isMissingNode()) {
            breaks.add(path + ": removed or renamed");
            return;
        }
        same(path, "type", types(baseline), types(current), breaks);
        same(path, "const", baseline.get("const"), current.get("const"), breaks);
        same(path, "$ref", baseline.get("$ref"), current.get("$ref"), breaks);
        same(path, "pattern", baseline.get("pattern"), current.get("pattern"), breaks);
        Set<String> enumRemoved = difference(values(baseline.get("enum")), values(current.get("enum")));
        if (!enumRemoved.isEmpty()) {
            breaks.add(path + ": enum values removed " + enumRemoved);
        }
        Set<String> newlyRequired = difference(values(current.get("required")), values(baseline.get("required")));
        if (!newlyRequired.isEmpty()) {
            breaks.add(path + ": newly required " + newlyRequired + " (records already written lack them)");
        }
        Set<String> noLongerRequired = difference(values(baseline.get("required")), values(current.get("required")));
        if (!noLongerRequired.isEmpty()) {
            breaks.add(path + ": no longer required " + noLongerRequired + " (consumers rely on them)");
        }
        baseline.path("properties").properties().forEach(property -> compare(child(path, property.getKey()),
                property.getValue(), current.path("properties").path(property.getKey()), breaks));
        baseline.path("$defs").properties().forEach(definition -> compare(child(path, "$defs." + definition.getKey()),
                definition.getValue(), current.path("$defs").path(definition.getKey()), breaks));
        if (baseline.has("items")) {
            compare(path + "[]", baseline.get("items"), current.path("items"), breaks);
        }
        for (String keyword : BRANCHES) {
            Iterator<JsonNode> currentBranches = current.path(keyword).iterator();
            int index = 0;
            for (JsonNode branch : baseline.path(keyword)) {
                compare(path + "|" + keyword + "[" + index++ + "]",
                        branch, currentBranches.hasNext() ? currentBranches.next() : null, breaks);
            }
        }
    }

    private static void same(String path, String keyword, Object baseline, Object current, List<String> breaks) {
        if (baseline != null && !baseline.equals(current)) {
            breaks.add(path + ": " + keyword + " changed from " + baseline + " to " + current);
        }
    }

    private static Set<String> types(JsonNode schema) {
        return schema.has("type") ? values(schema.get("type")) : null;
    }

    /** A keyword's value as a set of strings, whether one value or an array of them. */
    private static Set<String> values(JsonNode node) {
        Set<String> values = new TreeSet<>();
        if (node != null && node.isArray()) {
            node.forEach(value -> values.add(value.asText()));
        } else if (node != null) {
            values.add(node.asText());
        }
        return values;
    }

    private static Set<String> difference(Set<String> from, Set<String> minus) {
        Set<String> difference = new TreeSet<>(from);
        difference.removeAll(minus);
        return difference;
    }

    private static String child(String path, String name) {
        return "(root)".equals(path) ? name : path + "." + name;
    }
}
