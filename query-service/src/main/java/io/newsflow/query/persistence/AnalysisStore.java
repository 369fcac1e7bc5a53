package io.newsflow.query.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

import io.newsflow.contract.AnalysedArticle;
import io.newsflow.contract.ArticleIds;
import io.newsflow.contract.ContractJson;
import io.newsflow.contract.NewsEvent;

/**
 * Idempotent batch writes: a record delivered twice (after a crash between database commit and
 * offset commit) leaves the same rows. An analysis brings all its rows (entities, quotes, events)
 * and replaces those of an older one. Each table gets one {@code INSERT ... SELECT FROM unnest}
 * per batch ({@link ColumnArrays}); the entity counts change in the batch's last statement
 * ({@link EntityCounts}). An article's records share a partition of news.articles, and its row
 * decides which analysis applies ({@link ArticleRows}): no other lock. Callers run each batch in
 * one transaction.
 */
@ApplicationScoped
public class AnalysisStore {
    private static final String INSERT_EVENTS = """
            INSERT INTO event (id, article_id, cameo_code, cameo_root, quad_class, goldstein, source_name, source_kind,
                source_country, source_entity_id, target_name, target_kind, target_country, target_entity_id,
                action_text, negated, event_date, date_precision, event_date_start, event_date_end, location_name,
                location_country, location_lat, location_lon, sentence, sentence_index, confidence, document, plotted)
            SELECT id, article_id, cameo_code, cameo_root, quad_class::smallint, goldstein::float8, source_name,
                source_kind, source_country, source_entity_id, target_name, target_kind, target_country,
                target_entity_id, action_text, negated::boolean, event_date, date_precision, event_date_start::date,
                event_date_end::date, location_name, location_country, location_lat::float8, location_lon::float8,
                sentence, sentence_index::int, confidence::float8, document::json, plotted::boolean
            FROM %s
            ON CONFLICT (id) DO NOTHING""";
    private static final String INSERT_QUOTES = """
            INSERT INTO quote (id, article_id, text, speaker_name, speaker_entity_id, start, "end")
            SELECT id, article_id, text, speaker_name, speaker_entity_id, start::int, finish::int FROM %s
            ON CONFLICT (id) DO NOTHING""";
    private static final String INSERT_ARTICLE_ENTITIES = """
            INSERT INTO article_entity (article_id, entity_id, roles, mentions)
            SELECT article_id, entity_id, coalesce(string_to_array(roles, chr(31)), '{}'), mentions::int FROM %s
            ON CONFLICT (article_id, entity_id) DO NOTHING""";
    /** Rows written only with their article: a new article has none to delete. */
    private static final List<String> ARTICLE_ROW_TABLES = List.of("quote", "article_entity", "event");

    private final EntityManager entityManager;

    AnalysisStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Stores a batch of analyses as received, each kept as the JSON it came as; returns the events stored by it. */
    public List<NewsEvent> saveReceived(List<Received<AnalysedArticle>> batch) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            Map<String, Received<AnalysedArticle>> latest = new LinkedHashMap<>();
            for (Received<AnalysedArticle> received : batch) {
                latest.merge(received.value().articleId(), received, (stored, next) -> isOlder(
                        next.value().analysedAt(), stored.value().analysedAt()) ? stored : next);
            }
            ArticleRows.Upserted articles = ArticleRows.upsert(connection, latest.values());
            List<AnalysedArticle> applied = articles.applied();
            if (applied.isEmpty()) {
                return List.of();
            }
            EntityCounts counts = new EntityCounts();
            counts.subtractStored(connection, articles.replaced());
            deleteRowsOf(connection, articles.replaced());
            EntityIds entityIds = EntityIds.upsert(connection, applied);
            insertArticleEntities(connection, applied, entityIds, counts);
            insertQuotes(connection, applied, entityIds);
            List<NewsEvent> events = insertEvents(connection, applied, entityIds, counts);
            counts.apply(connection);
            return events;
        });
    }

    private static boolean isOlder(Instant candidate, Instant than) {
        return candidate != null && than != null && candidate.isBefore(than);
    }

    /** The rows of the replaced analyses. */
    private static void deleteRowsOf(Connection connection, List<String> replacedIds) throws SQLException {
        if (replacedIds.isEmpty()) {
            return;
        }
        java.sql.Array ids = connection.createArrayOf("text", replacedIds.toArray());
        for (String table : ARTICLE_ROW_TABLES) {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM " + table + " WHERE article_id = ANY(?)")) {
                delete.setArray(1, ids);
                delete.executeUpdate();
            }
        }
    }

    /**
     * One row per article and stored entity, with its roles and number of mentions (at distinct
     * offsets); two of the article's entities merged into one stored entity make one row.
     */
    private static void insertArticleEntities(Connection connection, List<AnalysedArticle> articles,
            EntityIds entityIds, EntityCounts counts) throws SQLException {
        ColumnArrays rows = new ColumnArrays("article_id", "entity_id", "roles", "mentions");
        for (AnalysedArticle article : articles) {
            Map<String, Set<String>> roles = new LinkedHashMap<>();
            Map<String, Set<Integer>> mentionStarts = new LinkedHashMap<>();
            for (AnalysedArticle.Entity entity : article.entities()) {
                String entityId = entityIds.stored(article.articleId(), entity.id());
                Set<String> entityRoles = roles.computeIfAbsent(entityId, id -> new LinkedHashSet<>());
                Set<Integer> starts = mentionStarts.computeIfAbsent(entityId, id -> new HashSet<>());
                if (entity.roles() != null) {
                    entityRoles.addAll(entity.roles());
                }
                if (entity.mentions() != null) {
                    entity.mentions().forEach(mention -> starts.add(mention.start()));
                }
            }
            roles.forEach((entityId, entityRoles) -> {
                int mentions = mentionStarts.get(entityId).size();
                rows.add(article.articleId(), entityId,
                        entityRoles.isEmpty() ? null : String.join("\u001f", entityRoles), mentions);
                counts.add(entityId, mentions, 0);
            });
        }
        insert(connection, INSERT_ARTICLE_ENTITIES, rows);
    }

    private static void insertQuotes(Connection connection, List<AnalysedArticle> articles, EntityIds entityIds)
            throws SQLException {
        ColumnArrays rows = new ColumnArrays("id", "article_id", "text", "speaker_name", "speaker_entity_id", "start",
                "finish");
        for (AnalysedArticle article : articles) {
            for (AnalysedArticle.Quote quote : article.quotes()) {
                AnalysedArticle.Speaker speaker = quote.speaker();
                rows.add(quoteId(article.articleId(), quote.start()), article.articleId(), quote.text(),
                        speaker == null ? null : speaker.name(),
                        speaker == null || speaker.entityId() == null ? null
                                : entityIds.stored(article.articleId(), speaker.entityId()),
                        quote.start(), quote.end());
            }
        }
        insert(connection, INSERT_QUOTES, rows);
    }

    public static String quoteId(String articleId, int start) {
        return ArticleIds.derivedId("q", articleId, Integer.toString(start));
    }

    /**
     * The articles' events, an event id once (as the table's key keeps it), each counted once for
     * each entity it names; {@code plotted} is bounded by the article's news date.
     */
    private static List<NewsEvent> insertEvents(Connection connection, List<AnalysedArticle> articles,
            EntityIds entityIds, EntityCounts counts) throws SQLException {
        ColumnArrays rows = new ColumnArrays("id", "article_id", "cameo_code", "cameo_root", "quad_class", "goldstein",
                "source_name", "source_kind", "source_country", "source_entity_id", "target_name", "target_kind",
                "target_country", "target_entity_id", "action_text", "negated", "event_date", "date_precision",
                "event_date_start", "event_date_end", "location_name", "location_country", "location_lat",
                "location_lon", "sentence", "sentence_index", "confidence", "document", "plotted");
        List<NewsEvent> events = new ArrayList<>();
        Set<String> eventIds = new HashSet<>();
        for (AnalysedArticle article : articles) {
            NewsDate newsDate = NewsDate.of(article);
            for (NewsEvent event : article.events()) {
                if (!eventIds.add(event.eventId())) {
                    continue;
                }
                NewsEvent.Actor source = event.source();
                NewsEvent.Actor target = event.target();
                NewsEvent.Location location = event.location();
                EventDates dates = EventDates.of(event.date(), event.datePrecision());
                String sourceId = linkedId(article, source, entityIds);
                String targetId = linkedId(article, target, entityIds);
                rows.add(event.eventId(), event.articleId(), event.cameo().code(), event.cameo().root(),
                        event.cameo().quadClass(), event.cameo().goldstein(), source.name(), source.kind().name(),
                        source.countryCode(), sourceId, target == null ? null : target.name(),
                        target == null ? null : target.kind().name(), target == null ? null : target.countryCode(),
                        targetId, event.actionText(), event.negated(), event.date(),
                        event.datePrecision() == null ? null : event.datePrecision().name(),
                        dates == null ? null : dates.start(), dates == null ? null : dates.end(),
                        location == null ? null : location.name(), location == null ? null : location.countryCode(),
                        location == null ? null : location.lat(), location == null ? null : location.lon(),
                        event.sentence(), event.sentenceIndex(), event.confidence(), ContractJson.write(event),
                        newsDate.plots(dates));
                events.add(event);
                if (sourceId != null) {
                    counts.add(sourceId, 0, 1);
                }
                if (targetId != null && !targetId.equals(sourceId)) {
                    counts.add(targetId, 0, 1);
                }
            }
        }
        insert(connection, INSERT_EVENTS, rows);
        return events;
    }

    private static String linkedId(AnalysedArticle article, NewsEvent.Actor actor, EntityIds entityIds) {
        return actor == null || actor.entityId() == null ? null : entityIds.stored(article.articleId(), actor.entityId());
    }

    private static void insert(Connection connection, String sql, ColumnArrays rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(sql.formatted(rows.unnest("u")))) {
            rows.bind(connection, insert, 1);
            insert.executeUpdate();
        }
    }
}
