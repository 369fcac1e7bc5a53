package io.newsflow.query.service;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.newsflow.contract.NewsEvent;
import io.newsflow.query.domain.Event;
import io.quarkus.hibernate.orm.panache.PanacheQuery;

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

    /** The event by id (Panache), as published on news.events. */
    public Optional<NewsEvent> event(String id) {
        return Event.<Event>findByIdOptional(id).map(EventQueries::published);
    }

    /** An article's events alone are a simple filter, read through Panache; the other filters are native SQL. */
    public Page<NewsEvent> list(EventFilter filter, PageRequest page) {
        if (filter.isArticleOnly()) {
            return page(Event.ofArticle(filter.articleId()), page);
        }
        return listQuery(filter).fetch(entityManager, page, document -> Rows.json(document, NewsEvent.class));
    }

    /** The events the engine tied to the entity, as source or target (Panache), in the order of {@link #list}. */
    public Page<NewsEvent> ofActor(String entityId, PageRequest page) {
        return page(Event.ofActor(entityId), page);
    }

    private static Page<NewsEvent> page(PanacheQuery<Event> events, PageRequest page) {
        return page.of(events.page(page.page(), page.size()).<Event>list().stream().map(EventQueries::published)
                .toList(), events.count());
    }

    private static NewsEvent published(Event event) {
        return Rows.json(event.document, NewsEvent.class);
    }

    /**
     * The page is taken before the documents are turned into text, so a plan that sorts many
     * matches converts only the page's. With {@code q} the matches come from the search index and
     * the planner may not walk the date index instead (OFFSET 0 keeps the order out of that
     * subquery): how a word combines with the other filters (words go with CAMEO codes) is beyond
     * its estimates, and betting on early matches in date order read all 500,000 events (2 s) for a
     * word that never comes with the quadClass asked. The number of the word's matches bounds the cost.
     */
    public ListQuery listQuery(EventFilter filter) {
        Sql sql = filter.toSql();
        String events = filter.q() == null ? "event e" + sql.where()
                : "(SELECT * FROM event e" + sql.where() + " OFFSET 0) AS e";
        return new ListQuery(sql, "SELECT e.document::text FROM (SELECT e.document, e.event_date_start,"
                + " e.article_id, e.sentence_index, e.id FROM " + events + ORDER + ListQuery.PAGE + ") AS e"
                + ORDER, "SELECT 1 FROM event e" + sql.where());
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

    /**
     * Event counts per period (its first day) and CAMEO root, oldest period first. Undated events do
     * not count, nor those dated before 1900 or more than a year after their article (NewsDate#plots).
     */
    public Page<TimelineBucket> timeline(String interval, EventFilter filter, PageRequest page) {
        return timelineQuery(interval, filter).fetch(entityManager, page, row -> {
            Object[] columns = (Object[]) row;
            return new TimelineBucket((String) columns[0], (String) columns[1], Rows.count(columns[2]));
        });
    }

    public ListQuery timelineQuery(String interval, EventFilter filter) {
        Sql sql = filter.toSql().and("e.plotted").bind("interval", interval);
        String grouped = "SELECT to_char(date_trunc(CAST(:interval AS text), CAST(e.event_date_start AS timestamp)),"
                + " 'YYYY-MM-DD') AS period, e.cameo_root AS root, count(*) AS events FROM event e" + sql.where()
                + " GROUP BY 1, 2";
        return new ListQuery(sql, grouped + " ORDER BY 1, 2" + ListQuery.PAGE, grouped);
    }
}
