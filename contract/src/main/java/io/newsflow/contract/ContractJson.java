package io.newsflow.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one JSON mapping of the contract: ISO-8601 instants, unknown fields ignored so that
 * consumers keep working when a producer adds a field (schemaVersion changes only on breaks).
 */
public final class ContractJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();
    /**
     * A record is one JSON value and nothing after it: Jackson would otherwise read the first value
     * of "{...} trailing" and leave the rest unseen, which consumers that keep a record's text
     * (query-service stores it as the document it serves) cannot do.
     */
    private static final ObjectReader WHOLE_RECORD = MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private ContractJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    /** The UTF-8 bytes of the JSON, written straight from the value: for a record's value, no String between. */
    public static byte[] writeBytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    public static <T> T read(String json, Class<T> type) throws JsonProcessingException {
        return WHOLE_RECORD.forType(type).readValue(json);
    }
}
