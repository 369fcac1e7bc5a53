package io.newsflow.query.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.newsflow.contract.AnalysedArticle;
import io.newsflow.contract.ContractJson;
import io.newsflow.contract.NewsEvent;

/**
 * The event rows of a batch of analyses, as a JDBC batch the driver sends as multi-row INSERTs
 * (reWriteBatchedInserts). One {@code INSERT ... SELECT FROM unnest} of text arrays measured the
 * same within the noise, and Hibernate's persist about 1.7 times the CPU, twice to three times in
 * this JVM (OrmWriteComparisonTest, docs/benchmarks.md).
 */
final class EventRows {
    private static final String INSERT_EVENT = """
            INSERT INTO event (id, article_id, cameo_code, cameo_root, quad_class, goldstein, source_name, source_kind,
                source_country, source_entity_id, target_name, target_kind, target_country, target_entity_id,
                action_text, negated, event_date, date_precision, event_date_start, event_date_end, location_name,
                location_country, location_lat, location_lon, sentence, sentence_index, confidence, document, plotted,
                position)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS json), ?, ?)
            ON CONFLICT (id) DO NOTHING""";

    private EventRows() {
    }

    /**
     * The articles' events, an event id once (as the table's key keeps it), each counted once for
     * each entity it names; {@code plotted} is bounded by the article's news date, and
     * {@code position} is the event's place in its analysis, the order ArticleDocument restores.
     */
    static List<NewsEvent> insert(Connection connection, List<AnalysedArticle> articles,
            EntityIds entityIds, EntityCounts counts) throws SQLException {
        List<NewsEvent> events = new ArrayList<>();
        Set<String> eventIds = new HashSet<>();
        try (PreparedStatement insert = connection.prepareStatement(INSERT_EVENT)) {
            for (AnalysedArticle article : articles) {
                NewsDate newsDate = NewsDate.of(article);
                List<NewsEvent> articleEvents = article.events();
                for (int position = 0; position < articleEvents.size(); position++) {
                    NewsEvent event = articleEvents.get(position);
                    if (!eventIds.add(event.eventId())) {
                        continue;
                    }
                    String sourceId = linkedId(article, event.source(), entityIds);
                    String targetId = linkedId(article, event.target(), entityIds);
                    bind(insert, event, sourceId, targetId, newsDate);
                    insert.setInt(30, position);
                    insert.addBatch();
                    events.add(event);
                    if (sourceId != null) {
                        counts.add(sourceId, 0, 1);
                    }
                    if (targetId != null && !targetId.equals(sourceId)) {
                        counts.add(targetId, 0, 1);
                    }
                }
            }
            insert.executeBatch();
        }
        return events;
    }

    /**
     * Parameters 1 to 29 of {@link #INSERT_EVENT}; {@code sourceId} and {@code targetId} are the stored
     * entities' ids; the article's {@code newsDate} bounds the plotted dates.
     */
    private static void bind(PreparedStatement insert, NewsEvent event, String sourceId, String targetId,
            NewsDate newsDate) throws SQLException {
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
        insert.setString(10, sourceId);
        insert.setString(11, target == null ? null : target.name());
        insert.setString(12, target == null ? null : target.kind().name());
        insert.setString(13, target == null ? null : target.countryCode());
        insert.setString(14, targetId);
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
        insert.setString(28, ContractJson.write(event));
        insert.setBoolean(29, newsDate.plots(dates));
    }

    private static String linkedId(AnalysedArticle article, NewsEvent.Actor actor, EntityIds entityIds) {
        return actor == null || actor.entityId() == null ? null : entityIds.stored(article.articleId(), actor.entityId());
    }
}
