package io.newsflow.query.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A coded event; the columns are what queries filter on, {@code document} is the news.events payload. */
@Entity
@Table(name = "event")
public class EventEntity extends PanacheEntityBase {
    @Id
    public String id;
    @Column(name = "article_id")
    public String articleId;
    @Column(name = "cameo_code")
    public String cameoCode;
    @Column(name = "cameo_root")
    public String cameoRoot;
    @Column(name = "sentence_index")
    public int sentenceIndex;
    @JdbcTypeCode(SqlTypes.JSON)
    public String document;
}
