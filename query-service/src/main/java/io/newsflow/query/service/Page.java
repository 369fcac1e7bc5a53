package io.newsflow.query.service;

import java.util.List;

/** One page of a list and the exact number of items over all pages. */
public record Page<T>(List<T> items, int page, int size, long total) {
}
