package io.newsflow.query.service;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.newsflow.query.domain.NamedEntity;
import io.newsflow.query.persistence.Names;

/** Entities with their mention and event counts (kept on the entity row); most events first, then by name. */
@ApplicationScoped
public class ActorQueries {
    private static final String COLUMNS = "SELECT en.id, en.name, en.kind, en.country_code,"
            + " array_to_string(en.aliases, chr(31)),"
            + " en.mention_count AS mentions, en.event_count AS events FROM entity en";

    private final EntityManager entityManager;
    private final EventQueries events;
    private final QuoteQueries quotes;

    ActorQueries(EntityManager entityManager, EventQueries events, QuoteQueries quotes) {
        this.entityManager = entityManager;
        this.events = events;
        this.quotes = quotes;
    }

    /** {@code q} matches part of the name or of an alias, ignoring case and accents. */
    public Page<ActorSummary> list(String q, String kind, PageRequest page) {
        return listQuery(q, kind).fetch(entityManager, page, row -> summary((Object[]) row));
    }

    public ListQuery listQuery(String q, String kind) {
        Sql sql = new Sql()
                .and("(en.normalised_name LIKE :q ESCAPE '\\' OR EXISTS (SELECT 1 FROM unnest(en.aliases) AS alias"
                        + " WHERE lower(alias) LIKE :qAlias ESCAPE '\\'))", "q",
                        q == null ? null : Sql.containing(nameRule(q)))
                .bindIf(q != null, "qAlias", q == null ? null : Sql.containing(q.toLowerCase(Locale.ROOT)))
                .and("en.kind = :kind", "kind", kind);
        return new ListQuery(sql, COLUMNS + sql.where() + " ORDER BY events DESC, en.name, en.id" + ListQuery.PAGE,
                "SELECT 1 FROM entity en" + sql.where());
    }

    /** The name rule applied to {@code q}; a q of punctuation only stays as it is, so it matches no name. */
    private static String nameRule(String q) {
        String normalised = Names.normalise(q);
        return normalised.isEmpty() ? q.toLowerCase(Locale.ROOT) : normalised;
    }

    /** The entity by id with its aliases, its events and its quotes: lookups by a column, all through Panache. */
    public Optional<ActorDetail> actor(String id, PageRequest page) {
        return NamedEntity.<NamedEntity>findByIdOptional(id).map(entity -> new ActorDetail(summary(entity),
                events.ofActor(id, page), quotes.ofSpeaker(id, page)));
    }

    /** Whom the entity acts on and who acts on it, with their event counts; empty when there is no such entity. */
    public Optional<ActorCounterparts> counterparts(String id, PageRequest page) {
        return NamedEntity.findByIdOptional(id).map(known -> new ActorCounterparts(
                otherSide(id, "source", "target", page), otherSide(id, "target", "source", page)));
    }

    /**
     * The actors on the {@code other} side of the events where the entity is on {@code side}, grouped
     * under the entity's own name where the engine tied them to one. Both sides are column prefixes
     * given by this class, never by a request.
     */
    private Page<Counterpart> otherSide(String id, String side, String other, PageRequest page) {
        Sql sql = new Sql().and("e." + side + "_entity_id = :id", "id", id).and("e." + other + "_name IS NOT NULL");
        String grouped = "SELECT e." + other + "_entity_id, coalesce(en.name, e." + other + "_name),"
                + " coalesce(en.kind, e." + other + "_kind), coalesce(en.country_code, e." + other + "_country),"
                + " count(*) AS events FROM event e LEFT JOIN entity en ON en.id = e." + other + "_entity_id"
                + sql.where() + " GROUP BY 1, 2, 3, 4";
        return new ListQuery(sql, grouped + " ORDER BY events DESC, 2, 1" + ListQuery.PAGE, grouped)
                .fetch(entityManager, page, row -> {
                    Object[] columns = (Object[]) row;
                    return new Counterpart((String) columns[0], (String) columns[1], (String) columns[2],
                            (String) columns[3], Rows.count(columns[4]));
                });
    }

    private static ActorSummary summary(NamedEntity entity) {
        return new ActorSummary(entity.id, entity.name, entity.kind, entity.countryCode,
                entity.aliases == null ? List.of() : List.of(entity.aliases), entity.mentionCount, entity.eventCount);
    }

    private static ActorSummary summary(Object[] row) {
        return new ActorSummary((String) row[0], (String) row[1], (String) row[2], (String) row[3],
                Rows.list(row[4]), Rows.count(row[5]), Rows.count(row[6]));
    }
}
