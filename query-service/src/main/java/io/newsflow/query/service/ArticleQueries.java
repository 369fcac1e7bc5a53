package io.newsflow.query.service;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.newsflow.contract.AnalysedArticle;

/** Reads articles: the analysis as published, and searches over them. */
@ApplicationScoped
public class ArticleQueries {
    public static final List<String> CSV_COLUMNS = List.of("id", "headline", "subtitle", "source", "url",
            "publishedAt", "analysedAt", "datelinePlace", "datelineDate", "extractorVersion");
    private static final String SUMMARY_COLUMNS = "a.id, a.headline, a.subtitle, a.source, a.url, a.published_at,"
            + " a.analysed_at, a.dateline_place, a.dateline_date";

    private final EntityManager entityManager;
    private final RowStream rows;

    ArticleQueries(EntityManager entityManager, RowStream rows) {
        this.entityManager = entityManager;
        this.rows = rows;
    }

    public Optional<AnalysedArticle> article(String id) {
        return entityManager.createNativeQuery("SELECT document::text FROM article WHERE id = :id", String.class)
                .setParameter("id", id).getResultStream().findFirst()
                .map(document -> Rows.json(document, AnalysedArticle.class));
    }

    /** Ranked by relevance when {@code q} is given, else newest first; ties by id. */
    public Page<ArticleSummary> search(ArticleFilter filter, PageRequest page) {
        return searchQuery(filter).fetch(entityManager, page, row -> summary((Object[]) row));
    }

    public ListQuery searchQuery(ArticleFilter filter) {
        Sql sql = filter.toSql();
        String rank = filter.q() == null ? "NULL" : "ts_rank_cd(a.search, websearch_to_tsquery('english', :q))";
        return new ListQuery(sql, "SELECT " + SUMMARY_COLUMNS + ", " + rank + " AS rank FROM article a" + sql.where()
                + " ORDER BY " + order(filter) + ListQuery.PAGE, "SELECT 1 FROM article a" + sql.where());
    }

    /** Every matching article as published on news.articles, one JSON document per row. */
    public void exportDocuments(ArticleFilter filter, Consumer<String> sink) {
        Sql sql = filter.toSql();
        rows.forEach("SELECT a.document::text FROM article a" + sql.where() + " ORDER BY " + order(filter), sql,
                row -> sink.accept(row.toString()));
    }

    /** Every matching article as a row of {@link #CSV_COLUMNS}. */
    public void exportRows(ArticleFilter filter, Consumer<Object[]> sink) {
        Sql sql = filter.toSql();
        rows.forEach("SELECT " + SUMMARY_COLUMNS + ", a.extractor_version FROM article a" + sql.where()
                + " ORDER BY " + order(filter), sql, row -> sink.accept(Rows.cells((Object[]) row)));
    }

    private static String order(ArticleFilter filter) {
        return (filter.q() == null ? "" : "ts_rank_cd(a.search, websearch_to_tsquery('english', :q)) DESC, ")
                + "a.sorted_at DESC NULLS LAST, a.id";
    }

    private static ArticleSummary summary(Object[] row) {
        return new ArticleSummary((String) row[0], (String) row[1], (String) row[2], (String) row[3],
                (String) row[4], Rows.instant(row[5]), Rows.instant(row[6]), (String) row[7], (String) row[8],
                row[9] == null ? null : ((Number) row[9]).doubleValue());
    }
}
