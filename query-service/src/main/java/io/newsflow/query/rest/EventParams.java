package io.newsflow.query.rest;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import io.newsflow.query.service.EventFilter;

/** The filters of /api/events, also taken by its stream, its exports and the timeline. All combine (AND). */
public class EventParams {
    @QueryParam("actor")
    @Parameter(description = "Source or target of the event: an entity id, or the entity's full name, a person's"
            + " surname or any alias of the entity, in any case, accents and punctuation ignored (Lavrov, lavrov,"
            + " Sergei Lavrov, Sergéi Lavrov). The live stream, which sees the event alone, matches the id, the name"
            + " and a person's surname.", example = "Lavrov")
    String actor;

    @QueryParam("country")
    @Parameter(description = "Country code (ISO 3166-1 alpha-3, or an organisation code such as UN) of the source,"
            + " the target or the location.", example = "RUS")
    String country;

    @QueryParam("cameo")
    @Parameter(description = "CAMEO code prefix, 2 to 4 digits, a known code: 04 matches 040-046, 042 only 042.",
            example = "042")
    String cameo;

    @QueryParam("root")
    @Parameter(description = "CAMEO root code, 01 to 20.", example = "16")
    String root;

    @QueryParam("quadClass")
    @Parameter(description = "QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,"
            + " 4 material conflict.", example = "4")
    String quadClass;

    @QueryParam("from")
    @Parameter(description = "Events whose date span ends on or after this day: 2017, 2017-06 or 2017-06-03"
            + " (an event dated 2017-06 spans June 1-30).", example = "2017-06")
    String from;

    @QueryParam("to")
    @Parameter(description = "Events whose date span starts on or before the end of this year, month or day.",
            example = "2017-12")
    String to;

    @QueryParam("location")
    @Parameter(description = "Location name of the event (exact, any case).", example = "Geneva")
    String location;

    @QueryParam("articleId")
    @Parameter(description = "Only the events of this article (32 hex characters).")
    String articleId;

    @QueryParam("q")
    @Parameter(description = "Full-text search over the evidence sentence and action text (web search syntax:"
            + " words, \"a phrase\", -excluded, or).", example = "sanctions")
    String q;

    EventFilter toFilter() {
        var fromDate = Params.from(from);
        return new EventFilter(Params.text("actor", actor), Params.country(country), Params.cameo(cameo),
                Params.root(root), Params.integer("quadClass", quadClass, 1, 4, null), fromDate,
                Params.to(to, fromDate), Params.text("location", location),
                articleId == null ? null : Ids.requireArticleId(articleId), Params.text("q", q));
    }
}
