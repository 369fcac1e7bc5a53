package io.newsflow.query.persistence;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import io.newsflow.contract.AnalysedArticle;
import io.newsflow.contract.ContractJson;

/**
 * The article's stored document is its news.articles record without the parts stored beside it:
 * the text (the article's text column) and the events (each event row's document, in the order
 * of its position column). Writing them twice made the article row as costly as its events
 * (docs/benchmarks.md, issue 14). Reads put them back where the contract has them, so the
 * analysis is served as it was published. Both ways stream tokens: every other field, also one
 * the contract does not know yet, is copied as it came.
 */
public final class ArticleDocument {
    private static final String TEXT = "text";
    private static final String EVENTS = "events";
    /** The contract's field order, which the producer writes and the reassembly restores. */
    private static final List<String> CONTRACT_ORDER = Arrays.stream(AnalysedArticle.class.getRecordComponents())
            .map(component -> component.getName()).toList();
    private static final JsonFactory JSON = ContractJson.mapper().getFactory();

    private ArticleDocument() {
    }

    /** The received record without its text and events. */
    public static String lean(String analysisJson) {
        StringWriter out = new StringWriter(analysisJson.length() / 2);
        try (JsonParser in = JSON.createParser(analysisJson); JsonGenerator lean = JSON.createGenerator(out)) {
            startObject(in);
            lean.writeStartObject();
            while (in.nextToken() == JsonToken.FIELD_NAME) {
                String name = in.currentName();
                in.nextToken();
                if (name.equals(TEXT) || name.equals(EVENTS)) {
                    in.skipChildren();
                } else {
                    lean.writeFieldName(name);
                    lean.copyCurrentStructure(in);
                }
            }
            lean.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("An analysis that is not a JSON object", e);
        }
        return out.toString();
    }

    /**
     * The analysis as published: {@code lean} with {@code text} and {@code eventsArray} (a JSON
     * array of event documents in their published order; null for none) back in the contract's place.
     */
    public static String assemble(String lean, String text, String eventsArray) {
        StringWriter out = new StringWriter(lean.length() + (text == null ? 0 : text.length())
                + (eventsArray == null ? 0 : eventsArray.length()) + 64);
        try (JsonParser in = JSON.createParser(lean); JsonGenerator whole = JSON.createGenerator(out)) {
            startObject(in);
            whole.writeStartObject();
            Restored restored = new Restored(whole, text, eventsArray);
            while (in.nextToken() == JsonToken.FIELD_NAME) {
                String name = in.currentName();
                restored.before(CONTRACT_ORDER.indexOf(name));
                in.nextToken();
                whole.writeFieldName(name);
                whole.copyCurrentStructure(in);
            }
            restored.before(Integer.MAX_VALUE);
            whole.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("A stored article document that is not a JSON object", e);
        }
        return out.toString();
    }

    /** {@code events}: the documents in their published order. */
    public static String eventsArray(List<String> events) {
        return "[" + String.join(",", events) + "]";
    }

    private static void startObject(JsonParser in) throws IOException {
        if (in.nextToken() != JsonToken.START_OBJECT) {
            throw new IOException("not a JSON object");
        }
    }

    /** Writes the text and the events once, just before the first field the contract puts after them. */
    private static final class Restored {
        private static final int TEXT_PLACE = CONTRACT_ORDER.indexOf(TEXT);
        private static final int EVENTS_PLACE = CONTRACT_ORDER.indexOf(EVENTS);
        private final JsonGenerator out;
        private final String text;
        private final String eventsArray;
        private boolean textWritten;
        private boolean eventsWritten;

        Restored(JsonGenerator out, String text, String eventsArray) {
            this.out = out;
            this.text = text;
            this.eventsArray = eventsArray;
        }

        /** Called before a field at {@code place} in the contract's order (-1: a field it does not know). */
        void before(int place) throws IOException {
            if (!textWritten && place > TEXT_PLACE) {
                out.writeStringField(TEXT, text);
                textWritten = true;
            }
            if (!eventsWritten && place > EVENTS_PLACE) {
                out.writeFieldName(EVENTS);
                if (eventsArray == null) {
                    out.writeStartArray();
                    out.writeEndArray();
                } else {
                    try (JsonParser events = JSON.createParser(eventsArray)) {
                        events.nextToken();
                        out.copyCurrentStructure(events);
                    }
                }
                eventsWritten = true;
            }
        }
    }
}
