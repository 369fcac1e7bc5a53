package io.newsflow.bench.load;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/** Latencies (HdrHistogram, microseconds) and counts, overall and per second of the run. */
final class Measurements {
    private static final long MAX_MICROS = TimeUnit.MINUTES.toMicros(10);

    /** One second of the run: what was accepted, became queryable, failed, and how fast. */
    record Second(long second, long accepted, long queryable, long errors, double endToEndP50Millis,
            double endToEndP99Millis) {
    }

    private final Histogram upload = new Histogram(MAX_MICROS, 3);
    private final Histogram endToEnd = new Histogram(MAX_MICROS, 3);
    private final Recorder endToEndThisSecond = new Recorder(MAX_MICROS, 3);
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong queryable = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final Map<Long, Second> seconds = new TreeMap<>();
    private long acceptedBefore;
    private long queryableBefore;
    private long errorsBefore;

    synchronized void uploadAccepted(long micros) {
        upload.recordValue(Math.min(micros, MAX_MICROS));
        accepted.incrementAndGet();
    }

    void uploadFailed() {
        errors.incrementAndGet();
    }

    synchronized void becameQueryable(long micros) {
        endToEnd.recordValue(Math.min(micros, MAX_MICROS));
        endToEndThisSecond.recordValue(Math.min(micros, MAX_MICROS));
        queryable.incrementAndGet();
    }

    /** Closes one second of the time series. */
    synchronized void tick(long second) {
        Histogram interval = endToEndThisSecond.getIntervalHistogram();
        seconds.put(second, new Second(second, accepted.get() - acceptedBefore, queryable.get() - queryableBefore,
                errors.get() - errorsBefore, interval.getValueAtPercentile(50) / 1000.0,
                interval.getValueAtPercentile(99) / 1000.0));
        acceptedBefore = accepted.get();
        queryableBefore = queryable.get();
        errorsBefore = errors.get();
    }

    synchronized Histogram upload() {
        return upload.copy();
    }

    synchronized Histogram endToEnd() {
        return endToEnd.copy();
    }

    long accepted() {
        return accepted.get();
    }

    long queryable() {
        return queryable.get();
    }

    long errors() {
        return errors.get();
    }

    synchronized Iterable<Second> seconds() {
        return new TreeMap<>(seconds).values();
    }
}
