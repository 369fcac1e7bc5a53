package io.newsflow.query.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A row of the entity table (a person, organisation, country or location: an actor of the API),
 * with its aliases and the counts the store keeps on it, for lookups by id (Panache). Written by
 * AnalysisStore in JDBC batches; Hibernate only reads it.
 */
@Entity
@Table(name = "entity")
@Immutable
public class NamedEntity extends PanacheEntityBase {
    @Id
    public String id;

    public String kind;

    public String name;

    @Column(name = "country_code")
    public String countryCode;

    /** text[]: Hibernate maps a Java array onto a PostgreSQL array. */
    public String[] aliases;

    @Column(name = "mention_count")
    public long mentionCount;

    @Column(name = "event_count")
    public long eventCount;
}
