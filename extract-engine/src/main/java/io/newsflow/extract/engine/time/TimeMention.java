package io.newsflow.extract.engine.time;

/** A time expression at text offsets [start, end) and what it resolves to. */
public record TimeMention(int start, int end, TimePoint point) {
    /** Whether an expression found at [start, end) overlaps one already found: then it is left to that one. */
    static boolean overlapsAny(java.util.List<TimeMention> found, int start, int end) {
        return found.stream().anyMatch(t -> start < t.end() && t.start() < end);
    }

    /** Adds the mention to found, kept sorted by start. */
    static void addInOrder(java.util.List<TimeMention> found, TimeMention mention) {
        found.add(mention);
        found.sort(java.util.Comparator.comparingInt(TimeMention::start));
    }
}
