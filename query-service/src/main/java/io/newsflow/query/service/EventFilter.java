package io.newsflow.query.service;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

import io.newsflow.contract.EntityKind;
import io.newsflow.contract.NewsEvent;
import io.newsflow.query.persistence.EventDates;
import io.newsflow.query.persistence.Names;

/**
 * The filters of /api/events, validated. {@code actor} is the source or the target: an entity id,
 * or a name, a person's surname or an alias of the entity ({@link NameMatch}); {@code country} matches source, target or location; {@code cameo} is a code
 * prefix; {@code from}/{@code to} keep events whose date span overlaps them.
 */
public record EventFilter(String actor, String country, String cameo, String root, Integer quadClass,
        LocalDate from, LocalDate to, String location, String articleId, String q) {

    public static EventFilter none() {
        return new EventFilter(null, null, null, null, null, null, null, null, null, null);
    }

    public static EventFilter ofArticle(String articleId) {
        return new EventFilter(null, null, null, null, null, null, null, null, articleId, null);
    }

    /** Only an article: its events, a lookup by a column. */
    public boolean isArticleOnly() {
        return articleId != null && equals(ofArticle(articleId));
    }

    Sql toSql() {
        return new Sql()
                .and("(e.source_entity_id = ANY (" + NameMatch.entityIds("actor", "") + ") OR e.target_entity_id = ANY ("
                        + NameMatch.entityIds("actor", "") + ") OR "
                        + NameMatch.sameName("e.source_name", "e.source_entity_id", "actor") + " OR "
                        + NameMatch.sameName("e.target_name", "e.target_entity_id", "actor") + ")", "actor", actor)
                .and("(e.source_country = :country OR e.target_country = :country OR e.location_country = :country)",
                        "country", country)
                .and("e.cameo_code LIKE :cameo", "cameo", cameo == null ? null : cameo + "%")
                .and("e.cameo_root = :root", "root", root)
                // smallint to smallint: the search index (btree_gin) has no operator for smallint = integer.
                .and("e.quad_class = CAST(:quadClass AS smallint)", "quadClass", quadClass)
                .and("e.event_date_end >= :from", "from", from)
                .and("e.event_date_start <= :to", "to", to)
                .and("lower(e.location_name) = :location", "location", lower(location))
                .and("e.article_id = :articleId", "articleId", articleId)
                .and("e.search @@ websearch_to_tsquery('english', :q)", "q", q);
    }

    /** The same filter on an event in memory, for the live stream; {@code q} needs every word in the sentence. */
    public boolean matches(NewsEvent event) {
        return (actor == null || isActor(event.source()) || isActor(event.target()))
                && (country == null || country.equals(event.source().countryCode())
                        || event.target() != null && country.equals(event.target().countryCode())
                        || event.location() != null && country.equals(event.location().countryCode()))
                && (cameo == null || event.cameo().code().startsWith(cameo))
                && (root == null || root.equals(event.cameo().root()))
                && (quadClass == null || quadClass == event.cameo().quadClass())
                && (from == null && to == null || overlaps(event))
                && (location == null || event.location() != null && location.equalsIgnoreCase(event.location().name()))
                && (articleId == null || articleId.equals(event.articleId()))
                && (q == null || containsWords(event.sentence() + " " + event.actionText()));
    }

    /**
     * The stream sees the event alone, not the entity's aliases: it matches the id, the name or a
     * person's surname, folded like the SQL (Names.normalise).
     */
    private boolean isActor(NewsEvent.Actor candidate) {
        if (candidate == null) {
            return false;
        }
        String wanted = Names.normalise(actor);
        String name = Names.normalise(candidate.name());
        return actor.equals(candidate.entityId()) || !wanted.isEmpty() && (wanted.equals(name)
                || candidate.kind() == EntityKind.PERSON && name.endsWith(" " + wanted) && !wanted.contains(" "));
    }

    private boolean overlaps(NewsEvent event) {
        EventDates dates = EventDates.of(event.date(), event.datePrecision());
        return dates != null && dates.overlaps(from, to);
    }

    private boolean containsWords(String text) {
        String haystack = text.toLowerCase(Locale.ROOT);
        return Arrays.stream(q.toLowerCase(Locale.ROOT).split("\\W+"))
                .allMatch(word -> word.isEmpty() || haystack.contains(word));
    }

    private static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }
}
