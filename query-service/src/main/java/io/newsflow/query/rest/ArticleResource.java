package io.newsflow.query.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import io.newsflow.common.rest.Problem;
import io.newsflow.common.rest.ProblemException;
import io.newsflow.contract.AnalysedArticle;
import io.newsflow.query.service.ArticleQueries;

@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {
    private final ArticleQueries queries;

    ArticleResource(ArticleQueries queries) {
        this.queries = queries;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "The analysed article: dateline, entities, quotes, events")
    @APIResponse(responseCode = "200", description = "The analysis, as published on news.articles")
    @APIResponse(responseCode = "404", description = "Not (yet) analysed", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public AnalysedArticle article(@PathParam("id") String id) {
        Ids.requireArticleId(id);
        return queries.article(id).orElseThrow(() -> ProblemException.notFound(
                "No analysed article with id " + id + " (yet): analysis follows an upload within seconds."));
    }
}
