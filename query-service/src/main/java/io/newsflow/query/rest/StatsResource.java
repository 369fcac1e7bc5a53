package io.newsflow.query.rest;

import java.util.Set;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import io.newsflow.common.rest.Problem;
import io.newsflow.query.service.EventQueries;
import io.newsflow.query.service.Page;
import io.newsflow.query.service.TimelineBucket;

@Path("/api/stats")
@Produces(MediaType.APPLICATION_JSON)
public class StatsResource {
    private static final Set<String> INTERVALS = Set.of("day", "week", "month");

    private final EventQueries queries;

    StatsResource(EventQueries queries) {
        this.queries = queries;
    }

    @GET
    @Path("/timeline")
    @Operation(summary = "Event counts per interval and CAMEO root, for charts", description = "Buckets {period,"
            + " root, count}: period is the first day of the day, ISO week (Monday) or month of the event's date"
            + " (its first day when the date is a month or a year); undated events do not count, nor events dated"
            + " before 1900 or more than a year after their article's news date (a misread year). Sorted by period,"
            + " oldest first, then root. Takes every filter of /api/events; ask size=200 for a chart.")
    @APIResponse(responseCode = "400", description = "A malformed parameter", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Page<TimelineBucket> timeline(
            @Parameter(description = "day, week or month. Default month.", example = "month") @QueryParam("interval") String interval,
            @BeanParam EventParams filter, @BeanParam PageParams page) {
        String chosen = Params.oneOf("interval", interval, INTERVALS, false);
        return queries.timeline(chosen == null ? "month" : chosen, filter.toFilter(), page.toRequest());
    }
}
