package io.newsflow.query.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A stored article, for lookups by id (Panache). The Flyway schema owns the table and AnalysisStore
 * writes it (one upsert of a batch's rows), so Hibernate only reads it; the columns only the full-text search and
 * the filters need are not mapped.
 */
@Entity
@Table(name = "article")
@Immutable
public class Article extends PanacheEntityBase {
    @Id
    public String id;

    public String headline;

    /** The news.articles record as it came without its text and events (ArticleDocument; a json column). */
    @Column(columnDefinition = "json")
    public String document;

    public String text;

    @Column(name = "news_date")
    public Instant newsDate;

    /** published, dateline or received (NewsDate). */
    @Column(name = "date_source")
    public String dateSource;
}
