package io.newsflow.contract;

/**
 * Payload of {@code news.events}: one who-did-what-to-whom event, coded in CAMEO. It repeats
 * headline, url and source of its article so a consumer needs no join.
 *
 * @param date the event date at its precision: {@code 2017-06-03}, {@code 2017-06} or {@code 2017}
 * @param start character offset of the evidence sentence in the article text
 */
public record NewsEvent(
        int schemaVersion,
        String eventId,
        String articleId,
        Cameo cameo,
        Actor source,
        Actor target,
        String actionText,
        boolean negated,
        String date,
        DatePrecision datePrecision,
        Location location,
        String sentence,
        int sentenceIndex,
        int start,
        int end,
        double confidence,
        String headline,
        String url,
        String articleSource) {

    public static final int SCHEMA_VERSION = 1;

    /** The same event, same id, told with these actors (their codes as the event reports them). */
    public NewsEvent withActors(Actor newSource, Actor newTarget) {
        return new NewsEvent(schemaVersion, eventId, articleId, cameo, newSource, newTarget, actionText, negated, date,
                datePrecision, location, sentence, sentenceIndex, start, end, confidence, headline, url, articleSource);
    }

    /** The same event under another id: the one act told of a second target ("welcomed the agreement" of two). */
    public NewsEvent withEventId(String newEventId) {
        return new NewsEvent(schemaVersion, newEventId, articleId, cameo, source, target, actionText, negated, date,
                datePrecision, location, sentence, sentenceIndex, start, end, confidence, headline, url, articleSource);
    }

    /** The same event dated otherwise: a later sentence says when it happened. */
    public NewsEvent withDate(String newDate, DatePrecision newPrecision) {
        return new NewsEvent(schemaVersion, eventId, articleId, cameo, source, target, actionText, negated, newDate,
                newPrecision, location, sentence, sentenceIndex, start, end, confidence, headline, url, articleSource);
    }

    /** A CAMEO code with GDELT's QuadClass (1..4) and Goldstein value (-10..10). */
    public record Cameo(String code, String root, String label, int quadClass, double goldstein) {
    }

    /** Source or target of an event: a person carries their country. */
    public record Actor(String name, EntityKind kind, String countryCode, String entityId, String role) {
    }

    public record Location(String name, String countryCode, Double lat, Double lon) {
    }
}
