package io.newsflow.query.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An analysed article; {@code document} is the news.articles payload as it arrived. */
@Entity
@Table(name = "article")
public class ArticleEntity extends PanacheEntityBase {
    @Id
    public String id;
    public String headline;
    public String subtitle;
    @Column(name = "dateline_place")
    public String datelinePlace;
    @Column(name = "dateline_agency")
    public String datelineAgency;
    @Column(name = "dateline_date")
    public String datelineDate;
    @Column(name = "published_at")
    public Instant publishedAt;
    public String language;
    public String source;
    public String url;
    public Double tone;
    @Column(name = "extractor_name")
    public String extractorName;
    @Column(name = "extractor_version")
    public String extractorVersion;
    @Column(name = "analysed_at")
    public Instant analysedAt;
    @JdbcTypeCode(SqlTypes.JSON)
    public String document;
}
