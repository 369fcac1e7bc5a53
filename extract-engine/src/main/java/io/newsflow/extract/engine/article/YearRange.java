package io.newsflow.extract.engine.article;

/** The years a story can be from, both ends inclusive. */
public record YearRange(int from, int to) {

    public YearRange intersect(YearRange other) {
        return other == null ? this : new YearRange(Math.max(from, other.from), Math.min(to, other.to));
    }

    public boolean isEmpty() {
        return to < from;
    }
}
