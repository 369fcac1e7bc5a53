package io.newsflow.extract.messaging;

import java.util.List;

import io.newsflow.contract.AnalysedArticle;
import io.newsflow.contract.NewsEvent;

/**
 * The value of an articles.seen record: the extractor version that analysed the article, and the
 * ids of the events that analysis published on news.events, so that a later analysis by another
 * version can retract those it no longer finds. As text: the version on the first line, then one
 * event id a line. Event ids are 32 hex characters, so a line break never occurs inside one.
 * <p>
 * A value written before retractions existed is the version alone: it is read as an analysis whose
 * events are unknown, and its re-analysis retracts nothing.
 */
record SeenValue(String extractorVersion, List<String> eventIds) {
    private static final char SEPARATOR = '\n';

    static SeenValue of(AnalysedArticle analysis) {
        return new SeenValue(analysis.extractor().version(),
                analysis.events().stream().map(NewsEvent::eventId).toList());
    }

    /**
     * The version only, without splitting the ids: what a partition's load needs for each of
     * possibly millions of records.
     */
    static String versionOf(String value) {
        int end = value.indexOf(SEPARATOR);
        return end < 0 ? value : value.substring(0, end);
    }

    static SeenValue parse(String value) {
        List<String> lines = value.lines().toList();
        return new SeenValue(lines.get(0), List.copyOf(lines.subList(1, lines.size())));
    }

    String text() {
        StringBuilder text = new StringBuilder(extractorVersion);
        eventIds.forEach(id -> text.append(SEPARATOR).append(id));
        return text.toString();
    }
}
