package io.newsflow.query.persistence;

/**
 * A record's value and the JSON it came as. The store keeps that JSON as the document it serves,
 * instead of writing the value back to JSON: re-serialising every analysis was a tenth of
 * query-service's CPU under load (docs/benchmarks.md).
 */
public record Received<T>(T value, String json) {
}
