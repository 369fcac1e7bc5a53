package io.newsflow.contract;

import java.time.Instant;

/**
 * A record on {@code news.events} saying that an event published before is no longer true: the
 * article was analysed again (a newer extractor, a re-drive) and the new analysis does not contain
 * it. Keyed by article id like the events, so it follows the event it retracts on the same
 * partition; it carries {@code ce_type} {@value #CE_TYPE} where an event carries its own type.
 * A consumer removes the event with {@code eventId}. Event ids are deterministic, so an event the
 * new analysis still finds keeps its id and is never retracted.
 *
 * @param retractedAt when the analysis that dropped the event was made
 * @param reason why: {@value #REANALYSED} is the only reason so far
 * @param extractor the extractor of the new analysis, the one that no longer finds the event
 */
public record EventRetraction(
        int schemaVersion,
        String eventId,
        String articleId,
        Instant retractedAt,
        String reason,
        AnalysedArticle.Extractor extractor) {

    public static final int SCHEMA_VERSION = 1;
    /** The CloudEvents type of a retraction on news.events. */
    public static final String CE_TYPE = "io.newsflow.event.retracted.v1";
    /** The article was analysed again and the new analysis does not contain the event. */
    public static final String REANALYSED = "REANALYSED";

    /** The retraction of an event of an earlier analysis that {@code newAnalysis} no longer contains. */
    public static EventRetraction reanalysed(String eventId, AnalysedArticle newAnalysis) {
        return new EventRetraction(SCHEMA_VERSION, eventId, newAnalysis.articleId(), newAnalysis.analysedAt(),
                REANALYSED, newAnalysis.extractor());
    }
}
