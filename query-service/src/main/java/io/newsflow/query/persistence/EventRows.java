package io.newsflow.query.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.newsflow.contract.AnalysedArticle;
import io.newsflow.contract.ContractJson;
import io.newsflow.contract.NewsEvent;

/**
 * The event rows of a batch of analyses, as one COPY ({@link CopyRows}). Before, a JDBC batch the
 * driver sent as multi-row INSERTs ... ON CONFLICT DO NOTHING; the batch's new events cannot
 * conflict: an event id is derived from its article's, a replaced analysis's rows are deleted
 * first, an id is sent once, and an analysis already stored is not applied again (ArticleRows).
 * COPY cost PostgreSQL a fifth to a third less than either INSERT form, Hibernate's persist twice
 * the CPU in all (OrmWriteComparisonTest, docs/benchmarks.md).
 */
final class EventRows {
    private static final String[] COLUMNS = {"id", "article_id", "cameo_code", "cameo_root", "quad_class", "goldstein",
        "source_name", "source_kind", "source_country", "source_entity_id", "target_name", "target_kind",
        "target_country", "target_entity_id", "action_text", "negated", "event_date", "date_precision",
        "event_date_start", "event_date_end", "location_name", "location_country", "location_lat", "location_lon",
        "sentence", "sentence_index", "confidence", "document", "plotted", "position"};

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
        CopyRows rows = new CopyRows("event", COLUMNS);
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
                add(rows, event, sourceId, targetId, newsDate, position);
                events.add(event);
                if (sourceId != null) {
                    counts.add(sourceId, 0, 1);
                }
                if (targetId != null && !targetId.equals(sourceId)) {
                    counts.add(targetId, 0, 1);
                }
            }
        }
        rows.copyTo(connection);
        return events;
    }

    /**
     * A row of {@link #COLUMNS}; {@code sourceId} and {@code targetId} are the stored entities' ids;
     * the article's {@code newsDate} bounds the plotted dates.
     */
    private static void add(CopyRows rows, NewsEvent event, String sourceId, String targetId, NewsDate newsDate,
            int position) {
        NewsEvent.Actor source = event.source();
        NewsEvent.Actor target = event.target();
        NewsEvent.Location location = event.location();
        EventDates dates = EventDates.of(event.date(), event.datePrecision());
        rows.value(event.eventId()).value(event.articleId()).value(event.cameo().code()).value(event.cameo().root())
                .value(event.cameo().quadClass()).value(event.cameo().goldstein())
                .value(source.name()).value(source.kind().name()).value(source.countryCode()).value(sourceId)
                .value(target == null ? null : target.name()).value(target == null ? null : target.kind().name())
                .value(target == null ? null : target.countryCode()).value(targetId)
                .value(event.actionText()).value(event.negated()).value(event.date())
                .value(event.datePrecision() == null ? null : event.datePrecision().name())
                .value(dates == null ? null : dates.start()).value(dates == null ? null : dates.end())
                .value(location == null ? null : location.name()).value(location == null ? null : location.countryCode())
                .value(location == null ? null : location.lat()).value(location == null ? null : location.lon())
                .value(event.sentence()).value(event.sentenceIndex()).value(event.confidence())
                .value(ContractJson.write(event)).value(newsDate.plots(dates)).value(position);
    }

    private static String linkedId(AnalysedArticle article, NewsEvent.Actor actor, EntityIds entityIds) {
        return actor == null || actor.entityId() == null ? null : entityIds.stored(article.articleId(), actor.entityId());
    }
}
