package io.newsflow.localstack.launcher;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.newsflow.contract.ContractJson;
import io.newsflow.localstack.launcher.UploadFiles.UploadFile;

/** Adds up ingest's answers: accepted, duplicates, and each rejection with its file and reason. */
final class UploadSummary {
    private long accepted;
    private long duplicates;
    private final List<String> rejections = new ArrayList<>();

    /** Reads a 202/207 batch receipt or a problem detail; anything else rejects the whole batch. */
    void add(IngestClient.Answer answer, List<UploadFile> batch) {
        JsonNode body = parse(answer.body());
        if ((answer.status() == 202 || answer.status() == 207) && body.has("results")) {
            for (JsonNode result : body.get("results")) {
                switch (result.path("status").asText()) {
                    case "accepted" -> accepted++;
                    case "duplicate" -> duplicates++;
                    default -> rejections.add(where(result) + ": " + result.path("error").asText());
                }
            }
        } else if (body.has("errors")) {
            body.get("errors").forEach(error -> rejections.add(error.path("pointer").asText() + ": "
                    + error.path("detail").asText()));
        } else {
            String reason = body.has("detail") ? body.get("detail").asText() : answer.body();
            batch.forEach(file -> rejections.add(file.name() + ": HTTP " + answer.status() + " " + reason));
        }
    }

    long accepted() {
        return accepted;
    }

    long duplicates() {
        return duplicates;
    }

    long rejected() {
        return rejections.size();
    }

    void print(PrintWriter out) {
        out.printf("%d accepted, %d duplicates, %d rejected.%n", accepted, duplicates, rejections.size());
        if (!rejections.isEmpty()) {
            out.println("Rejected:");
            rejections.forEach(rejection -> out.println("  " + rejection));
        }
        out.flush();
    }

    private static String where(JsonNode result) {
        String file = result.path("file").asText("");
        if (result.has("line")) {
            return file + " line " + result.get("line").asInt();
        }
        if (result.has("index")) {
            return file + " /" + result.get("index").asInt();
        }
        return file;
    }

    private static JsonNode parse(String body) {
        try {
            return ContractJson.mapper().readTree(body == null ? "" : body);
        } catch (Exception notJson) {
            return ContractJson.mapper().createObjectNode();
        }
    }
}
