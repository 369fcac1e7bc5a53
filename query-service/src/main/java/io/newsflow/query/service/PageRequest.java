package io.newsflow.query.service;

public record PageRequest(int page, int size) {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    public int offset() {
        return page * size;
    }

    public <T> Page<T> of(java.util.List<T> items, long total) {
        return new Page<>(items, page, size, total);
    }
}
