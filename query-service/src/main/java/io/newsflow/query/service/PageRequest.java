package io.newsflow.query.service;

import java.util.List;

public record PageRequest(int page, int size) {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    public int offset() {
        return page * size;
    }

    /** {@code counted} is the count of matches, stopped one past {@link Page#COUNT_LIMIT}. */
    public <T> Page<T> of(List<T> items, long counted) {
        return counted > Page.COUNT_LIMIT ? new Page<>(items, page, size, Page.COUNT_LIMIT, false)
                : new Page<>(items, page, size, counted, true);
    }
}
