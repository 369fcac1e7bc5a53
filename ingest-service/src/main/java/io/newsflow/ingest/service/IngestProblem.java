package io.newsflow.ingest.service;

import jakarta.ws.rs.core.Response;

import io.newsflow.common.rest.ProblemException;

/**
 * What is wrong with one article or one upload, with a short machine-readable reason that the
 * metrics count by ({@code missing-text}, {@code too-large}, ...). Thrown for a single article,
 * carried in the results for a batch item.
 */
public final class IngestProblem extends ProblemException {
    public static final String NOT_STORED = "not-stored";

    private final String reason;

    public IngestProblem(Response.StatusType status, String reason, String detail, String retryAfterSeconds) {
        super(status, detail, null, retryAfterSeconds);
        this.reason = reason;
    }

    public static IngestProblem badRequest(String reason, String detail) {
        return new IngestProblem(Response.Status.BAD_REQUEST, reason, detail, null);
    }

    public static IngestProblem tooLarge(String detail) {
        return new IngestProblem(Response.Status.REQUEST_ENTITY_TOO_LARGE, "too-large", detail, null);
    }

    public static IngestProblem notStored(long retryAfterSeconds) {
        return new IngestProblem(Response.Status.SERVICE_UNAVAILABLE, NOT_STORED,
                "not stored in Kafka, retry: Kafka did not acknowledge the article in time.",
                Long.toString(retryAfterSeconds));
    }

    /**
     * No stack trace: this is a client's error, answered and counted, never logged as a failure, and a
     * batch may carry thousands of them.
     */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }

    public String reason() {
        return reason;
    }

    public boolean notStored() {
        return NOT_STORED.equals(reason);
    }
}
