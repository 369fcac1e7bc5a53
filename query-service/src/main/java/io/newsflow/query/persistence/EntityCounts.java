package io.newsflow.query.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;

/**
 * Keeps {@code entity.mention_count} and {@code event_count} equal to a recount of the mention
 * and event rows of stored articles naming the entity (an event once, also when the entity is
 * its source and its target): each change of those rows is followed, in its transaction, by the
 * matching delta. An article's rows change only with its analysis, written by the one consumer
 * of its news.articles partition.
 */
final class EntityCounts {
    /** Adds the sign (1 or -1) times the mentions and events per entity of the articles. */
    private static final String APPLY = """
            UPDATE entity en SET mention_count = en.mention_count + ? * counted.mentions,
                                 event_count = en.event_count + ? * counted.events
            FROM (SELECT id, sum(mentions) AS mentions, sum(events) AS events FROM (
                    SELECT m.entity_id AS id, count(*) AS mentions, 0 AS events FROM mention m
                    WHERE m.article_id = ANY(?) GROUP BY m.entity_id
                    UNION ALL
                    SELECT actor.id, 0, count(*) FROM event e
                        CROSS JOIN LATERAL (SELECT e.source_entity_id UNION SELECT e.target_entity_id) AS actor(id)
                    WHERE e.article_id = ANY(?) AND actor.id IS NOT NULL GROUP BY actor.id) AS named
                  GROUP BY id) AS counted
            WHERE en.id = counted.id""";

    private EntityCounts() {
    }

    /** Before the rows of these stored articles' analyses are deleted. */
    static void subtractArticles(Connection connection, Collection<String> storedArticleIds) throws SQLException {
        apply(connection, -1, storedArticleIds);
    }

    /** Once the articles' mentions and events are inserted. */
    static void addArticles(Connection connection, Collection<String> articleIds) throws SQLException {
        apply(connection, 1, articleIds);
    }

    private static void apply(Connection connection, int sign, Collection<String> articleIds) throws SQLException {
        if (articleIds.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(APPLY)) {
            java.sql.Array ids = connection.createArrayOf("text", articleIds.toArray());
            update.setInt(1, sign);
            update.setInt(2, sign);
            update.setArray(3, ids);
            update.setArray(4, ids);
            update.executeUpdate();
        }
    }
}
