package io.newsflow.query.rest;

import java.util.Map;

import io.newsflow.query.service.ArticleFilter;
import io.newsflow.query.service.EventFilter;

/** The filters the resources build from a request's query parameters, for tests that explain a request's queries. */
public final class RequestFilters {
    private RequestFilters() {
    }

    public static ArticleFilter articles(Map<String, String> parameters) {
        ArticleParams params = new ArticleParams();
        params.q = parameters.get("q");
        params.source = parameters.get("source");
        params.from = parameters.get("from");
        params.to = parameters.get("to");
        params.country = parameters.get("country");
        params.person = parameters.get("person");
        return params.toFilter();
    }

    public static EventFilter events(Map<String, String> parameters) {
        EventParams params = new EventParams();
        params.actor = parameters.get("actor");
        params.country = parameters.get("country");
        params.cameo = parameters.get("cameo");
        params.root = parameters.get("root");
        params.quadClass = parameters.get("quadClass");
        params.from = parameters.get("from");
        params.to = parameters.get("to");
        params.location = parameters.get("location");
        params.articleId = parameters.get("articleId");
        params.q = parameters.get("q");
        return params.toFilter();
    }
}
