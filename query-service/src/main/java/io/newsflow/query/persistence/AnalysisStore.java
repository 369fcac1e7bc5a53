package io.newsflow.query.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
 * Idempotent batch writes: a record delivered twice (after a crash between database commit and
 * offset commit) leaves the same rows. An analysis brings all its rows (entities, quotes, events)
 * and replaces those of an older one. The article and entity rows are upserted with one statement
 * each per batch ({@link ArticleRows}, {@link EntityIds}), the events as one COPY
 * ({@link EventRows}), quotes and article-entity rows as JDBC batches, and the entity counts change
 * in the batch's last statement ({@link EntityCounts}). An article's records share a partition of news.articles, and its row
 * decides which analysis applies ({@link ArticleRows}): no other lock. Callers run each batch in
 * one transaction. The events of a replaced analysis that the new one no longer contains are
 * returned as retracted, for the live stream: news.articles carries whole analyses, so the
 * comparison with the stored rows is this service's own way to the retractions extract-service
 * writes on news.events.
 */
@ApplicationScoped
public class AnalysisStore {
    /** Rows written only with their article: a new article has none to delete. */
    private static final List<String> ARTICLE_ROW_TABLES = List.of("quote", "article_entity", "event");

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
            ArticleRows.Upserted articles = ArticleRows.upsert(connection, latest.values());
            List<AnalysedArticle> applied = articles.applied();
            if (applied.isEmpty()) {
                return List.of();
            }
            EntityCounts counts = new EntityCounts();
            counts.subtractStored(connection, articles.replaced());
            List<EventChange> changes = new ArrayList<>(retractedBy(connection, articles.replaced(), latest));
            deleteRowsOf(connection, articles.replaced());
            EntityIds entityIds = EntityIds.upsert(connection, applied);
            insertArticleEntities(connection, applied, entityIds, counts);
            insertQuotes(connection, applied, entityIds);
            EventRows.insert(connection, applied, entityIds, counts)
                    .forEach(event -> changes.add(EventChange.stored(event)));
            counts.apply(connection);
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
    /** One row per entity of each article (its roles and how often it is mentioned), by COPY: every key is new. */
    private static void insertArticleEntities(Connection connection, List<AnalysedArticle> articles,
            EntityIds entityIds, EntityCounts counts) throws SQLException {
        CopyRows rows = new CopyRows("article_entity", "article_id", "entity_id", "roles", "mentions");
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
            for (var entityRoles : roles.entrySet()) {
                int mentions = mentionStarts.get(entityRoles.getKey()).size();
                rows.value(article.articleId()).value(entityRoles.getKey())
                        .value(CopyRows.textArray(entityRoles.getValue())).value(mentions);
                counts.add(entityRoles.getKey(), mentions, 0);
            }
        }
        rows.copyTo(connection);
    }

    /** The articles' quotes by COPY, a quote id once (two quotes cannot start at the same place). */
    private static void insertQuotes(Connection connection, List<AnalysedArticle> articles, EntityIds entityIds)
            throws SQLException {
        CopyRows rows = new CopyRows("quote", "id", "article_id", "text", "speaker_name", "speaker_entity_id",
                "start", "\"end\"");
        Set<String> quoteIds = new HashSet<>();
        for (AnalysedArticle article : articles) {
            for (AnalysedArticle.Quote quote : article.quotes()) {
                String id = quoteId(article.articleId(), quote.start());
                if (!quoteIds.add(id)) {
                    continue;
                }
                AnalysedArticle.Speaker speaker = quote.speaker();
                rows.value(id).value(article.articleId()).value(quote.text())
                        .value(speaker == null ? null : speaker.name())
                        .value(speaker == null || speaker.entityId() == null ? null
                                : entityIds.stored(article.articleId(), speaker.entityId()))
                        .value(quote.start()).value(quote.end());
            }
        }
        rows.copyTo(connection);
    }

    public static String quoteId(String articleId, int start) {
        return ArticleIds.derivedId("q", articleId, Integer.toString(start));
    }
}
