package io.newsflow.extract.engine.time;

/** A time expression at text offsets [start, end) and what it resolves to. */
public record TimeMention(int start, int end, TimePoint point) {
}
