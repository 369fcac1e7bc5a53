package io.newsflow.query.persistence;

import java.time.Duration;

/** Waits between tries of something that waits for an outage to pass: 200 ms, doubling, at most 10 s. */
public final class Backoff {
    private static final Duration FIRST = Duration.ofMillis(200);
    private static final Duration MAX = Duration.ofSeconds(10);

    private Duration next = FIRST;

    /** How long the next {@link #pause()} waits. */
    public Duration next() {
        return next;
    }

    public void pause() {
        try {
            Thread.sleep(next.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for an outage to pass", e);
        }
        Duration doubled = next.multipliedBy(2);
        next = doubled.compareTo(MAX) > 0 ? MAX : doubled;
    }
}
