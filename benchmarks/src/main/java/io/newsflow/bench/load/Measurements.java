package io.newsflow.bench.load;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Latencies (HdrHistogram, microseconds) and counts, overall and per second of the run. An upload's
 * latency is its request's (one article, or a whole NDJSON batch); end to end is per article.
 */
final class Measurements {
    private static final long MAX_MICROS = TimeUnit.MINUTES.toMicros(10);

    /** One second of the run: what was accepted, became queryable, failed, and how fast. */
    record Second(long second, long accepted, long acceptedBytes, long queryable, long errors,
            double endToEndP50Millis, double endToEndP99Millis) {
    }

    private final Histogram upload = new Histogram(MAX_MICROS, 3);
    private final Histogram endToEnd = new Histogram(MAX_MICROS, 3);
    private final Recorder endToEndThisSecond = new Recorder(MAX_MICROS, 3);
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong acceptedBytes = new AtomicLong();
    private final AtomicLong queryable = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong queryableChecks = new AtomicLong();
    private final Map<Long, Second> seconds = new TreeMap<>();
    private Second totalsAtLastTick = new Second(0, 0, 0, 0, 0, 0, 0);

    /** A 202 or 207 to a request of {@code bytes}; the articles it did not accept are errors. */
    synchronized void uploadAnswered(long micros, long bytes, int acceptedArticles, int notAccepted) {
        upload.recordValue(Math.min(micros, MAX_MICROS));
        requests.incrementAndGet();
        accepted.addAndGet(acceptedArticles);
        acceptedBytes.addAndGet(bytes);
        errors.addAndGet(notAccepted);
    }

    /** A request that failed or was refused as a whole. */
    void uploadFailed(int articles) {
        requests.incrementAndGet();
        errors.addAndGet(articles);
    }

    /** A 503 with Retry-After: ingest's admission control asked the request to come again later. */
    void uploadRefused() {
        refused.incrementAndGet();
    }

    synchronized void becameQueryable(long micros) {
        endToEnd.recordValue(Math.min(micros, MAX_MICROS));
        endToEndThisSecond.recordValue(Math.min(micros, MAX_MICROS));
        queryable.incrementAndGet();
    }

    /** A request to query-service asking whether articles are there yet: the harness' own load on it. */
    void queryableChecked() {
        queryableChecks.incrementAndGet();
    }

    /** Closes one second of the time series. */
    synchronized void tick(long second) {
        Histogram interval = endToEndThisSecond.getIntervalHistogram();
        Second totals = new Second(second, accepted.get(), acceptedBytes.get(), queryable.get(), errors.get(), 0, 0);
        seconds.put(second, new Second(second, totals.accepted() - totalsAtLastTick.accepted(),
                totals.acceptedBytes() - totalsAtLastTick.acceptedBytes(),
                totals.queryable() - totalsAtLastTick.queryable(), totals.errors() - totalsAtLastTick.errors(),
                interval.getValueAtPercentile(50) / 1000.0, interval.getValueAtPercentile(99) / 1000.0));
        totalsAtLastTick = totals;
    }

    synchronized Histogram upload() {
        return upload.copy();
    }

    synchronized Histogram endToEnd() {
        return endToEnd.copy();
    }

    long requests() {
        return requests.get();
    }

    long accepted() {
        return accepted.get();
    }

    long acceptedBytes() {
        return acceptedBytes.get();
    }

    long refused() {
        return refused.get();
    }

    long queryable() {
        return queryable.get();
    }

    long errors() {
        return errors.get();
    }

    long queryableChecks() {
        return queryableChecks.get();
    }

    synchronized Iterable<Second> seconds() {
        return new TreeMap<>(seconds).values();
    }
}
