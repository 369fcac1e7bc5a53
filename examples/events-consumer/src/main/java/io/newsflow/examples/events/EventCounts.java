package io.newsflow.examples.events;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a consumer of news.events keeps: the events it holds by id, and counts per source country and
 * per CAMEO root over them. Keyed by event id, because that is how the topic is meant to be read:
 * <ul>
 * <li>an event delivered twice (a consumer restarted before committing, a replay) has the same id
 * and replaces itself, so it counts once;</li>
 * <li>an event a re-analysis still finds comes again under the same id (ids are hashes of what the
 * event is), and replaces itself too;</li>
 * <li>a retraction removes the event with its id: the re-analysis of its article no longer finds it.
 * It follows the event on the same partition (both are keyed by the article id), so it never comes
 * first.</li>
 * </ul>
 */
public final class EventCounts {
    /** What the counts need of an event; "unknown" where the event has no source country. */
    private record Counted(String sourceCountry, String cameoRoot) {
    }

    private final Map<String, Counted> eventsById = new HashMap<>();
    private final Map<String, Integer> bySourceCountry = new TreeMap<>();
    private final Map<String, Integer> byCameoRoot = new TreeMap<>();
    private long retractionsApplied;

    /** An event record: stored under its id, replacing an earlier copy of it. */
    public synchronized void event(String eventId, String sourceCountry, String cameoRoot) {
        Counted counted = new Counted(sourceCountry == null ? "unknown" : sourceCountry, cameoRoot);
        Counted earlier = eventsById.put(eventId, counted);
        if (earlier != null) {
            uncount(earlier);
        }
        add(bySourceCountry, counted.sourceCountry(), 1);
        add(byCameoRoot, counted.cameoRoot(), 1);
    }

    /** A retraction record: the event with this id is gone. */
    public synchronized void retraction(String eventId) {
        Counted removed = eventsById.remove(eventId);
        if (removed != null) {
            uncount(removed);
            retractionsApplied++;
        }
    }

    public synchronized Set<String> eventIds() {
        return Set.copyOf(eventsById.keySet());
    }

    public synchronized Map<String, Integer> bySourceCountry() {
        return Collections.unmodifiableMap(new TreeMap<>(bySourceCountry));
    }

    public synchronized Map<String, Integer> byCameoRoot() {
        return Collections.unmodifiableMap(new TreeMap<>(byCameoRoot));
    }

    /** Retractions that removed an event this consumer held. */
    public synchronized long retractionsApplied() {
        return retractionsApplied;
    }

    @Override
    public synchronized String toString() {
        return eventsById.size() + " events (" + retractionsApplied + " retracted)\n  by source country: "
                + bySourceCountry + "\n  by CAMEO root:     " + byCameoRoot;
    }

    private void uncount(Counted counted) {
        add(bySourceCountry, counted.sourceCountry(), -1);
        add(byCameoRoot, counted.cameoRoot(), -1);
    }

    private static void add(Map<String, Integer> counts, String key, int delta) {
        // A count that falls to zero leaves the map, so the printed table holds only what is there.
        counts.merge(key, delta, (a, b) -> a + b == 0 ? null : a + b);
    }
}
