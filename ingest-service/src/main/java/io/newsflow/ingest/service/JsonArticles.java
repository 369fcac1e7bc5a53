package io.newsflow.ingest.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code application/json}: one article object, or an array of them read element by element with
 * Jackson's streaming parser, so an array is never held in memory whole. A syntax error ends the
 * array (the parser cannot find the next element): the elements before it go on, the error is
 * reported at its index.
 */
public final class JsonArticles {
    public static final String CONTENT_TYPE = "application/json";

    private JsonArticles() {
    }

    /**
     * Pushes the articles to {@code sink}; answers whether the document was an array (a batch).
     *
     * @param file the file the JSON came in (multipart, zip), or null for a request body
     */
    public static boolean read(InputStream in, Charset declared, String file, UploadMetadata metadata,
            ItemSink sink) throws IOException {
        // Without a declared charset Jackson detects UTF-8, UTF-16 and UTF-32 as RFC 8259 allows.
        try (JsonParser parser = declared == null ? JsonDocuments.MAPPER.createParser(in)
                : JsonDocuments.MAPPER.createParser(new InputStreamReader(in, declared))) {
            JsonToken first;
            try {
                first = parser.nextToken();
            } catch (JsonProcessingException e) {
                sink.accept(UploadItem.failed(single(file), CONTENT_TYPE, JsonDocuments.problem(e)));
                return false;
            }
            if (first == JsonToken.START_ARRAY) {
                readArray(parser, file, metadata, sink);
                return true;
            }
            if (first == null) {
                sink.accept(UploadItem.failed(single(file), CONTENT_TYPE, IngestProblem.badRequest("empty",
                        "The JSON document is empty; expected an article object or an array of them.")));
                return false;
            }
            sink.accept(element(parser, single(file), metadata, true));
            return false;
        }
    }

    private static void readArray(JsonParser parser, String file, UploadMetadata metadata, ItemSink sink)
            throws IOException {
        for (int index = 0;; index++) {
            Position position = Position.index(index).inFile(file);
            try {
                if (parser.nextToken() == JsonToken.END_ARRAY) {
                    return;
                }
            } catch (JsonProcessingException e) {
                sink.accept(UploadItem.failed(position, CONTENT_TYPE, JsonDocuments.problem(e)));
                return;
            }
            UploadItem item = element(parser, position, metadata, false);
            sink.accept(item);
            if (item.problem() != null && "malformed-json".equals(item.problem().reason())) {
                return;
            }
        }
    }

    /** The value at the parser, read as a tree first so that a wrong field type spoils only this element. */
    private static UploadItem element(JsonParser parser, Position position, UploadMetadata metadata,
            boolean wholeDocument) throws IOException {
        JsonNode node;
        try {
            node = parser.readValueAsTree();
            if (wholeDocument && parser.nextToken() != null) {
                return UploadItem.failed(position, CONTENT_TYPE, IngestProblem.badRequest("malformed-json",
                        "Malformed JSON: more content after the article object."));
            }
        } catch (JsonProcessingException e) {
            return UploadItem.failed(position, CONTENT_TYPE, JsonDocuments.problem(e));
        }
        try {
            return UploadItem.parsed(position, CONTENT_TYPE, JsonDocuments.fields(node).orElse(metadata));
        } catch (IngestProblem problem) {
            return UploadItem.failed(position, CONTENT_TYPE, problem);
        } catch (JsonProcessingException e) {
            return UploadItem.failed(position, CONTENT_TYPE, IngestProblem.badRequest("invalid-field",
                    "Invalid article object: " + e.getOriginalMessage()));
        }
    }

    private static Position single(String file) {
        return file == null ? null : Position.file(file);
    }
}
