package io.newsflow.query.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import io.newsflow.contract.AnalysedArticle;

/**
 * An article's date as news: when it was published, else the date its dateline was resolved to
 * (its first day, UTC), else when the pipeline received it. The analysis does not carry ingest's
 * receipt time; it was analysed within moments of it, so that stands in. Migration V8 backfills
 * stored articles by the same rule.
 */
public record NewsDate(Instant date, Source source) {
    /** Where the date came from; its name is what the API says ({@code dateSource}). */
    public enum Source {
        published, dateline, received
    }

    /** Events dated before this are not plotted. */
    private static final LocalDate FIRST_PLOTTED = LocalDate.of(1900, 1, 1);

    public static NewsDate of(AnalysedArticle article) {
        if (article.publishedAt() != null) {
            return new NewsDate(article.publishedAt(), Source.published);
        }
        AnalysedArticle.Dateline dateline = article.dateline();
        EventDates days = dateline == null ? null : EventDates.of(dateline.date(), dateline.datePrecision());
        if (days != null) {
            return new NewsDate(days.start().atStartOfDay().toInstant(ZoneOffset.UTC), Source.dateline);
        }
        return new NewsDate(article.analysedAt(), Source.received);
    }

    /**
     * Whether the timeline plots an event of this article dated {@code eventDates}: from 1900 on and
     * at most a year after the news date.
     */
    public boolean plots(EventDates eventDates) {
        if (eventDates == null || eventDates.start().isBefore(FIRST_PLOTTED)) {
            return false;
        }
        return date == null || !eventDates.start().isAfter(date.atZone(ZoneOffset.UTC).toLocalDate().plusYears(1));
    }
}
