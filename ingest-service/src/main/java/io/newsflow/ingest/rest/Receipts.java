package io.newsflow.ingest.rest;

import java.net.URI;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import io.newsflow.common.rest.Problem;
import io.newsflow.common.rest.ProblemException;
import io.newsflow.ingest.config.IngestConfig;
import io.newsflow.ingest.service.IngestProblem;
import io.newsflow.ingest.service.ItemOutcome;
import io.newsflow.ingest.service.ItemOutcome.Status;
import io.newsflow.ingest.service.UploadOutcome;

/**
 * The status-code policy. A single article: 202 with its receipt, or its problem (400, 413, 503).
 * A batch: 202 when every article was accepted or a duplicate, 207 when some were rejected and some
 * accepted, and a problem when none was accepted: 503 if Kafka failed, 413 if every one was too
 * large, 400 otherwise, with each rejected article in {@code errors}.
 */
@ApplicationScoped
class Receipts {
    private static final int MULTI_STATUS = 207;

    private final String queryBaseUrl;

    Receipts(IngestConfig config) {
        this.queryBaseUrl = config.queryBaseUrl();
    }

    Response toResponse(UploadOutcome outcome) {
        return outcome.batch() ? batch(outcome) : single(outcome.items().get(0));
    }

    private Response single(ItemOutcome item) {
        if (item.status() == Status.REJECTED) {
            throw item.problem();
        }
        URI location = location(item.id());
        return Response.accepted(new UploadReceipt(item.id(), item.status().label(), location.toString()))
                .location(location).build();
    }

    private Response batch(UploadOutcome outcome) {
        if (outcome.items().isEmpty()) {
            throw IngestProblem.badRequest("empty-batch", "The upload holds no articles.");
        }
        long accepted = outcome.count(Status.ACCEPTED);
        long duplicates = outcome.count(Status.DUPLICATE);
        long rejected = outcome.count(Status.REJECTED);
        if (accepted + duplicates == 0) {
            throw noneAccepted(outcome);
        }
        BatchReceipt receipt = new BatchReceipt(accepted, duplicates, rejected,
                outcome.items().stream().map(this::result).toList());
        return Response.status(rejected == 0 ? Response.Status.ACCEPTED.getStatusCode() : MULTI_STATUS)
                .entity(receipt).build();
    }

    private ProblemException noneAccepted(UploadOutcome outcome) {
        List<Problem.Error> errors = outcome.items().stream()
                .map(item -> new Problem.Error(item.position().pointer(), item.problem().getMessage())).toList();
        String detail = "None of the " + outcome.items().size() + " articles was accepted; see errors.";
        if (outcome.anyNotStored()) {
            IngestProblem notStored = outcome.items().stream().map(ItemOutcome::problem)
                    .filter(IngestProblem::notStored).findFirst().orElseThrow();
            return new ProblemException(Response.Status.SERVICE_UNAVAILABLE,
                    "Kafka did not acknowledge the articles; nothing was accepted. Retry the upload later.", errors,
                    notStored.retryAfterSeconds());
        }
        boolean allTooLarge = outcome.items().stream()
                .allMatch(item -> item.problem().problem().status() == 413);
        return new ProblemException(allTooLarge ? Response.Status.REQUEST_ENTITY_TOO_LARGE
                : Response.Status.BAD_REQUEST, detail, errors, null);
    }

    private ItemResult result(ItemOutcome item) {
        boolean stored = item.status() != Status.REJECTED;
        return new ItemResult(item.position().index(), item.position().line(), item.position().file(), item.id(),
                item.status().label(), stored ? location(item.id()).toString() : null,
                item.problem() == null ? null : item.problem().getMessage());
    }

    private URI location(String id) {
        return URI.create(queryBaseUrl + "/api/articles/" + id);
    }
}
