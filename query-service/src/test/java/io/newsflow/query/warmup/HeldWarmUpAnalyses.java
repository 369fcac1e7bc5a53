package io.newsflow.query.warmup;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

/**
 * The warm-up's analyses, each of the first {@link #HOLDS} batches handed over only when the test lets it: the first
 * inside the first round's transaction before anything is written, the second once the first batch is stored and
 * not committed. A test profile enables it; an interrupt (the service stopping) lets the batch go at once.
 */
@Alternative
@ApplicationScoped
public class HeldWarmUpAnalyses extends WarmUpAnalyses {
    static final int HOLDS = 2;

    private final AtomicInteger asked = new AtomicInteger();
    private final Semaphore arrived = new Semaphore(0);
    private final Semaphore released = new Semaphore(0);

    @Override
    public List<byte[]> batch(int index) {
        if (asked.getAndIncrement() < HOLDS) {
            arrived.release();
            try {
                released.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return super.batch(index);
    }

    /** Until the warm-up waits at its next hold. */
    void awaitHeld(Duration deadline) throws InterruptedException {
        if (!arrived.tryAcquire(deadline.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("The warm-up did not arrive at its hold within " + deadline);
        }
    }

    /** Lets the warm-up go on from its hold. */
    void release() {
        released.release();
    }
}
