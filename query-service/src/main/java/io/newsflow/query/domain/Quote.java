package io.newsflow.query.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;

/**
 * A stored quote with its speaker as the engine named it and, where it tied one, the speaker's
 * entity (Panache). Written by AnalysisStore with its article; Hibernate only reads it. The table
 * has no foreign key (the store writes both in one transaction), which the join does not need.
 */
@Entity
@Table(name = "quote")
@Immutable
public class Quote extends PanacheEntityBase {
    @Id
    public String id;

    @Column(name = "article_id")
    public String articleId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "article_id", insertable = false, updatable = false)
    public Article article;

    public String text;

    @Column(name = "speaker_name")
    public String speakerName;

    @Column(name = "speaker_entity_id")
    public String speakerEntityId;

    /** Character offsets in the article's text. */
    public int start;

    @Column(name = "\"end\"")
    public int end;

    /**
     * The quotes the engine tied to an entity, each with its article (read in the same statement):
     * newest article first (by news date), then in the order of the article.
     */
    public static PanacheQuery<Quote> ofSpeaker(String entityId) {
        return find("FROM Quote q JOIN FETCH q.article a WHERE q.speakerEntityId = ?1"
                + " ORDER BY a.newsDate DESC NULLS LAST, q.articleId, q.start", entityId);
    }
}
