package io.newsflow.query.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import io.newsflow.localstack.infra.Infrastructure;
import io.newsflow.localstack.test.NewsflowTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The migrations that compute new columns for stored rows (V7 name keys, V8 news date and plotted
 * events, V9 mentions counted on the article-entity rows, V10 documents without text and events and
 * the events' published order), run on a database holding rows written before them.
 */
@QuarkusTest
@WithTestResource(value = NewsflowTestResource.class, scope = TestResourceScope.GLOBAL)
class MigrationBackfillTest {

    @Test
    void storedRowsGetTheirNameKeysNewsDatesPlottedFlagsMentionCountsAndLeanDocuments() throws SQLException {
        String database = "backfill_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Infrastructure infrastructure = NewsflowTestResource.infrastructure();
        try (Connection admin = connect(infrastructure.jdbcUrl()); Statement create = admin.createStatement()) {
            create.execute("CREATE DATABASE " + database);
        }
        String url = infrastructure.jdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
        migrate(url, "6");
        try (Connection connection = connect(url); Statement insert = connection.createStatement()) {
            insert.execute("""
                    INSERT INTO article (id, headline, dateline_date, published_at, extractor_name, extractor_version,
                        analysed_at, document) VALUES
                      ('a0000000000000000000000000000001', 'Published', '2011-03-15', '2012-05-06T07:08:09Z', 'e', '1',
                        '2026-01-01T00:00:00Z', '{}'),
                      ('a0000000000000000000000000000002', 'Dateline', '2011-03', NULL, 'e', '1',
                        '2026-01-01T00:00:00Z', '{}'),
                      ('a0000000000000000000000000000003', 'Impossible day', '2011-02-30', NULL, 'e', '1',
                        '2026-01-01T00:00:00Z', '{}'),
                      ('a0000000000000000000000000000004', 'Lean', NULL, NULL, 'e', '1', '2026-01-01T00:00:00Z',
                        '{"articleId": "a0000000000000000000000000000004", "text": "Body.",
                          "events": [{"eventId": "e5"}, {"eventId": "e4"}], "tone": 1.5}')""");
            insert.execute("""
                    INSERT INTO event (id, article_id, cameo_code, cameo_root, quad_class, goldstein, source_name,
                        source_kind, negated, sentence, sentence_index, confidence, document, event_date_start)
                    VALUES ('e1', 'a0000000000000000000000000000002', '042', '04', 1, 1, 'X', 'PERSON', false, 's', 0,
                              1, '{}', DATE '2011-03-01'),
                           ('e2', 'a0000000000000000000000000000002', '042', '04', 1, 1, 'X', 'PERSON', false, 's', 1,
                              1, '{}', DATE '1066-01-01'),
                           ('e3', 'a0000000000000000000000000000002', '042', '04', 1, 1, 'X', 'PERSON', false, 's', 2,
                              1, '{}', DATE '2013-01-01'),
                           ('e4', 'a0000000000000000000000000000004', '042', '04', 1, 1, 'X', 'PERSON', false, 's', 0,
                              1, '{"eventId": "e4"}', NULL),
                           ('e5', 'a0000000000000000000000000000004', '042', '04', 1, 1, 'X', 'PERSON', false, 's', 1,
                              1, '{"eventId": "e5"}', NULL)""");
            insert.execute("""
                    INSERT INTO entity (id, kind, name, normalised_name, aliases) VALUES
                      ('p1', 'PERSON', 'Mária Zakharóva', 'maria zakharova', '{"The Spokeswoman"}'),
                      ('c1', 'COUNTRY', 'United States', 'united states', '{}')""");
            insert.execute("""
                    INSERT INTO article_entity (article_id, entity_id) VALUES
                      ('a0000000000000000000000000000002', 'p1'), ('a0000000000000000000000000000002', 'c1'),
                      ('a0000000000000000000000000000003', 'p1')""");
            insert.execute("""
                    INSERT INTO mention (article_id, entity_id, start, "end", text) VALUES
                      ('a0000000000000000000000000000002', 'p1', 0, 7, 'Mária'),
                      ('a0000000000000000000000000000002', 'p1', 40, 47, 'Mária'),
                      ('a0000000000000000000000000000002', 'c1', 60, 73, 'United States')""");
        }

        migrate(url, null);

        try (Connection connection = connect(url)) {
            assertThat(rows(connection, "SELECT headline || ' ' || news_date::date || ' ' || date_source FROM article"
                    + " ORDER BY id")).containsExactly("Published 2012-05-06 published", "Dateline 2011-03-01 dateline",
                            "Impossible day 2026-01-01 received", "Lean 2026-01-01 received");
            assertThat(rows(connection, "SELECT id FROM event WHERE plotted ORDER BY id")).containsExactly("e1");
            assertThat(rows(connection, "SELECT id || ' ' || array_to_string(ARRAY(SELECT k FROM unnest(name_keys) AS k"
                    + " ORDER BY k), '|') FROM entity ORDER BY id"))
                    .containsExactly("c1 united states", "p1 maria zakharova|the spokeswoman|zakharova");
            assertThat(rows(connection, "SELECT right(article_id, 1) || ' ' || entity_id || ' ' || mentions"
                    + " FROM article_entity ORDER BY 1")).containsExactly("2 c1 1", "2 p1 2", "3 p1 0");
            assertThat(rows(connection, "SELECT (SELECT string_agg(f.key || '=' || f.value, ',' ORDER BY f.ord)"
                    + " FROM json_each(document) WITH ORDINALITY AS f(key, value, ord)) || ' ' || text FROM article"
                    + " WHERE id LIKE '%4'")).as("the text moved to its column, the other fields kept in their order")
                    .containsExactly("articleId=\"a0000000000000000000000000000004\",tone=1.5 Body.");
            assertThat(rows(connection, "SELECT id || ' ' || coalesce(position::text, '-') FROM event"
                    + " ORDER BY position NULLS LAST, id")).containsExactly("e5 0", "e4 1", "e1 -", "e2 -", "e3 -");
        }
    }

    private static void migrate(String url, String target) {
        var configuration = Flyway.configure().dataSource(url, NewsflowTestResource.infrastructure().databaseUser(),
                NewsflowTestResource.infrastructure().databasePassword()).locations("classpath:db/migration");
        if (target != null) {
            configuration.target(target);
        }
        configuration.load().migrate();
    }

    private static List<String> rows(Connection connection, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement select = connection.createStatement(); ResultSet result = select.executeQuery(sql)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }

    private static Connection connect(String url) throws SQLException {
        Infrastructure infrastructure = NewsflowTestResource.infrastructure();
        return DriverManager.getConnection(url, infrastructure.databaseUser(), infrastructure.databasePassword());
    }
}
