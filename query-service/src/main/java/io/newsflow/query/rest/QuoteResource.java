package io.newsflow.query.rest;

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
import io.newsflow.query.service.Page;
import io.newsflow.query.service.QuoteQueries;
import io.newsflow.query.service.QuoteView;

@Path("/api/quotes")
@Produces(MediaType.APPLICATION_JSON)
public class QuoteResource {
    private final QuoteQueries queries;

    QuoteResource(QuoteQueries queries) {
        this.queries = queries;
    }

    @GET
    @Operation(summary = "Quotes with their speakers", description = "Sorted by the article's news date"
            + " (articleDate: published, else its dateline's date, else received), newest first, then by position in"
            + " the article.")
    @APIResponse(responseCode = "400", description = "A malformed parameter", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Page<QuoteView> quotes(
            @Parameter(description = "The speaker: entity id, or the entity's full name, a person's surname or any alias,"
                    + " in any case, accents and punctuation ignored.", example = "Zakharova") @QueryParam("speaker") String speaker,
            @Parameter(description = "Full-text search over the quote, web search syntax.", example = "sanctions") @QueryParam("q") String q,
            @BeanParam PageParams page) {
        return queries.list(Params.text("speaker", speaker), Params.text("q", q), page.toRequest());
    }
}
