package io.newsflow.query.service;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.newsflow.contract.AnalysedArticle;
import io.newsflow.query.domain.Article;
import io.newsflow.query.domain.Event;
import io.newsflow.query.persistence.ArticleDocument;

/** Reads articles: the analysis as published, and searches over them. */
@ApplicationScoped
public class ArticleQueries {
    public static final List<String> CSV_COLUMNS = List.of("id", "headline", "subtitle", "source", "url",
            "publishedAt", "analysedAt", "datelinePlace", "datelineDate", "newsDate", "dateSource", "extractorVersion");
    private static final String SUMMARY_COLUMNS = "a.id, a.headline, a.subtitle, a.source, a.url, a.published_at,"
            + " a.analysed_at, a.dateline_place, a.dateline_date, a.news_date, a.date_source";
    private static final String RANK = "ts_rank_cd(%s.search, websearch_to_tsquery('english', :q))";
    private static final String NEWEST_FIRST = "a.news_date DESC NULLS LAST, a.id";
    /** The article's event documents in their published order (Event.PUBLISHED_ORDER), one JSON array. */
    private static final String EVENTS_ARRAY = "(SELECT json_agg(e.document ORDER BY e.position NULLS LAST,"
            + " e.sentence_index, e.id) FROM event e WHERE e.article_id = a.id)::text";

    private final EntityManager entityManager;
    private final RowStream rows;
    private final int rankWindow;

    ArticleQueries(EntityManager entityManager, RowStream rows,
            @ConfigProperty(name = "newsflow.query.search.rank-window", defaultValue = "1000") int rankWindow) {
        if (rankWindow < 0) {
            // Caught at start, not as a failing search: the window is written into the SQL's LIMIT.
            throw new IllegalArgumentException("newsflow.query.search.rank-window must be 0 or more, not " + rankWindow);
        }
        this.entityManager = entityManager;
        this.rows = rows;
        this.rankWindow = rankWindow;
    }

    /** The article by id (Panache): its analysis as published, and its news date. */
    public Optional<StoredArticle> article(String id) {
        return Article.<Article>findByIdOptional(id).map(article -> new StoredArticle(
                Rows.json(ArticleDocument.assemble(article.document, article.text, ArticleDocument.eventsArray(
                        Event.documentsOf(id))), AnalysedArticle.class), article.newsDate, article.dateSource));
    }

    /**
     * With {@code q}: the newest {@link #rankWindow} matches ranked by relevance, then the older
     * matches newest first. Without: newest first. Ties by id.
     */
    public Page<ArticleSummary> search(ArticleFilter filter, PageRequest page) {
        return searchQuery(filter).fetch(entityManager, page, row -> summary((Object[]) row));
    }

    public ListQuery searchQuery(ArticleFilter filter) {
        Sql sql = filter.toSql();
        String matches = "SELECT 1 FROM article a" + sql.where();
        if (filter.q() == null) {
            return new ListQuery(sql, "SELECT " + SUMMARY_COLUMNS + ", NULL AS rank FROM article a" + sql.where()
                    + " ORDER BY " + NEWEST_FIRST + ListQuery.PAGE, matches);
        }
        return new ListQuery(sql, rankedWithinWindow(sql), matches);
    }

    /**
     * Ranking reads every candidate's search vector from the table: a broad word matches tens of
     * thousands of articles, and ranking them all took 60-110 ms at 100,000 articles. Ranking only
     * the newest matches bounds that work whatever the word, and the window moves with
     * {@code from}/{@code to}; it keeps each candidate's vector from the one read that found it.
     * Positions from the window's size on are the remaining matches in date order, so pages never
     * overlap or skip. The window size is a trusted setting, written into the SQL; everything the
     * request brings is bound.
     */
    private String rankedWithinWindow(Sql sql) {
        String window = Integer.toString(rankWindow);
        return "WITH recent AS MATERIALIZED (SELECT a.id, a.news_date, a.search FROM article a" + sql.where()
                + " ORDER BY " + NEWEST_FIRST + " LIMIT " + window + "),"
                + " page AS ((SELECT r.id, 0 AS part, " + RANK.formatted("r") + " AS rank FROM recent r"
                + " ORDER BY rank DESC, r.news_date DESC NULLS LAST, r.id" + ListQuery.PAGE + ")"
                + " UNION ALL (SELECT a.id, 1, NULL FROM article a" + sql.where() + " ORDER BY " + NEWEST_FIRST
                + " LIMIT greatest(:offset + :limit - greatest(:offset, " + window + "), 0)"
                + " OFFSET greatest(:offset, " + window + ")))"
                + " SELECT " + SUMMARY_COLUMNS + ", " + RANK.formatted("a") + " AS rank"
                + " FROM page JOIN article a ON a.id = page.id"
                + " ORDER BY page.part, page.rank DESC, " + NEWEST_FIRST;
    }

    /** Every matching article as published on news.articles, one JSON document per row. */
    public void exportDocuments(ArticleFilter filter, Consumer<String> sink) {
        Sql sql = filter.toSql();
        rows.forEach("SELECT a.document::text, a.text, " + EVENTS_ARRAY + " FROM article a" + sql.where()
                + " ORDER BY " + order(filter), sql, row -> {
                    Object[] cells = (Object[]) row;
                    sink.accept(ArticleDocument.assemble((String) cells[0], (String) cells[1], (String) cells[2]));
                });
    }

    /** Every matching article as a row of {@link #CSV_COLUMNS}. */
    public void exportRows(ArticleFilter filter, Consumer<Object[]> sink) {
        Sql sql = filter.toSql();
        rows.forEach("SELECT " + SUMMARY_COLUMNS + ", a.extractor_version FROM article a" + sql.where()
                + " ORDER BY " + order(filter), sql, row -> sink.accept(Rows.cells((Object[]) row)));
    }

    /** Exports read every match anyway, so they rank them all. */
    private static String order(ArticleFilter filter) {
        return (filter.q() == null ? "" : RANK.formatted("a") + " DESC, ") + NEWEST_FIRST;
    }

    private static ArticleSummary summary(Object[] row) {
        return new ArticleSummary((String) row[0], (String) row[1], (String) row[2], (String) row[3],
                (String) row[4], Rows.instant(row[5]), Rows.instant(row[6]), (String) row[7], (String) row[8],
                Rows.instant(row[9]), (String) row[10], row[11] == null ? null : ((Number) row[11]).doubleValue());
    }
}
