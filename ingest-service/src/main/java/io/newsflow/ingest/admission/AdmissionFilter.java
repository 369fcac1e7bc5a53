package io.newsflow.ingest.admission;

import java.util.OptionalLong;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.ingest.config.IngestConfig;
import io.newsflow.ingest.service.IngestProblem;

/**
 * Refuses an upload, before its body is read, while the pipeline holds more waiting articles than it should: a 503
 * problem with Retry-After, so a client slows to the rate the pipeline stores instead of growing a queue whose
 * articles become queryable ever later. Runs after the API key check (a pre-matching filter), so an unauthorised
 * client learns nothing about the pipeline. A batch already being read is not cut off.
 */
public class AdmissionFilter {
    static final String REASON = "backlog";

    private final PipelineBacklog backlog;
    private final String retryAfterSeconds;
    private final Counter refused;

    AdmissionFilter(PipelineBacklog backlog, IngestConfig config, MeterRegistry registry) {
        this.backlog = backlog;
        this.retryAfterSeconds = Long.toString(Math.max(1, config.admission().retryAfter().toSeconds()));
        this.refused = Counter.builder("newsflow.ingest.refused")
                .description("Uploads refused with 503 because the pipeline's backlog was full")
                .tag("reason", REASON).register(registry);
    }

    @ServerRequestFilter
    public void admit(ContainerRequestContext request) {
        if (!HttpMethod.POST.equals(request.getMethod())) {
            return;
        }
        OptionalLong waiting = backlog.overLimit();
        if (waiting.isEmpty()) {
            return;
        }
        refused.increment();
        throw new IngestProblem(Response.Status.SERVICE_UNAVAILABLE, REASON,
                "The pipeline is catching up: " + waiting.getAsLong() + " accepted articles wait for "
                        + "analysis or storage (limit " + backlog.limit() + "). Nothing of this upload was "
                        + "accepted; send it again after Retry-After seconds.",
                retryAfterSeconds);
    }
}
