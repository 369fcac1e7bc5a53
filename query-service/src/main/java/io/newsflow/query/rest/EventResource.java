package io.newsflow.query.rest;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import io.newsflow.common.rest.ProblemException;
import io.newsflow.contract.NewsEvent;
import io.newsflow.query.service.ArticleQueries;

@Path("/api/events")
@Produces(MediaType.APPLICATION_JSON)
public class EventResource {
    private final ArticleQueries queries;

    EventResource(ArticleQueries queries) {
        this.queries = queries;
    }

    @GET
    @Operation(summary = "Events of an article, in the order of their sentences")
    public List<NewsEvent> events(
            @Parameter(description = "The article whose events to list", required = true) @QueryParam("articleId") String articleId) {
        if (articleId == null) {
            throw ProblemException.badRequest("Give articleId: the events of which article?");
        }
        Ids.requireArticleId(articleId);
        return queries.eventsOfArticle(articleId);
    }
}
