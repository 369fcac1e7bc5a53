package io.newsflow.bench.load;

import java.util.ArrayList;
import java.util.List;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;

import io.newsflow.contract.ContractJson;

/**
 * What ingest accepted of one upload, read from its answer (ingest-service's {@code Receipts}): a
 * single article's 202 carries its id; a batch's 202 or 207 lists every article with its NDJSON line
 * (from 1) or array index (from 0), id and status. Accepted and duplicate articles are in Kafka; a
 * duplicate repeats an article earlier in the same request, so its id is tracked once.
 *
 * @param accepted the articles ingest stored, each with its position in the request (from 0)
 * @param notAccepted how many articles of the request were rejected, or the whole request when it failed
 */
record UploadAnswer(List<Accepted> accepted, int notAccepted) {
    private static final int MULTI_STATUS = 207;

    record Accepted(String id, int position) {
    }

    /**
     * Read as a stream: a single upload's answer is read thousands of times a second by the process
     * that makes the load, and a tree of it cost a third of that process's CPU.
     */
    static UploadAnswer read(int statusCode, byte[] body, int articlesSent) {
        if (statusCode != 202 && statusCode != MULTI_STATUS) {
            return new UploadAnswer(List.of(), articlesSent);
        }
        try (JsonParser parser = ContractJson.mapper().createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return new UploadAnswer(List.of(), articlesSent);
            }
            String id = null;
            JsonNode results = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if (field.equals("results")) {
                    results = parser.readValueAsTree();
                } else if (field.equals("id")) {
                    id = parser.getValueAsString();
                } else {
                    parser.skipChildren();
                }
            }
            if (results == null) {
                return id == null ? new UploadAnswer(List.of(), articlesSent)
                        : new UploadAnswer(List.of(new Accepted(id, 0)), 0);
            }
            return batch(results, articlesSent);
        } catch (IOException e) {
            return new UploadAnswer(List.of(), articlesSent);
        }
    }

    private static UploadAnswer batch(JsonNode results, int articlesSent) {
        List<Accepted> accepted = new ArrayList<>(results.size());
        for (JsonNode result : results) {
            String status = result.path("status").asText();
            if (status.equals("accepted") || status.equals("duplicate")) {
                accepted.add(new Accepted(result.path("id").asText(), position(result)));
            }
        }
        return new UploadAnswer(accepted, articlesSent - accepted.size());
    }

    private static int position(JsonNode result) {
        return result.has("line") ? result.get("line").asInt() - 1 : result.path("index").asInt();
    }
}
