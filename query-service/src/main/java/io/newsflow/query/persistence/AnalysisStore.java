package io.newsflow.query.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.newsflow.contract.AnalysedArticle;
import io.newsflow.contract.ArticleIds;
import io.newsflow.contract.ContractJson;
import io.newsflow.contract.EventRetraction;
import io.newsflow.contract.NewsEvent;

/**
 * Idempotent batch writes over JDBC batches: a record delivered twice (after a crash between
 * database commit and offset commit) leaves the same rows. An analysis brings all its rows
 * (entities, mentions, quotes, events) and replaces those of an older one. An article's records
 * share a partition of news.articles, so one consumer at a time writes its rows: no locks.
 * Callers run each batch in one transaction. The events of a replaced analysis that the new one no
 * longer contains are returned as retracted, for the live stream: news.articles carries whole
 * analyses, so the comparison with the stored rows is this service's own way to the retractions
 * extract-service writes on news.events.
 */
@ApplicationScoped
public class AnalysisStore {
    private static final String EVENT_COLUMNS = """
            id, article_id, cameo_code, cameo_root, quad_class, goldstein, source_name, source_kind,
            source_country, source_entity_id, target_name, target_kind, target_country, target_entity_id,
            action_text, negated, event_date, date_precision, event_date_start, event_date_end, location_name,
            location_country, location_lat, location_lon, sentence, sentence_index, confidence, document, plotted""";
    private static final String EVENT_VALUES = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            + "?, ?, ?, ?, CAST(? AS json), ?";
    private static final String INSERT_EVENT = "INSERT INTO event (" + EVENT_COLUMNS + ") VALUES ("
            + EVENT_VALUES + ") ON CONFLICT (id) DO NOTHING";
    private static final String UPSERT_ARTICLE = """
            INSERT INTO article (id, headline, subtitle, dateline_place, dateline_country, dateline_agency,
                dateline_date, published_at, language, source, url, text, tone, extractor_name, extractor_version,
                analysed_at, document, news_date, date_source)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS json), ?, ?)
            ON CONFLICT (id) DO UPDATE SET headline = EXCLUDED.headline, subtitle = EXCLUDED.subtitle,
                dateline_place = EXCLUDED.dateline_place, dateline_country = EXCLUDED.dateline_country,
                dateline_agency = EXCLUDED.dateline_agency, dateline_date = EXCLUDED.dateline_date,
                published_at = EXCLUDED.published_at, language = EXCLUDED.language, source = EXCLUDED.source,
                url = EXCLUDED.url, text = EXCLUDED.text, tone = EXCLUDED.tone,
                extractor_name = EXCLUDED.extractor_name, extractor_version = EXCLUDED.extractor_version,
                analysed_at = EXCLUDED.analysed_at, document = EXCLUDED.document, news_date = EXCLUDED.news_date,
                date_source = EXCLUDED.date_source, stored_at = now()
            """;
    /** Rows written only with their article: a new article has none to delete. */
    private static final List<String> ARTICLE_ROW_TABLES = List.of("mention", "quote", "article_entity", "event");

    private final EntityManager entityManager;

    AnalysisStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Stores a batch of analyses as received, each kept as the JSON it came as; returns the events
     * stored by it and those it removed with the analyses it replaced.
     */
    public List<EventChange> saveReceived(List<Received<AnalysedArticle>> batch) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            Map<String, Received<AnalysedArticle>> latest = new LinkedHashMap<>();
            for (Received<AnalysedArticle> received : batch) {
                latest.merge(received.value().articleId(), received, (stored, next) -> isOlder(
                        next.value().analysedAt(), stored.value().analysedAt()) ? stored : next);
            }
            Analyses analyses = newAnalyses(connection, latest);
            List<AnalysedArticle> applied = analyses.applied();
            if (applied.isEmpty()) {
                return List.of();
            }
            upsertArticles(connection, applied, latest);
            List<String> articleIds = applied.stream().map(AnalysedArticle::articleId).toList();
            EntityCounts.subtractArticles(connection, analyses.replaced());
            List<EventChange> changes = new ArrayList<>(retractedBy(connection, analyses.replaced(), latest));
            deleteRowsOf(connection, analyses.replaced());
            EntityIds entityIds = EntityIds.upsert(connection, applied);
            insertEntityRows(connection, applied, entityIds);
            insertQuotes(connection, applied, entityIds);
            try (PreparedStatement insert = connection.prepareStatement(INSERT_EVENT)) {
                for (AnalysedArticle article : applied) {
                    NewsDate newsDate = NewsDate.of(article);
                    for (NewsEvent event : article.events()) {
                        bindEvent(insert, event, ContractJson.write(event), entityIds.forArticle(article.articleId()),
                                newsDate);
                        insert.addBatch();
                        changes.add(EventChange.stored(event));
                    }
                }
                insert.executeBatch();
            }
            EntityCounts.addArticles(connection, articleIds);
            return changes;
        });
    }

    /** The stored events of the replaced analyses that their new analyses do not contain, as stored. */
    private static List<EventChange> retractedBy(Connection connection, List<String> replacedIds,
            Map<String, Received<AnalysedArticle>> newAnalyses) throws SQLException {
        if (replacedIds.isEmpty()) {
            return List.of();
        }
        List<EventChange> retracted = new ArrayList<>();
        try (PreparedStatement stored = connection.prepareStatement(
                "SELECT article_id, id, document FROM event WHERE article_id = ANY(?)")) {
            stored.setArray(1, connection.createArrayOf("text", replacedIds.toArray()));
            try (ResultSet rows = stored.executeQuery()) {
                Map<String, Set<String>> keptIds = new HashMap<>();
                while (rows.next()) {
                    AnalysedArticle analysis = newAnalyses.get(rows.getString(1)).value();
                    Set<String> kept = keptIds.computeIfAbsent(analysis.articleId(), id -> analysis.events().stream()
                            .map(NewsEvent::eventId).collect(Collectors.toSet()));
                    if (!kept.contains(rows.getString(2))) {
                        retracted.add(EventChange.retracted(storedEvent(rows.getString(3)),
                                EventRetraction.reanalysed(rows.getString(2), analysis)));
                    }
                }
            }
        }
        return retracted;
    }

    private static NewsEvent storedEvent(String document) {
        try {
            return ContractJson.read(document, NewsEvent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored event that is not a news.events document", e);
        }
    }

    /** The analyses to apply, and the ids of those among them that replace a stored analysis. */
    private record Analyses(List<AnalysedArticle> applied, List<String> replaced) {
    }

    /** Drops redeliveries of the stored analysis and analyses older than the stored one. */
    private static Analyses newAnalyses(Connection connection, Map<String, Received<AnalysedArticle>> latest)
            throws SQLException {
        Map<String, AnalysedArticle> applied = new LinkedHashMap<>();
        latest.forEach((id, received) -> applied.put(id, received.value()));
        List<String> replaced = new ArrayList<>();
        try (PreparedStatement stored = connection.prepareStatement(
                "SELECT id, extractor_version, analysed_at FROM article WHERE id = ANY(?)")) {
            stored.setArray(1, connection.createArrayOf("text", latest.keySet().toArray()));
            try (ResultSet rows = stored.executeQuery()) {
                while (rows.next()) {
                    AnalysedArticle incoming = latest.get(rows.getString(1)).value();
                    Timestamp storedAt = rows.getTimestamp(3);
                    Instant storedAnalysedAt = storedAt == null ? null : storedAt.toInstant();
                    boolean sameAnalysis = incoming.extractor().version().equals(rows.getString(2))
                            && java.util.Objects.equals(storedAnalysedAt, incoming.analysedAt());
                    if (sameAnalysis || isOlder(incoming.analysedAt(), storedAnalysedAt)) {
                        applied.remove(incoming.articleId());
                    } else {
                        replaced.add(incoming.articleId());
                    }
                }
            }
        }
        return new Analyses(new ArrayList<>(applied.values()), replaced);
    }

    private static boolean isOlder(Instant candidate, Instant than) {
        return candidate != null && than != null && candidate.isBefore(than);
    }

    /** {@code received}: each article's record, whose JSON becomes its document. */
    private static void upsertArticles(Connection connection, List<AnalysedArticle> articles,
            Map<String, Received<AnalysedArticle>> received) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT_ARTICLE)) {
            for (AnalysedArticle article : articles) {
                AnalysedArticle.Dateline dateline = article.dateline();
                upsert.setString(1, article.articleId());
                upsert.setString(2, article.headline());
                upsert.setString(3, article.subtitle());
                upsert.setString(4, dateline == null ? null : dateline.place());
                upsert.setString(5, dateline == null ? null : dateline.countryCode());
                upsert.setString(6, dateline == null ? null : dateline.agency());
                upsert.setString(7, dateline == null ? null : dateline.date());
                upsert.setTimestamp(8, timestamp(article.publishedAt()));
                upsert.setString(9, article.language());
                upsert.setString(10, article.source());
                upsert.setString(11, article.url());
                upsert.setString(12, article.text());
                upsert.setObject(13, article.tone(), Types.DOUBLE);
                upsert.setString(14, article.extractor().name());
                upsert.setString(15, article.extractor().version());
                upsert.setTimestamp(16, timestamp(article.analysedAt()));
                upsert.setString(17, received.get(article.articleId()).json());
                NewsDate newsDate = NewsDate.of(article);
                upsert.setTimestamp(18, timestamp(newsDate.date()));
                upsert.setString(19, newsDate.source().name());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    /** The rows of the replaced analyses. */
    private static void deleteRowsOf(Connection connection, List<String> replacedIds) throws SQLException {
        if (!replacedIds.isEmpty()) {
            for (String table : ARTICLE_ROW_TABLES) {
                deleteOfArticles(connection, table, replacedIds);
            }
        }
    }

    private static void deleteOfArticles(Connection connection, String table, List<String> articleIds)
            throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM " + table + " WHERE article_id = ANY(?)")) {
            delete.setArray(1, connection.createArrayOf("text", articleIds.toArray()));
            delete.executeUpdate();
        }
    }

    private static void insertEntityRows(Connection connection, List<AnalysedArticle> articles, EntityIds entityIds)
            throws SQLException {
        try (PreparedStatement roles = connection.prepareStatement("""
                INSERT INTO article_entity (article_id, entity_id, roles) VALUES (?, ?, ?)
                ON CONFLICT (article_id, entity_id) DO NOTHING""");
                PreparedStatement mentions = connection.prepareStatement("""
                        INSERT INTO mention (article_id, entity_id, start, "end", text) VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT DO NOTHING""")) {
            for (AnalysedArticle article : articles) {
                Map<String, String> ids = entityIds.forArticle(article.articleId());
                for (AnalysedArticle.Entity entity : article.entities()) {
                    String entityId = ids.getOrDefault(entity.id(), entity.id());
                    roles.setString(1, article.articleId());
                    roles.setString(2, entityId);
                    roles.setArray(3, connection.createArrayOf("text",
                            entity.roles() == null ? new Object[0] : entity.roles().toArray()));
                    roles.addBatch();
                    for (AnalysedArticle.Mention mention : entity.mentions() == null
                            ? List.<AnalysedArticle.Mention>of() : entity.mentions()) {
                        mentions.setString(1, article.articleId());
                        mentions.setString(2, entityId);
                        mentions.setInt(3, mention.start());
                        mentions.setInt(4, mention.end());
                        mentions.setString(5, mention.text());
                        mentions.addBatch();
                    }
                }
            }
            roles.executeBatch();
            mentions.executeBatch();
        }
    }

    private static void insertQuotes(Connection connection, List<AnalysedArticle> articles, EntityIds entityIds)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO quote (id, article_id, text, speaker_name, speaker_entity_id, start, "end")
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING""")) {
            for (AnalysedArticle article : articles) {
                Map<String, String> ids = entityIds.forArticle(article.articleId());
                for (AnalysedArticle.Quote quote : article.quotes()) {
                    AnalysedArticle.Speaker speaker = quote.speaker();
                    insert.setString(1, quoteId(article.articleId(), quote.start()));
                    insert.setString(2, article.articleId());
                    insert.setString(3, quote.text());
                    insert.setString(4, speaker == null ? null : speaker.name());
                    insert.setString(5, speaker == null || speaker.entityId() == null ? null
                            : ids.getOrDefault(speaker.entityId(), speaker.entityId()));
                    insert.setInt(6, quote.start());
                    insert.setInt(7, quote.end());
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    public static String quoteId(String articleId, int start) {
        return ArticleIds.derivedId("q", articleId, Integer.toString(start));
    }

    /**
     * Binds parameters 1 to 29, {@code document} being the event's JSON; {@code entityIds} maps the
     * article's entity ids to the stored ones; {@code newsDate}, the article's, bounds the plotted dates.
     */
    private static void bindEvent(PreparedStatement insert, NewsEvent event, String document,
            Map<String, String> entityIds, NewsDate newsDate) throws SQLException {
        NewsEvent.Actor source = event.source();
        NewsEvent.Actor target = event.target();
        NewsEvent.Location location = event.location();
        EventDates dates = EventDates.of(event.date(), event.datePrecision());
        insert.setString(1, event.eventId());
        insert.setString(2, event.articleId());
        insert.setString(3, event.cameo().code());
        insert.setString(4, event.cameo().root());
        insert.setShort(5, (short) event.cameo().quadClass());
        insert.setDouble(6, event.cameo().goldstein());
        insert.setString(7, source.name());
        insert.setString(8, source.kind().name());
        insert.setString(9, source.countryCode());
        insert.setString(10, linkedId(source, entityIds));
        insert.setString(11, target == null ? null : target.name());
        insert.setString(12, target == null ? null : target.kind().name());
        insert.setString(13, target == null ? null : target.countryCode());
        insert.setString(14, linkedId(target, entityIds));
        insert.setString(15, event.actionText());
        insert.setBoolean(16, event.negated());
        insert.setString(17, event.date());
        insert.setString(18, event.datePrecision() == null ? null : event.datePrecision().name());
        insert.setObject(19, dates == null ? null : dates.start(), Types.DATE);
        insert.setObject(20, dates == null ? null : dates.end(), Types.DATE);
        insert.setString(21, location == null ? null : location.name());
        insert.setString(22, location == null ? null : location.countryCode());
        insert.setObject(23, location == null ? null : location.lat(), Types.DOUBLE);
        insert.setObject(24, location == null ? null : location.lon(), Types.DOUBLE);
        insert.setString(25, event.sentence());
        insert.setInt(26, event.sentenceIndex());
        insert.setDouble(27, event.confidence());
        insert.setString(28, document);
        insert.setBoolean(29, newsDate.plots(dates));
    }

    private static String linkedId(NewsEvent.Actor actor, Map<String, String> entityIds) {
        if (actor == null || actor.entityId() == null) {
            return null;
        }
        return entityIds.getOrDefault(actor.entityId(), actor.entityId());
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    /** Per article, the article's entity ids mapped to the ids of the rows they were merged into. */
    record EntityIds(Map<String, Map<String, String>> byArticle) {

        Map<String, String> forArticle(String articleId) {
            return byArticle.getOrDefault(articleId, Map.of());
        }

        /**
         * Upserts every entity of the batch in one statement on the deduplication key, merging
         * aliases; entities named only as event actors are entities too.
         */
        static EntityIds upsert(Connection connection, List<AnalysedArticle> articles) throws SQLException {
            Map<String, EntityRow> rows = new LinkedHashMap<>();
            Map<String, Map<String, String>> keysByArticle = new HashMap<>();
            for (AnalysedArticle article : articles) {
                Map<String, String> keys = keysByArticle.computeIfAbsent(article.articleId(), id -> new HashMap<>());
                for (AnalysedArticle.Entity entity : article.entities()) {
                    EntityRow row = new EntityRow(entity.id(), entity.kind().name(), entity.name(),
                            entity.countryCode(), entity.aliases());
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
            Map<String, String> storedIdByKey = new HashMap<>();
            if (!rows.isEmpty()) {
                try (PreparedStatement upsert = connection.prepareStatement("""
                        INSERT INTO entity AS e (id, kind, name, normalised_name, country_code, aliases)
                        SELECT u.id, u.kind, u.name, u.normalised, u.country,
                               coalesce(string_to_array(u.aliases, chr(31)), '{}')
                        FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                             AS u(id, kind, name, normalised, country, aliases)
                        ON CONFLICT (kind, normalised_name, (coalesce(country_code, ''))) DO UPDATE
                        SET aliases = ARRAY(SELECT DISTINCT alias FROM unnest(e.aliases || EXCLUDED.aliases) AS alias
                                            ORDER BY alias)
                        RETURNING id, kind, normalised_name, coalesce(country_code, '')""")) {
                    List<EntityRow> values = new ArrayList<>(rows.values());
                    upsert.setArray(1, textArray(connection, values, EntityRow::id));
                    upsert.setArray(2, textArray(connection, values, EntityRow::kind));
                    upsert.setArray(3, textArray(connection, values, EntityRow::name));
                    upsert.setArray(4, textArray(connection, values, EntityRow::normalised));
                    upsert.setArray(5, textArray(connection, values, EntityRow::country));
                    upsert.setArray(6, textArray(connection, values, EntityRow::joinedAliases));
                    try (ResultSet stored = upsert.executeQuery()) {
                        while (stored.next()) {
                            storedIdByKey.put(EntityRow.key(stored.getString(2), stored.getString(3),
                                    stored.getString(4)), stored.getString(1));
                        }
                    }
                }
            }
            Map<String, Map<String, String>> byArticle = new HashMap<>();
            keysByArticle.forEach((articleId, keys) -> {
                Map<String, String> ids = new HashMap<>();
                keys.forEach((entityId, key) -> ids.put(entityId, storedIdByKey.getOrDefault(key, entityId)));
                byArticle.put(articleId, ids);
            });
            return new EntityIds(byArticle);
        }

        private static java.sql.Array textArray(Connection connection, List<EntityRow> rows,
                java.util.function.Function<EntityRow, String> column) throws SQLException {
            return connection.createArrayOf("text", rows.stream().map(column).toArray());
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
