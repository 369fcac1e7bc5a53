package io.newsflow.query.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;

/**
 * Keeps {@code entity.mention_count} and {@code event_count} equal to a recount of the mention
 * and event rows naming the entity (an event once, also when the entity is its source and its
 * target): each change of those rows is followed, in its transaction, by the matching delta.
 * Concurrent writers serialise on the entity rows; a deadlock between them is retried like any.
 */
final class EntityCounts {
    private static final String MENTIONS_OF_ARTICLES = "SELECT m.entity_id AS id, count(*) AS mentions,"
            + " 0 AS events FROM mention m WHERE m.article_id = ANY(?) GROUP BY m.entity_id";
    private static final String EVENTS_WHERE = "SELECT actor.id, 0 AS mentions, count(*) AS events FROM event e"
            + " CROSS JOIN LATERAL (SELECT e.source_entity_id UNION SELECT e.target_entity_id) AS actor(id)"
            + " WHERE %s AND actor.id IS NOT NULL GROUP BY actor.id";
    /** Adds the sign (1 or -1) times the mentions and events per entity that {@code %s} selects. */
    private static final String APPLY = """
            UPDATE entity en SET mention_count = en.mention_count + ? * counted.mentions,
                                 event_count = en.event_count + ? * counted.events
            FROM (SELECT id, sum(mentions) AS mentions, sum(events) AS events FROM (%s) AS named GROUP BY id)
                AS counted
            WHERE en.id = counted.id""";
    private static final String OF_ARTICLES = APPLY.formatted(MENTIONS_OF_ARTICLES + " UNION ALL "
            + EVENTS_WHERE.formatted("e.article_id = ANY(?)"));
    private static final String OF_EVENTS = APPLY.formatted(EVENTS_WHERE.formatted("e.id = ANY(?)"));

    private EntityCounts() {
    }

    /**
     * Before the articles' mentions and events are deleted; only a stored article has mentions,
     * while any may have events that came on news.events first.
     */
    static void subtractArticles(Connection connection, Collection<String> storedArticleIds,
            Collection<String> articleIds) throws SQLException {
        apply(connection, OF_ARTICLES, -1, storedArticleIds, articleIds);
    }

    /** Once the articles' mentions and events are inserted. */
    static void addArticles(Connection connection, Collection<String> articleIds) throws SQLException {
        apply(connection, OF_ARTICLES, 1, articleIds, articleIds);
    }

    /** Once these events (of articles not stored yet) are inserted. */
    static void addEvents(Connection connection, Collection<String> eventIds) throws SQLException {
        apply(connection, OF_EVENTS, 1, eventIds);
    }

    /**
     * Entities just created start from the events already stored that name them: events that
     * arrived on news.events before any article created the entity.
     */
    static void countStoredEvents(Connection connection, Collection<String> entityIds) throws SQLException {
        if (entityIds.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE entity en SET event_count = (SELECT count(*) FROM event e
                    WHERE e.source_entity_id = en.id OR e.target_entity_id = en.id)
                WHERE en.id = ANY(?)""")) {
            update.setArray(1, connection.createArrayOf("text", entityIds.toArray()));
            update.executeUpdate();
        }
    }

    /** {@code sql} takes the sign twice, then one array of ids per selection, in order. */
    @SafeVarargs
    private static void apply(Connection connection, String sql, int sign, Collection<String>... ids)
            throws SQLException {
        if (java.util.Arrays.stream(ids).allMatch(Collection::isEmpty)) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            update.setInt(1, sign);
            update.setInt(2, sign);
            for (int i = 0; i < ids.length; i++) {
                update.setArray(3 + i, connection.createArrayOf("text", ids[i].toArray()));
            }
            update.executeUpdate();
        }
    }
}
