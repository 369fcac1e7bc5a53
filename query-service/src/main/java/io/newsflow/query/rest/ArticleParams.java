package io.newsflow.query.rest;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import io.newsflow.query.service.ArticleFilter;

/** The filters of /api/articles. All combine (AND). */
public class ArticleParams {
    @QueryParam("q")
    @Parameter(description = "Full-text search over headline (weighted most), subtitle and text, web search syntax:"
            + " words, \"a phrase\", -excluded, or. The newest 1,000 matches are then ranked by relevance,"
            + " the older ones follow by date.", example = "sanctions")
    String q;

    @QueryParam("source")
    @Parameter(description = "Publisher, exact.", example = "TASS")
    String source;

    @QueryParam("from")
    @Parameter(description = "Articles whose news date (published, else the dateline's date, else received; UTC)"
            + " is on or after this day: 2017, 2017-06 or 2017-06-03.", example = "2017-06")
    String from;

    @QueryParam("to")
    @Parameter(description = "Articles dated on or before the end of this year, month or day.", example = "2017-06-30")
    String to;

    @QueryParam("country")
    @Parameter(description = "Country code of the dateline or of any entity in the article.", example = "PRK")
    String country;

    @QueryParam("person")
    @Parameter(description = "A person in the article: entity id, or the person's full name, surname or any alias,"
            + " in any case, accents and punctuation ignored.", example = "Safronkov")
    String person;

    ArticleFilter toFilter() {
        var fromDate = Params.from(from);
        return new ArticleFilter(Params.text("q", q), Params.text("source", source), fromDate, Params.to(to, fromDate),
                Params.country(country), Params.text("person", person));
    }
}
