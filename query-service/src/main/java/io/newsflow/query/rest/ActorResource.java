package io.newsflow.query.rest;

import java.util.Set;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import io.newsflow.common.rest.Problem;
import io.newsflow.common.rest.ProblemException;
import io.newsflow.contract.EntityKind;
import io.newsflow.query.service.ActorCounterparts;
import io.newsflow.query.service.ActorDetail;
import io.newsflow.query.service.ActorQueries;
import io.newsflow.query.service.ActorSummary;
import io.newsflow.query.service.Page;

@Path("/api/actors")
@Produces(MediaType.APPLICATION_JSON)
public class ActorResource {
    private static final Set<String> KINDS = Set.of(EntityKind.PERSON.name(), EntityKind.ORGANIZATION.name(),
            EntityKind.COUNTRY.name(), EntityKind.LOCATION.name());

    private final ActorQueries queries;

    ActorResource(ActorQueries queries) {
        this.queries = queries;
    }

    @GET
    @Operation(summary = "Entities with their mention and event counts", description = "Entities are deduplicated"
            + " across articles by kind, normalised name and country. Sorted by event count (as source or target),"
            + " most first, then by name.")
    @APIResponse(responseCode = "400", description = "A malformed parameter", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Page<ActorSummary> actors(
            @Parameter(description = "Part of the name or of an alias, any case.", example = "lavrov") @QueryParam("q") String q,
            @Parameter(description = "PERSON, ORGANIZATION, COUNTRY or LOCATION.", example = "PERSON") @QueryParam("kind") String kind,
            @BeanParam PageParams page) {
        return queries.list(Params.text("q", q), Params.oneOf("kind", kind, KINDS, true), page.toRequest());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An entity with a page of its events and a page of its quotes", description = "Events"
            + " where it is source or target, newest first; quotes it said, newest article first. page and size"
            + " apply to both.")
    @APIResponse(responseCode = "400", description = "Not an entity id", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such entity", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public ActorDetail actor(@PathParam("id") String id, @BeanParam PageParams page) {
        Ids.requireEntityId(id);
        var request = page.toRequest();
        return queries.actor(id, request).orElseThrow(() -> notFound(id));
    }

    @GET
    @Path("/{id}/counterparts")
    @Operation(summary = "Whom an entity acts on, and who acts on it", description = "actsOn: the targets of the"
            + " events where it is the source; actedOnBy: the sources of the events where it is the target. Each"
            + " with the number of those events, most first, then by name; page and size apply to both.")
    @APIResponse(responseCode = "400", description = "Not an entity id", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such entity", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public ActorCounterparts counterparts(@PathParam("id") String id, @BeanParam PageParams page) {
        Ids.requireEntityId(id);
        return queries.counterparts(id, page.toRequest()).orElseThrow(() -> notFound(id));
    }

    private static ProblemException notFound(String id) {
        return ProblemException.notFound("No entity with id " + id + ".");
    }
}
