package io.newsflow.bench.load;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
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

    static UploadAnswer read(int statusCode, String body, int articlesSent) {
        if (statusCode != 202 && statusCode != MULTI_STATUS) {
            return new UploadAnswer(List.of(), articlesSent);
        }
        try {
            JsonNode answer = ContractJson.mapper().readTree(body);
            JsonNode results = answer.get("results");
            if (results == null) {
                return new UploadAnswer(List.of(new Accepted(answer.path("id").asText(), 0)), 0);
            }
            List<Accepted> accepted = new ArrayList<>(results.size());
            for (JsonNode result : results) {
                String status = result.path("status").asText();
                if (status.equals("accepted") || status.equals("duplicate")) {
                    accepted.add(new Accepted(result.path("id").asText(), position(result)));
                }
            }
            return new UploadAnswer(accepted, articlesSent - accepted.size());
        } catch (JsonProcessingException e) {
            return new UploadAnswer(List.of(), articlesSent);
        }
    }

    private static int position(JsonNode result) {
        return result.has("line") ? result.get("line").asInt() - 1 : result.path("index").asInt();
    }
}
