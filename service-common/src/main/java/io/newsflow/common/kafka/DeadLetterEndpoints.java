package io.newsflow.common.kafka;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.newsflow.common.rest.ProblemException;

/**
 * Operators' view of a service's dead-letter topic: what failed and why, and a way to send a
 * record through again. Each service's resource extends this with its path and its topic.
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class DeadLetterEndpoints {
    private static final int MAX_LIMIT = 1000;

    private final DeadLetterTopic deadLetters;

    protected DeadLetterEndpoints(DeadLetterTopic deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GET
    @Operation(summary = "The newest dead letters of each partition, with the reason and origin of each")
    public List<DeadLetter> list(@QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ProblemException.badRequest("limit must be between 1 and " + MAX_LIMIT + ".");
        }
        return deadLetters.list(limit);
    }

    @POST
    @Path("/{partition}/{offset}/redrive")
    @Operation(summary = "Send the dead letter at this position back to the topic it failed on")
    public Response redrive(@PathParam("partition") int partition, @PathParam("offset") long offset) {
        return deadLetters.redrive(partition, offset)
                .map(key -> Response.accepted(Map.of("key", key, "partition", partition, "offset", offset)).build())
                .orElseThrow(() -> ProblemException.notFound(
                        "No dead letter at partition " + partition + ", offset " + offset + "."));
    }
}
