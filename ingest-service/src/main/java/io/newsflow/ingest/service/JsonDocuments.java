package io.newsflow.ingest.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import io.newsflow.contract.ContractJson;

/** What JSON arrays and NDJSON share: an article object to fields, and a parser error to a problem. */
final class JsonDocuments {
    static final ObjectMapper MAPPER = ContractJson.mapper();
    private static final ObjectReader TREE = MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonDocuments() {
    }

    /** One JSON document holding one article object, as an NDJSON line does. */
    static ArticleFields fields(String json) throws JsonProcessingException {
        return fields(TREE.readTree(json));
    }

    static ArticleFields fields(JsonNode node) throws JsonProcessingException {
        if (!node.isObject()) {
            throw IngestProblem.badRequest("not-an-object",
                    "Expected an article object, found " + node.getNodeType().name().toLowerCase() + ".");
        }
        return MAPPER.treeToValue(node, ArticleFields.class);
    }

    /** Says where the JSON went wrong, without the parser's internals. */
    static IngestProblem problem(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            return IngestProblem.tooLarge("A JSON value is too long: " + e.getOriginalMessage());
        }
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        return IngestProblem.badRequest("malformed-json", "Malformed JSON" + where + ": " + e.getOriginalMessage());
    }
}
