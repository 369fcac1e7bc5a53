package io.newsflow.query.service;

import java.util.List;

/** An entity with the number of its mentions and of the events it is source or target of. */
public record ActorSummary(String id, String name, String kind, String countryCode, List<String> aliases,
        long mentionCount, long eventCount) {
}
