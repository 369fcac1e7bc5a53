package io.newsflow.query.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * Keeps {@code entity.mention_count} and {@code event_count} equal to a recount of the stored
 * articles' article-entity rows (their {@code mentions}) and events naming the entity (an event
 * once, also when the entity is its source and its target). A batch collects its changes and
 * applies them in its last statement: the rows of the busiest entities are then locked only from
 * there to the commit, always in id order, so consumers of different partitions neither wait long
 * for each other nor deadlock.
 */
final class EntityCounts {
    /** Per entity, the mentions and events the stored analyses of these articles count. */
    private static final String STORED = """
            SELECT id, sum(mentions), sum(events) FROM (
                SELECT ae.entity_id AS id, ae.mentions, 0 AS events FROM article_entity ae WHERE ae.article_id = ANY(?)
                UNION ALL
                SELECT actor.id, 0, 1 FROM event e
                    CROSS JOIN LATERAL (SELECT e.source_entity_id UNION SELECT e.target_entity_id) AS actor(id)
                WHERE e.article_id = ANY(?) AND actor.id IS NOT NULL) AS named
            GROUP BY id""";
    private static final String LOCK = "SELECT 1 FROM entity WHERE id = ANY(?) ORDER BY id FOR NO KEY UPDATE";
    private static final String APPLY = """
            UPDATE entity en SET mention_count = en.mention_count + d.mentions::int,
                                 event_count = en.event_count + d.events::int
            FROM %s WHERE en.id = d.id""";

    /** Per entity id, in id order: the change of its mention and event counts. */
    private final Map<String, long[]> changes = new TreeMap<>();

    void add(String entityId, long mentions, long events) {
        long[] change = changes.computeIfAbsent(entityId, id -> new long[2]);
        change[0] += mentions;
        change[1] += events;
    }

    /** Before the rows of these stored articles' analyses are deleted. */
    void subtractStored(Connection connection, Collection<String> storedArticleIds) throws SQLException {
        if (storedArticleIds.isEmpty()) {
            return;
        }
        try (PreparedStatement stored = connection.prepareStatement(STORED)) {
            java.sql.Array ids = connection.createArrayOf("text", storedArticleIds.toArray());
            stored.setArray(1, ids);
            stored.setArray(2, ids);
            try (ResultSet counted = stored.executeQuery()) {
                while (counted.next()) {
                    add(counted.getString(1), -counted.getLong(2), -counted.getLong(3));
                }
            }
        }
    }

    /** The collected changes, once the batch's rows are written. */
    void apply(Connection connection) throws SQLException {
        changes.values().removeIf(change -> change[0] == 0 && change[1] == 0);
        if (changes.isEmpty()) {
            return;
        }
        try (PreparedStatement lock = connection.prepareStatement(LOCK)) {
            lock.setArray(1, connection.createArrayOf("text", changes.keySet().toArray()));
            lock.executeQuery().close();
        }
        ColumnArrays deltas = new ColumnArrays("id", "mentions", "events");
        changes.forEach((id, change) -> deltas.add(id, change[0], change[1]));
        try (PreparedStatement update = connection.prepareStatement(APPLY.formatted(deltas.unnest("d")))) {
            deltas.bind(connection, update, 1);
            update.executeUpdate();
        }
    }
}
