package io.newsflow.query.warmup;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.newsflow.contract.AnalysedArticle;
import io.newsflow.contract.NewsEvent;
import io.newsflow.localstack.infra.Infrastructure;
import io.newsflow.localstack.test.NewsflowTestResource;
import io.newsflow.query.QueryTestSupport;

/** The row count of every table of the schema, as another session sees them. */
final class TableCounts {
    private TableCounts() {
    }

    /** Table name to rows, every base table of the public schema: a table added later is counted too. */
    static Map<String, Long> all() {
        Infrastructure infrastructure = NewsflowTestResource.infrastructure();
        Map<String, Long> counts = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(infrastructure.jdbcUrl(),
                infrastructure.databaseUser(), infrastructure.databasePassword());
                Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet names = statement.executeQuery("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = 'public' AND table_type = 'BASE TABLE'")) {
                while (names.next()) {
                    tables.add(names.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet count = statement.executeQuery("SELECT count(*) FROM \"" + table + "\"")) {
                    count.next();
                    counts.put(table, count.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Counting the tables", e);
        }
        return counts;
    }

    /** {@code before} with the rows an analysis of a new article, naming only new entities, added. */
    static Map<String, Long> plus(Map<String, Long> before, AnalysedArticle analysis) {
        Map<String, Long> after = new TreeMap<>(before);
        after.replaceAll((table, rows) -> rows + rowsOf(table, analysis));
        return after;
    }

    private static long rowsOf(String table, AnalysedArticle analysis) {
        String id = analysis.articleId();
        return switch (table) {
            case "article" -> QueryTestSupport.count("SELECT count(*) FROM article WHERE id = ?", id);
            case "event", "quote", "article_entity" -> QueryTestSupport.count(
                    "SELECT count(*) FROM " + table + " WHERE article_id = ?", id);
            case "entity" -> QueryTestSupport.count("SELECT count(*) FROM entity WHERE id = ANY (?::text[])",
                    "{" + String.join(",", entityIds(analysis)) + "}");
            case "flyway_schema_history" -> 0;
            default -> throw new IllegalStateException("A table this test does not know: " + table
                    + "; say which of its rows an analysis brings");
        };
    }

    private static List<String> entityIds(AnalysedArticle analysis) {
        List<String> ids = new ArrayList<>();
        analysis.entities().forEach(entity -> ids.add(entity.id()));
        for (NewsEvent event : analysis.events()) {
            for (NewsEvent.Actor actor : new NewsEvent.Actor[] { event.source(), event.target() }) {
                if (actor != null && actor.entityId() != null && !ids.contains(actor.entityId())) {
                    ids.add(actor.entityId());
                }
            }
        }
        return ids;
    }
}
