package io.newsflow.query.service;

import java.time.LocalDate;
import java.time.ZoneOffset;

import io.newsflow.query.persistence.Names;

/**
 * The filters of /api/articles, validated. {@code from}/{@code to} are days (UTC) of the article's
 * date: published, else analysed. {@code country} matches the dateline's country or any entity's;
 * {@code person} a person entity by id or name.
 */
public record ArticleFilter(String q, String source, LocalDate from, LocalDate to, String country, String person) {
    /** Articles naming an entity that matches: a semi-join the planner drives from the entity side. */
    private static final String WITH_ENTITY = "SELECT ae.article_id FROM article_entity ae JOIN entity en"
            + " ON en.id = ae.entity_id WHERE ";

    Sql toSql() {
        return new Sql()
                .and("a.search @@ websearch_to_tsquery('english', :q)", "q", q)
                .and("a.source = :source", "source", source)
                .and("a.sorted_at >= :from", "from", from == null ? null : from.atStartOfDay().atOffset(ZoneOffset.UTC))
                .and("a.sorted_at < :to", "to", to == null ? null : to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC))
                .and("a.id IN (SELECT id FROM article WHERE dateline_country = :country UNION " + WITH_ENTITY
                        + "en.country_code = :country)", "country", country)
                .and("a.id IN (" + WITH_ENTITY + "en.kind = 'PERSON' AND (en.id = :person"
                        + " OR en.normalised_name = :personName))", "person", person)
                .bindIf(person != null, "personName", Names.normalise(person));
    }
}
