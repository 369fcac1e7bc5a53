package io.newsflow.query.service;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.newsflow.contract.ContractJson;

/** Reading the columns of native query rows. */
final class Rows {
    private Rows() {
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("Not a timestamp: " + value.getClass());
    }

    static long count(Object value) {
        return ((Number) value).longValue();
    }

    static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    static List<String> list(Object joined) {
        return joined == null || joined.toString().isEmpty() ? List.of() : List.of(joined.toString().split("\u001f"));
    }

    static <T> T json(Object document, Class<T> type) {
        try {
            return ContractJson.read(document.toString(), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored " + type.getSimpleName() + " is not readable", e);
        }
    }

    /** The cells of an export row: timestamps as ISO-8601 text, everything else as it is. */
    static Object[] cells(Object[] row) {
        Object[] cells = new Object[row.length];
        for (int i = 0; i < row.length; i++) {
            cells[i] = cell(row[i]);
        }
        return cells;
    }

    private static Object cell(Object value) {
        return value instanceof Instant || value instanceof Timestamp || value instanceof OffsetDateTime
                || value instanceof ZonedDateTime
                ? instant(value).toString()
                : value;
    }
}
