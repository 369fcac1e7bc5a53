package io.newsflow.query.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.newsflow.contract.AnalysedArticle;

/**
 * The article rows of a batch, upserted in one statement that also decides which analyses apply:
 * a redelivery of the stored analysis, or an analysis older than the stored one, changes nothing
 * and is not returned. The decision is taken on the row itself, under its lock: when two consumers
 * hold the same record for a moment (a rebalance), the second waits for the first to commit and
 * then finds its analysis stored, so an article's rows and counts are never written twice.
 */
final class ArticleRows {
    private static final String UPSERT = """
            INSERT INTO article AS a (id, headline, subtitle, dateline_place, dateline_country, dateline_agency,
                dateline_date, published_at, language, source, url, text, tone, extractor_name, extractor_version,
                analysed_at, document, news_date, date_source)
            SELECT u.id, u.headline, u.subtitle, u.place, u.country, u.agency, u.dateline_date,
                u.published_at::timestamptz, u.language, u.source, u.url, u.text, u.tone::float8, u.extractor_name,
                u.extractor_version, u.analysed_at::timestamptz, u.document::json, u.news_date::timestamptz,
                u.date_source
            FROM %s
            ON CONFLICT (id) DO UPDATE SET headline = EXCLUDED.headline, subtitle = EXCLUDED.subtitle,
                dateline_place = EXCLUDED.dateline_place, dateline_country = EXCLUDED.dateline_country,
                dateline_agency = EXCLUDED.dateline_agency, dateline_date = EXCLUDED.dateline_date,
                published_at = EXCLUDED.published_at, language = EXCLUDED.language, source = EXCLUDED.source,
                url = EXCLUDED.url, text = EXCLUDED.text, tone = EXCLUDED.tone,
                extractor_name = EXCLUDED.extractor_name, extractor_version = EXCLUDED.extractor_version,
                analysed_at = EXCLUDED.analysed_at, document = EXCLUDED.document, news_date = EXCLUDED.news_date,
                date_source = EXCLUDED.date_source, stored_at = now()
            WHERE NOT (a.extractor_version = EXCLUDED.extractor_version
                       AND a.analysed_at IS NOT DISTINCT FROM EXCLUDED.analysed_at)
              AND NOT coalesce(EXCLUDED.analysed_at < a.analysed_at, false)
            RETURNING a.id, a.xmax::text <> '0'""";

    private ArticleRows() {
    }

    /** The analyses that were written (in the order given), and the ids of those among them that replaced a stored analysis. */
    record Upserted(List<AnalysedArticle> applied, List<String> replaced) {
    }

    /** {@code articles}: one record per article id, whose JSON without text and events becomes the article's document. */
    static Upserted upsert(Connection connection, Collection<Received<AnalysedArticle>> articles)
            throws SQLException {
        ColumnArrays rows = new ColumnArrays("id", "headline", "subtitle", "place", "country", "agency",
                "dateline_date", "published_at", "language", "source", "url", "text", "tone", "extractor_name",
                "extractor_version", "analysed_at", "document", "news_date", "date_source");
        for (Received<AnalysedArticle> received : articles) {
            AnalysedArticle article = received.value();
            AnalysedArticle.Dateline dateline = article.dateline();
            NewsDate newsDate = NewsDate.of(article);
            rows.add(article.articleId(), article.headline(), article.subtitle(),
                    dateline == null ? null : dateline.place(), dateline == null ? null : dateline.countryCode(),
                    dateline == null ? null : dateline.agency(), dateline == null ? null : dateline.date(),
                    article.publishedAt(), article.language(), article.source(), article.url(), article.text(),
                    article.tone(), article.extractor().name(), article.extractor().version(), article.analysedAt(),
                    ArticleDocument.lean(received.json()), newsDate.date(), newsDate.source().name());
        }
        Set<String> written = new HashSet<>();
        List<String> replaced = new ArrayList<>();
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT.formatted(rows.unnest("u")))) {
            rows.bind(connection, upsert, 1);
            // xmax is 0 on a row this statement inserted, and set on a row it updated (the version it locked).
            try (ResultSet rowsWritten = upsert.executeQuery()) {
                while (rowsWritten.next()) {
                    written.add(rowsWritten.getString(1));
                    if (rowsWritten.getBoolean(2)) {
                        replaced.add(rowsWritten.getString(1));
                    }
                }
            }
        }
        return new Upserted(articles.stream().map(Received::value)
                .filter(article -> written.contains(article.articleId())).toList(), replaced);
    }
}
