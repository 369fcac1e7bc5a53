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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import io.newsflow.common.rest.Problem;
import io.newsflow.common.rest.ProblemException;
import io.newsflow.query.service.ArticleFilter;
import io.newsflow.query.service.ArticleQueries;
import io.newsflow.query.service.StoredArticle;

@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {
    private final ArticleQueries queries;

    ArticleResource(ArticleQueries queries) {
        this.queries = queries;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, Exports.CSV, Exports.NDJSON })
    @Operation(summary = "Search and filter articles", description = "A page of article summaries: {items, page,"
            + " size, total, totalIsExact}; total is exact up to 10,000. With q, the newest 1,000 matches"
            + " (newsflow.query.search.rank-window) come first, by full-text rank (ts_rank_cd), then the older ones"
            + " newest first; without q, by news date newest first; ties by id. An article's news date (newsDate) is"
            + " its publishedAt, else its dateline's resolved date, else when it was received; dateSource says which"
            + " (published, dateline, received). With Accept:"
            + " text/csv or application/x-ndjson, every matching article (not a page) is streamed, all of them ranked"
            + " when q is given: CSV rows of the summary columns with a header, or one news.articles document per"
            + " line.")
    @APIResponse(responseCode = "200", description = "A page (JSON), or the whole result (CSV, NDJSON)", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON), @Content(mediaType = Exports.CSV),
            @Content(mediaType = Exports.NDJSON) })
    @APIResponse(responseCode = "400", description = "A malformed parameter", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response articles(@BeanParam ArticleParams params, @BeanParam PageParams page, @Context HttpHeaders headers) {
        ArticleFilter filter = params.toFilter();
        var request = page.toRequest();
        return Exports.respond(headers, () -> queries.search(filter, request), "articles", ArticleQueries.CSV_COLUMNS,
                sink -> queries.exportRows(filter, sink), sink -> queries.exportDocuments(filter, sink));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "The analysed article: dateline, entities, quotes with speakers, events")
    @APIResponse(responseCode = "200", description = "The analysis, as published on news.articles, with the date"
            + " it is filed under (newsDate) and where that came from (dateSource: published, dateline, received)")
    @APIResponse(responseCode = "400", description = "Not an article id", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "Not (yet) analysed", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public StoredArticle article(@PathParam("id") String id) {
        Ids.requireArticleId(id);
        return queries.article(id).orElseThrow(() -> ProblemException.notFound(
                "No analysed article with id " + id + " (yet): analysis follows an upload within seconds."));
    }
}
