package io.newsflow.query.service;

/**
 * An actor on the other side of an entity's events, with how many events they share. {@code id} is
 * null when the engine could not tie the actor to an entity.
 */
public record Counterpart(String id, String name, String kind, String countryCode, long eventCount) {
}
