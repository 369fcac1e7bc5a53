package io.newsflow.query.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Query;

/**
 * A WHERE clause built from conditions with named parameters: values are always bound, never
 * written into the SQL text.
 */
final class Sql {
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Adds {@code condition} binding {@code name} when {@code value} is given; nothing otherwise. */
    Sql and(String condition, String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(name, value);
        }
        return this;
    }

    Sql and(String condition) {
        conditions.add(condition);
        return this;
    }

    Sql bind(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    Sql bindIf(boolean condition, String name, Object value) {
        return condition ? bind(name, value) : this;
    }

    String where() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    <Q extends Query> Q applyTo(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    /** A LIKE pattern that matches {@code text} anywhere, with the wildcards in it escaped. */
    static String containing(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
