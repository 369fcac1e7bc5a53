package io.newsflow.extract.engine.article;

import io.newsflow.contract.PrintedDateline;

/** The dateline at the start of the body, read by the contract's one dateline grammar ({@link PrintedDateline}). */
public final class DatelineParser {

    private DatelineParser() {
    }

    /** The dateline at the start of body, or null when the body does not start with one. */
    public static ParsedDateline parse(String body) {
        PrintedDateline d = PrintedDateline.parse(body);
        return d == null ? null
                : new ParsedDateline(d.place(), d.city(), d.region(), d.agency(), d.month(), d.day(), d.year(), d.end());
    }
}
