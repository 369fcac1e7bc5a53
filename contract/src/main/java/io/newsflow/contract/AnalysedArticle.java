package io.newsflow.contract;

import java.time.Instant;
import java.util.List;

/**
 * Payload of {@code news.articles}: everything the engine found in one article. Events are
 * carried here too, so a consumer of this topic alone has the whole analysis.
 */
public record AnalysedArticle(
        int schemaVersion,
        String articleId,
        String headline,
        String subtitle,
        Dateline dateline,
        Instant publishedAt,
        String language,
        String source,
        String url,
        String text,
        List<Entity> entities,
        List<Quote> quotes,
        List<NewsEvent> events,
        Double tone,
        Extractor extractor,
        Instant analysedAt) {

    public static final int SCHEMA_VERSION = 1;

    /** Dateline as printed ("MOSCOW, June 15. /TASS/."): place, agency and the resolved date. */
    public record Dateline(String place, String countryCode, String agency, String date, DatePrecision datePrecision,
            Double confidence) {
    }

    public record Entity(String id, String name, EntityKind kind, String countryCode, List<String> roles,
            List<String> aliases, List<Mention> mentions) {
    }

    /** A span of the article text; offsets are character offsets into {@code text}, end exclusive. */
    public record Mention(int start, int end, String text) {
    }

    public record Quote(String text, Speaker speaker, int start, int end) {
    }

    /** Who said a quote; null on the quote when the speaker is not clear. */
    public record Speaker(String name, String entityId) {
    }

    public record Extractor(String name, String version) {
    }
}
