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
 * Vert.x refuses a body whose Content-Length is over {@code quarkus.http.limits.max-body-size} with
 * a bare 413 before any REST code runs. This route runs just before that check and answers the same
 * 413 as a problem detail. (A chunked body has no length up front; the upload service counts it.)
 */
@ApplicationScoped
class BodyLimit {
    /** Just before Quarkus' own upload-limit route (RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT = -2). */
    private static final int ORDER = -3;

    private final long maxBodyBytes;

    BodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.maxBodyBytes = maxBodySize.asLongValue();
    }

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
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
