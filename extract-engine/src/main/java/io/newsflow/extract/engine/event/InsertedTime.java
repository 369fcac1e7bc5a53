package io.newsflow.extract.engine.event;

import java.util.List;
import java.util.Set;

import io.newsflow.extract.engine.nlp.Token;

/**
 * A time phrase that wire copy puts between a verb and its complement: "agreed on Tuesday to deepen", "warned
 * South Korea late Monday of", "denied yesterday any involvement". The pattern matcher passes over it as it passes
 * over adverbs; the time itself is read by the time expressions, not here.
 */
final class InsertedTime {
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "june", "july",
            "august", "september", "october", "november", "december");
    private static final Set<String> ALONE = Set.of("yesterday", "today", "overnight", "tonight", "earlier", "later");
    /** A part of the day after a day: "Monday night", "yesterday morning". */
    private static final Set<String> PARTS_OF_DAY = Set.of("night", "morning", "evening", "afternoon");
    private static final Set<String> BEFORE_WEEKDAY = Set.of("on", "late", "early");
    private static final Set<String> NEAR = Set.of("last", "this", "next");
    private static final Set<String> SPANS = Set.of("week", "weekend", "month", "year");

    private InsertedTime() {
    }

    /** How many tokens of a time phrase start at {@code pos}: 0 when none does. */
    static int length(List<Token> tokens, int pos) {
        String w = tokens.get(pos).lower();
        String next = pos + 1 < tokens.size() ? tokens.get(pos + 1).lower() : "";
        if (WEEKDAYS.contains(w) || ALONE.contains(w)) {
            return PARTS_OF_DAY.contains(next) ? 2 : 1; // "had spoken Monday night with"
        }
        if (BEFORE_WEEKDAY.contains(w) && WEEKDAYS.contains(next)) {
            return 2; // "on Tuesday", "late Monday"
        }
        if (w.equals("late") && next.equals("on") && pos + 2 < tokens.size()
                && WEEKDAYS.contains(tokens.get(pos + 2).lower())) {
            return 3; // "late on Tuesday"
        }
        if (w.equals("in") && MONTHS.contains(next)) {
            return 2; // "in March" ("in May" is left alone: May is also a name)
        }
        if (NEAR.contains(w) && SPANS.contains(next)) {
            return 2; // "last week", "this month"
        }
        return 0;
    }
}
