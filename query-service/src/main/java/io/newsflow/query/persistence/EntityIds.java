package io.newsflow.query.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.newsflow.contract.AnalysedArticle;
import io.newsflow.contract.NewsEvent;

/**
 * Per article, the article's entity ids mapped to the ids of the entity rows they were merged into
 * (deduplicated on kind, normalised name and country).
 */
record EntityIds(Map<String, Map<String, String>> byArticle) {
    /**
     * Inserts the entities not stored yet and reads the ids of those that are, without locking the
     * stored rows: every batch names the busiest entities, and a lock held from here to the commit
     * would make the consumers of different partitions wait for each other. The known ones are left
     * out before the insert: PostgreSQL computes a row's generated name keys (unaccent, regular
     * expressions) before it finds the conflict.
     */
    private static final String INSERT_AND_FIND = """
            WITH incoming AS (SELECT * FROM %s),
            inserted AS (
                INSERT INTO entity (id, kind, name, normalised_name, country_code, aliases)
                SELECT id, kind, name, normalised, country, coalesce(string_to_array(aliases, chr(31)), '{}')
                FROM incoming u WHERE NOT EXISTS (SELECT 1 FROM entity en WHERE en.kind = u.kind
                    AND en.normalised_name = u.normalised AND coalesce(en.country_code, '') = coalesce(u.country, ''))
                ORDER BY kind, normalised, coalesce(country, '')
                ON CONFLICT (kind, normalised_name, (coalesce(country_code, ''))) DO NOTHING
                RETURNING id, kind, normalised_name, coalesce(country_code, '') AS country)
            SELECT id, kind, normalised_name, country FROM inserted
            UNION ALL
            SELECT en.id, en.kind, en.normalised_name, coalesce(en.country_code, '') FROM entity en
            JOIN incoming u ON en.kind = u.kind AND en.normalised_name = u.normalised
                AND coalesce(en.country_code, '') = coalesce(u.country, '')""";
    /** A row committed by another consumer after the statement above began is only visible to a new statement. */
    private static final String FIND = """
            SELECT en.id, en.kind, en.normalised_name, coalesce(en.country_code, '') FROM %s
            JOIN entity en ON en.kind = u.kind AND en.normalised_name = u.normalised
                AND coalesce(en.country_code, '') = coalesce(u.country, '')""";
    /** Aliases are merged into stored rows only when they bring a new one: the rare case takes the row's lock. */
    private static final String MERGE_ALIASES = """
            UPDATE entity en SET aliases = ARRAY(SELECT DISTINCT alias FROM unnest(en.aliases || u.aliases) AS alias
                                                 ORDER BY alias)
            FROM (SELECT id, string_to_array(aliases, chr(31)) AS aliases FROM %s) AS u
            WHERE en.id = u.id AND NOT en.aliases @> u.aliases""";

    Map<String, String> forArticle(String articleId) {
        return byArticle.getOrDefault(articleId, Map.of());
    }

    /** The stored id an article's entity id stands for; the id itself where it names no entity row. */
    String stored(String articleId, String entityId) {
        return forArticle(articleId).getOrDefault(entityId, entityId);
    }

    /** Stores every entity of the articles; entities named only as event actors are entities too. */
    static EntityIds upsert(Connection connection, List<AnalysedArticle> articles) throws SQLException {
        Map<String, EntityRow> rows = new LinkedHashMap<>();
        Map<String, Map<String, String>> keysByArticle = new HashMap<>();
        for (AnalysedArticle article : articles) {
            Map<String, String> keys = keysByArticle.computeIfAbsent(article.articleId(), id -> new HashMap<>());
            for (AnalysedArticle.Entity entity : article.entities()) {
                EntityRow row = new EntityRow(entity.id(), entity.kind().name(), entity.name(), entity.countryCode(),
                        entity.aliases());
                keys.put(entity.id(), rows.merge(row.key(), row, EntityRow::merge).key());
            }
            for (NewsEvent event : article.events()) {
                for (NewsEvent.Actor actor : new NewsEvent.Actor[] {event.source(), event.target()}) {
                    if (actor != null && actor.entityId() != null && !keys.containsKey(actor.entityId())) {
                        EntityRow row = new EntityRow(actor.entityId(), actor.kind().name(), actor.name(),
                                actor.countryCode(), null);
                        keys.put(actor.entityId(), rows.merge(row.key(), row, EntityRow::merge).key());
                    }
                }
            }
        }
        Map<String, String> storedIdByKey = storedIds(connection, new ArrayList<>(rows.values()));
        mergeAliases(connection, rows.values(), storedIdByKey);
        Map<String, Map<String, String>> byArticle = new HashMap<>();
        keysByArticle.forEach((articleId, keys) -> {
            Map<String, String> ids = new HashMap<>();
            keys.forEach((entityId, key) -> ids.put(entityId, storedIdByKey.getOrDefault(key, entityId)));
            byArticle.put(articleId, ids);
        });
        return new EntityIds(byArticle);
    }

    private static Map<String, String> storedIds(Connection connection, List<EntityRow> rows) throws SQLException {
        Map<String, String> storedIdByKey = new HashMap<>();
        if (rows.isEmpty()) {
            return storedIdByKey;
        }
        read(connection, INSERT_AND_FIND, keyColumns(rows, true), storedIdByKey);
        List<EntityRow> missing = rows.stream().filter(row -> !storedIdByKey.containsKey(row.key())).toList();
        if (!missing.isEmpty()) {
            read(connection, FIND, keyColumns(missing, false), storedIdByKey);
        }
        return storedIdByKey;
    }

    private static ColumnArrays keyColumns(List<EntityRow> rows, boolean whole) {
        ColumnArrays columns = whole ? new ColumnArrays("id", "kind", "name", "normalised", "country", "aliases")
                : new ColumnArrays("kind", "normalised", "country");
        for (EntityRow row : rows) {
            if (whole) {
                columns.add(row.id(), row.kind(), row.name(), row.normalised(), row.country(), row.joinedAliases());
            } else {
                columns.add(row.kind(), row.normalised(), row.country());
            }
        }
        return columns;
    }

    private static void read(Connection connection, String sql, ColumnArrays rows, Map<String, String> storedIdByKey)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql.formatted(rows.unnest("u")))) {
            rows.bind(connection, statement, 1);
            try (ResultSet stored = statement.executeQuery()) {
                while (stored.next()) {
                    storedIdByKey.put(EntityRow.key(stored.getString(2), stored.getString(3), stored.getString(4)),
                            stored.getString(1));
                }
            }
        }
    }

    private static void mergeAliases(Connection connection, Iterable<EntityRow> rows, Map<String, String> storedIdByKey)
            throws SQLException {
        ColumnArrays aliases = new ColumnArrays("id", "aliases");
        for (EntityRow row : rows) {
            if (row.joinedAliases() != null && storedIdByKey.containsKey(row.key())) {
                aliases.add(storedIdByKey.get(row.key()), row.joinedAliases());
            }
        }
        if (!aliases.isEmpty()) {
            try (PreparedStatement merge = connection.prepareStatement(MERGE_ALIASES.formatted(aliases.unnest("x")))) {
                aliases.bind(connection, merge, 1);
                merge.executeUpdate();
            }
        }
    }

    private record EntityRow(String id, String kind, String name, String country, List<String> aliases) {

        String normalised() {
            return Names.normalise(name);
        }

        String key() {
            return key(kind, normalised(), country == null ? "" : country);
        }

        static String key(String kind, String normalised, String country) {
            return kind + "\u0000" + normalised + "\u0000" + country;
        }

        String joinedAliases() {
            return aliases == null || aliases.isEmpty() ? null : String.join("\u001f", aliases);
        }

        EntityRow merge(EntityRow other) {
            List<String> merged = new ArrayList<>(aliases == null ? List.of() : aliases);
            if (other.aliases != null) {
                other.aliases.stream().filter(alias -> !merged.contains(alias)).forEach(merged::add);
            }
            return new EntityRow(id, kind, name, country, merged);
        }
    }
}
