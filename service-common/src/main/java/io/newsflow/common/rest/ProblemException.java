package io.newsflow.common.rest;

import java.util.List;

import jakarta.ws.rs.core.Response;

/** Thrown by services for a request that cannot be served; the mapper turns it into a problem detail. */
public class ProblemException extends RuntimeException {
    private final Response.StatusType status;
    private final List<Problem.Error> errors;
    private final String retryAfterSeconds;

    public ProblemException(Response.StatusType status, String detail) {
        this(status, detail, null, null);
    }

    public ProblemException(Response.StatusType status, String detail, List<Problem.Error> errors,
            String retryAfterSeconds) {
        super(detail);
        this.status = status;
        this.errors = errors;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(Response.Status.BAD_REQUEST, detail);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(Response.Status.NOT_FOUND, detail);
    }

    public Problem problem() {
        return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), getMessage(), null,
                errors);
    }

    public String retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
