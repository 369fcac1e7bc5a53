package io.newsflow.query.service;

/** The number of events of one CAMEO root in the period that starts on {@code period}. */
public record TimelineBucket(String period, String root, long count) {
}
