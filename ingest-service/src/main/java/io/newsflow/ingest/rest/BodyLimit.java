package io.newsflow.ingest.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.newsflow.common.rest.Problem;
import io.newsflow.contract.ContractJson;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Quarkus refuses a body over {@code quarkus.http.limits.max-body-size} with a bare 413: up front
 * for a Content-Length over the limit, mid-stream for a chunked body. A route just before that
 * check answers the first as a problem detail; a route just after it hands the counting of a
 * streamed upload body to the upload service ({@code BoundedInput}), which answers the second as
 * one too. Multipart bodies keep Quarkus' own count: its form parser reads them, not ours.
 */
@ApplicationScoped
class BodyLimit {
    /** Around Quarkus' own upload-limit route (RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT = -2). */
    private static final int BEFORE_QUARKUS_LIMIT = -3;
    private static final int AFTER_QUARKUS_LIMIT = -1;
    /** VertxHttpRecorder.MAX_REQUEST_SIZE_KEY: where Quarkus leaves the limit for a streamed body. */
    private static final String STREAMED_LIMIT_KEY = "io.quarkus.max-request-size";

    private final long maxBodyBytes;

    BodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.maxBodyBytes = maxBodySize.asLongValue();
    }

    void register(@Observes Router router) {
        router.route().order(BEFORE_QUARKUS_LIMIT).handler(this::check);
        router.route("/api/*").order(AFTER_QUARKUS_LIMIT).handler(this::countStreamedBodyOurselves);
    }

    private void countStreamedBodyOurselves(RoutingContext context) {
        String type = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            context.remove(STREAMED_LIMIT_KEY);
        }
        context.next();
    }

    private void check(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && isOver(length)) {
            Problem problem = Problem.of(jakarta.ws.rs.core.Response.Status.REQUEST_ENTITY_TOO_LARGE,
                    "The request body has " + length + " bytes; at most " + maxBodyBytes + " are accepted per "
                            + "request. Split the upload.").withInstance(context.request().path());
            context.response().setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(ContractJson.write(problem));
            return;
        }
        context.next();
    }

    private boolean isOver(String length) {
        try {
            return Long.parseLong(length.strip()) > maxBodyBytes;
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }
}
