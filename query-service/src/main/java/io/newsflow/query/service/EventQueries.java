package io.newsflow.query.service;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.newsflow.contract.NewsEvent;

/** Reads events: filtered lists, exports and the timeline. */
@ApplicationScoped
public class EventQueries {
    public static final List<String> CSV_COLUMNS = List.of("id", "articleId", "date", "datePrecision", "cameoCode",
            "cameoRoot", "quadClass", "goldstein", "sourceName", "sourceCountry", "targetName", "targetCountry",
            "actionText", "negated", "locationName", "locationCountry", "sentence", "confidence");
    /** Newest event date first, then the article and the order of its sentences. */
    private static final String ORDER = " ORDER BY e.event_date_start DESC NULLS LAST, e.article_id, e.sentence_index, e.id";

    private final EntityManager entityManager;
    private final RowStream rows;

    EventQueries(EntityManager entityManager, RowStream rows) {
        this.entityManager = entityManager;
        this.rows = rows;
    }

    public Optional<NewsEvent> event(String id) {
        return entityManager.createNativeQuery("SELECT document::text FROM event WHERE id = :id", String.class)
                .setParameter("id", id).getResultStream().findFirst()
                .map(document -> Rows.json(document, NewsEvent.class));
    }

    public Page<NewsEvent> list(EventFilter filter, PageRequest page) {
        Sql sql = filter.toSql();
        return Pages.fetch(entityManager, sql, "SELECT e.document::text FROM event e" + sql.where() + ORDER,
                "SELECT count(*) FROM event e" + sql.where(), page, document -> Rows.json(document, NewsEvent.class));
    }

    public void exportDocuments(EventFilter filter, Consumer<String> sink) {
        Sql sql = filter.toSql();
        rows.forEach("SELECT e.document::text FROM event e" + sql.where() + ORDER, sql,
                row -> sink.accept(row.toString()));
    }

    public void exportRows(EventFilter filter, Consumer<Object[]> sink) {
        Sql sql = filter.toSql();
        rows.forEach("SELECT e.id, e.article_id, e.event_date, e.date_precision, e.cameo_code, e.cameo_root,"
                + " e.quad_class, e.goldstein, e.source_name, e.source_country, e.target_name, e.target_country,"
                + " e.action_text, e.negated, e.location_name, e.location_country, e.sentence, e.confidence"
                + " FROM event e" + sql.where() + ORDER, sql, row -> sink.accept(Rows.cells((Object[]) row)));
    }

    /** Event counts per period (its first day) and CAMEO root, oldest period first; undated events do not count. */
    public Page<TimelineBucket> timeline(String interval, EventFilter filter, PageRequest page) {
        Sql sql = filter.toSql().and("e.event_date_start IS NOT NULL").bind("interval", interval);
        String grouped = "SELECT to_char(date_trunc(CAST(:interval AS text), CAST(e.event_date_start AS timestamp)),"
                + " 'YYYY-MM-DD') AS period, e.cameo_root AS root, count(*) AS events FROM event e" + sql.where()
                + " GROUP BY 1, 2";
        return Pages.fetch(entityManager, sql, grouped + " ORDER BY 1, 2",
                "SELECT count(*) FROM (" + grouped + ") AS buckets", page, row -> {
                    Object[] columns = (Object[]) row;
                    return new TimelineBucket((String) columns[0], (String) columns[1], Rows.count(columns[2]));
                });
    }
}
