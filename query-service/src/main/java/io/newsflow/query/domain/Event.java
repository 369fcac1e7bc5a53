package io.newsflow.query.domain;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;

/**
 * A stored event, for lookups by id, an article's events and an entity's (Panache). AnalysisStore writes the
 * table in batches with its article, so Hibernate only reads it; the filter and search columns
 * serve the native queries and are not mapped.
 */
@Entity
@Table(name = "event")
@Immutable
public class Event extends PanacheEntityBase {
    /** The order of /api/events: newest event date first, undated last, then the article's sentence order. */
    public static final Sort LIST_ORDER = Sort.by("eventDateStart", Sort.Direction.Descending,
            Sort.NullPrecedence.NULLS_LAST).and("articleId").and("sentenceIndex").and("id");
    /** The order of the article's analysis (rows stored before V10 and missing from it come last). */
    public static final Sort PUBLISHED_ORDER = Sort.by("position", Sort.Direction.Ascending,
            Sort.NullPrecedence.NULLS_LAST).and("sentenceIndex").and("id");

    @Id
    public String id;

    @Column(name = "article_id")
    public String articleId;

    @Column(name = "cameo_code")
    public String cameoCode;

    @Column(name = "source_entity_id")
    public String sourceEntityId;

    @Column(name = "target_entity_id")
    public String targetEntityId;

    /** The first day of the event's date span (a MONTH date starts on the 1st); null when undated. */
    @Column(name = "event_date_start")
    public LocalDate eventDateStart;

    @Column(name = "sentence_index")
    public int sentenceIndex;

    /** The news.events record as published (a json column). */
    @Column(columnDefinition = "json")
    public String document;

    /** The event's place in its article's analysis. */
    public Integer position;

    /** The article's event documents in the order its analysis listed them. */
    public static List<String> documentsOf(String articleId) {
        return Event.<Event>find("articleId", PUBLISHED_ORDER, articleId).list().stream().map(event -> event.document)
                .toList();
    }

    public static PanacheQuery<Event> ofArticle(String articleId) {
        return find("articleId", LIST_ORDER, articleId);
    }

    /** The events the engine tied to an entity as their source or target. */
    public static PanacheQuery<Event> ofActor(String entityId) {
        return find("sourceEntityId = ?1 OR targetEntityId = ?1", LIST_ORDER, entityId);
    }
}
