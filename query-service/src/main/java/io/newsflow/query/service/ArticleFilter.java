package io.newsflow.query.service;

import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The filters of /api/articles, validated. {@code from}/{@code to} are days (UTC) of the article's
 * news date: published, else its dateline's date, else received (NewsDate). {@code country}
 * matches the dateline's country or any entity's;
 * {@code person} a person entity by id, name, surname or alias ({@link NameMatch}).
 */
public record ArticleFilter(String q, String source, LocalDate from, LocalDate to, String country, String person) {
    /**
     * The article names one of the entities that match. Their ids are computed once (an InitPlan),
     * so walking the articles in date order costs one primary-key probe per article instead of a
     * join through all its entities; for a count the planner hashes the articles of those ids.
     */
    private static final String NAMES_ONE_OF = "EXISTS (SELECT 1 FROM article_entity ae WHERE ae.article_id = a.id"
            + " AND ae.entity_id = ANY (ARRAY(SELECT en.id FROM entity en WHERE ";

    Sql toSql() {
        return new Sql()
                .and("a.search @@ websearch_to_tsquery('english', :q)", "q", q)
                .and("a.source = :source", "source", source)
                .and("a.news_date >= :from", "from", from == null ? null : from.atStartOfDay().atOffset(ZoneOffset.UTC))
                .and("a.news_date < :to", "to", to == null ? null : to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC))
                .and("(a.dateline_country = :country OR " + NAMES_ONE_OF + "en.country_code = :country))))",
                        "country", country)
                .and("EXISTS (SELECT 1 FROM article_entity ae WHERE ae.article_id = a.id AND ae.entity_id = ANY ("
                        + NameMatch.entityIds("person", " AND en.kind = 'PERSON'") + "))", "person", person);
    }
}
