package io.newsflow.query.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import io.newsflow.common.rest.Problem;
import io.newsflow.common.rest.ProblemException;
import io.newsflow.contract.NewsEvent;
import io.newsflow.query.persistence.EventChange;
import io.newsflow.query.service.EventBroadcaster;
import io.newsflow.query.service.EventFilter;
import io.newsflow.query.service.EventQueries;
import io.smallrye.mutiny.Multi;

@Path("/api/events")
@Produces(MediaType.APPLICATION_JSON)
public class EventResource {
    /** The SSE event name of a retraction on the live stream. */
    static final String RETRACTION = "retraction";

    private final EventQueries queries;
    private final EventBroadcaster broadcaster;

    EventResource(EventQueries queries, EventBroadcaster broadcaster) {
        this.queries = queries;
        this.broadcaster = broadcaster;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, Exports.CSV, Exports.NDJSON })
    @Operation(summary = "Filter events", description = "A page of events as published on news.events: {items,"
            + " page, size, total, totalIsExact}; total is exact up to 10,000. Sorted by event date, newest first"
            + " (undated last), then article id and sentence index. With Accept: text/csv or application/x-ndjson, every matching event (not a page) is"
            + " streamed in the same order.")
    @APIResponse(responseCode = "200", description = "A page (JSON), or the whole result (CSV, NDJSON)", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON), @Content(mediaType = Exports.CSV),
            @Content(mediaType = Exports.NDJSON) })
    @APIResponse(responseCode = "400", description = "A malformed parameter", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response events(@BeanParam EventParams params, @BeanParam PageParams page, @Context HttpHeaders headers) {
        EventFilter filter = params.toFilter();
        var request = page.toRequest();
        return Exports.respond(headers, () -> queries.list(filter, request), "events", EventQueries.CSV_COLUMNS,
                sink -> queries.exportRows(filter, sink), sink -> queries.exportDocuments(filter, sink));
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Live events", description = "Server-Sent Events: every event stored from now on that"
            + " matches the same filters as /api/events (q: every word in the sentence), one news.events document"
            + " per SSE event (unnamed, so EventSource's onmessage gets it); and, as an SSE event named"
            + " \"" + RETRACTION + "\", a retraction (eventId, articleId, retractedAt, reason, extractor) for each"
            + " matching event a re-analysis of its article dropped. A client more than 1,000 events behind is"
            + " disconnected.")
    public Multi<OutboundSseEvent> stream(@BeanParam EventParams params, @Context Sse sse) {
        return broadcaster.events(params.toFilter()).map(change -> asSse(change, sse));
    }

    private static OutboundSseEvent asSse(EventChange change, Sse sse) {
        OutboundSseEvent.Builder event = sse.newEventBuilder().mediaType(MediaType.APPLICATION_JSON_TYPE);
        return change.isRetraction() ? event.name(RETRACTION).data(change.retraction()).build()
                : event.data(change.event()).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One event, as published on news.events")
    @APIResponse(responseCode = "400", description = "Not an event id", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such event", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public NewsEvent event(@PathParam("id") String id) {
        Ids.requireEventId(id);
        return queries.event(id).orElseThrow(() -> ProblemException.notFound("No event with id " + id + "."));
    }
}
