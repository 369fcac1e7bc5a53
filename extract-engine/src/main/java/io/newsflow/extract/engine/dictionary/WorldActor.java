package io.newsflow.extract.engine.dictionary;

import java.util.List;

/**
 * One holder of one office from world-actors.tsv: "Vladimir Putin, RUS, President, 2012–" (to is 0 while in office).
 * The country is an ISO 3166-1 alpha-3 code or, for an international post, the IGO's short code.
 */
public record WorldActor(String name, List<String> aliases, String country, String role, int from, int to) {

    public boolean heldIn(int year) {
        return from <= year && (to == 0 || year <= to);
    }

    /** The last year held, or {@code currentYear} while in office. */
    public int lastYear(int currentYear) {
        return to == 0 ? currentYear : to;
    }
}
