package io.newsflow.bench.load;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** Accepted articles not yet seen on query-service; the first sighting ends an article's latency. */
final class PendingArticles {
    /** An accepted article: when its 202 arrived, and the source it names (see {@link RunSources}). */
    record Pending(String id, long acceptedNanos, String source) {
    }

    private final Map<String, Pending> byId = new ConcurrentHashMap<>();
    private final Measurements measurements;
    private final boolean tracking;

    /** With {@code tracking} false nothing is kept: no article will be looked for (--check none). */
    PendingArticles(Measurements measurements, boolean tracking) {
        this.measurements = measurements;
        this.tracking = tracking;
    }

    void accepted(String id, String source, long nanos) {
        if (tracking) {
            byId.putIfAbsent(id, new Pending(id, nanos, source));
        }
    }

    /** Records the latency of an article seen on query-service at {@code nanos}, if it is still pending. */
    void queryable(String id, long nanos) {
        Pending pending = byId.remove(id);
        if (pending != null) {
            measurements.becameQueryable(TimeUnit.NANOSECONDS.toMicros(nanos - pending.acceptedNanos()));
        }
    }

    boolean isEmpty() {
        return byId.isEmpty();
    }

    /** The articles waiting longest first. */
    List<Pending> oldest(int limit) {
        return byId.values().stream().sorted(Comparator.comparingLong(Pending::acceptedNanos)).limit(limit).toList();
    }

    /** The sources that still have pending articles, with the latest acceptance of each. */
    Map<String, Long> sources() {
        return byId.values().stream().collect(Collectors.toMap(Pending::source, Pending::acceptedNanos, Math::max));
    }
}
