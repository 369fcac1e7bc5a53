package io.newsflow.contract.retry;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * The one retry loop of the project; each user states its own numbers, the rules are here:
 * <ul>
 * <li>The delay before retry {@code n} (1 after the first failure) is {@code initialDelay × multiplier^(n-1)},
 * never more than {@code maxDelay}.</li>
 * <li>Jitter {@code j} draws each delay uniformly from {@code [delay × (1 − j), delay]}, so instances that
 * failed together do not all come back at the same moment, and {@code maxDelay} stays the longest wait.</li>
 * <li>A failure is retried when it is a {@link RetryLater} (which may also ask for a minimum delay, as an
 * HTTP Retry-After does) or when the policy's {@code retryOn} test accepts it; anything else is thrown at
 * once, unchanged.</li>
 * <li>It gives up after {@code maxAttempts} attempts, or when the next attempt would start after the
 * {@code deadline} counted from the first; it then throws the last failure. Without either it retries
 * for as long as the failures are retryable.</li>
 * <li>An interrupt while waiting ends the loop with {@link InterruptedException}, the flag cleared as
 * {@link Thread#sleep} leaves it.</li>
 * </ul>
 * Instances are immutable and can be shared.
 */
public final class RetryPolicy {
    private final Duration initialDelay;
    private final double multiplier;
    private final Duration maxDelay;
    private final double jitter;
    private final int maxAttempts;
    private final Duration deadline;
    private final Predicate<? super Exception> retryOn;
    private final Sleeper sleeper;
    private final LongSupplier nanoClock;
    private final DoubleSupplier random;

    /** Waits between attempts; tests pass one that records the delay instead. */
    public interface Sleeper {
        void sleep(Duration delay) throws InterruptedException;
    }

    /** One attempt: returns its result or throws; an interrupt ends the loop. */
    public interface Attempt<T, E extends Exception> {
        T run() throws E, InterruptedException;
    }

    /** Told of each failure that will be retried, before the wait: for logs, health and counters. */
    public interface RetryListener {
        void retrying(int failedAttempt, Exception failure, Duration delay);
    }

    private RetryPolicy(Builder builder) {
        this.initialDelay = builder.initialDelay;
        this.multiplier = builder.multiplier;
        this.maxDelay = builder.maxDelay;
        this.jitter = builder.jitter;
        this.maxAttempts = builder.maxAttempts;
        this.deadline = builder.deadline;
        this.retryOn = builder.retryOn;
        this.sleeper = builder.sleeper;
        this.nanoClock = builder.nanoClock;
        this.random = builder.random;
    }

    /** A policy whose first retry waits {@code initialDelay}; the builder's defaults are listed on its methods. */
    public static Builder startingAt(Duration initialDelay) {
        return new Builder(initialDelay);
    }

    /** The same policy waiting through this sleeper: for tests that must not wait. */
    public RetryPolicy withSleeper(Sleeper otherSleeper) {
        return toBuilder().sleeper(otherSleeper).build();
    }

    /** The same policy with another limit of attempts. */
    public RetryPolicy withMaxAttempts(int otherMaxAttempts) {
        return toBuilder().maxAttempts(otherMaxAttempts).build();
    }

    /** The delay before retry {@code retry} (1 after the first failure), before jitter. */
    public Duration backoff(int retry) {
        if (retry < 1) {
            throw new IllegalArgumentException("Retries are counted from 1");
        }
        double nanos = initialDelay.toNanos() * Math.pow(multiplier, retry - 1);
        return nanos >= maxDelay.toNanos() ? maxDelay : Duration.ofNanos((long) nanos);
    }

    public <T, E extends Exception> T call(Attempt<T, E> attempt) throws E, InterruptedException {
        return call(attempt, (failedAttempt, failure, delay) -> {
        });
    }

    /** Runs the attempt until it succeeds or the policy gives up; see the class comment for the rules. */
    public <T, E extends Exception> T call(Attempt<T, E> attempt, RetryListener listener) throws E, InterruptedException {
        long giveUpAt = deadline == null ? Long.MAX_VALUE : nanoClock.getAsLong() + deadline.toNanos();
        for (int number = 1;; number++) {
            Exception failure;
            try {
                return attempt.run();
            } catch (Exception e) {
                failure = e;
            }
            // An interrupted attempt is never retried: whoever interrupted wants the loop to end.
            if (failure instanceof InterruptedException interrupted) {
                throw interrupted;
            }
            if (!(failure instanceof RetryLater) && !retryOn.test(failure)) {
                throw this.<E>rethrow(failure);
            }
            Duration delay = delayAfter(number, failure);
            if (number >= maxAttempts || nanoClock.getAsLong() + delay.toNanos() - giveUpAt > 0) {
                throw this.<E>rethrow(failure);
            }
            listener.retrying(number, failure, delay);
            sleeper.sleep(delay);
        }
    }

    private Duration delayAfter(int failedAttempt, Exception failure) {
        Duration backoff = backoff(failedAttempt);
        Duration jittered = jitter == 0 ? backoff
                : Duration.ofNanos((long) (backoff.toNanos() * (1 - jitter * random.getAsDouble())));
        if (failure instanceof RetryLater later && later.notBefore().compareTo(jittered) > 0) {
            return later.notBefore();
        }
        return jittered;
    }

    /** The attempt can only throw E, an unchecked exception or InterruptedException (handled before), so the cast holds. */
    @SuppressWarnings("unchecked")
    private <E extends Exception> E rethrow(Exception failure) {
        if (failure instanceof RuntimeException unchecked) {
            throw unchecked;
        }
        return (E) failure;
    }

    private Builder toBuilder() {
        return new Builder(initialDelay).multiplier(multiplier).maxDelay(maxDelay).jitter(jitter)
                .maxAttempts(maxAttempts).deadline(deadline).retryOn(retryOn).sleeper(sleeper).clock(nanoClock, random);
    }

    @Override
    public String toString() {
        return "RetryPolicy[from " + initialDelay + " ×" + multiplier + " up to " + maxDelay + ", jitter " + jitter
                + (maxAttempts == Integer.MAX_VALUE ? "" : ", " + maxAttempts + " attempts")
                + (deadline == null ? "" : ", deadline " + deadline) + "]";
    }

    public static final class Builder {
        private final Duration initialDelay;
        private double multiplier = 2;
        private Duration maxDelay;
        private double jitter;
        private int maxAttempts = Integer.MAX_VALUE;
        private Duration deadline;
        private Predicate<? super Exception> retryOn = failure -> false;
        private Sleeper sleeper = delay -> Thread.sleep(delay.toMillis(), delay.toNanosPart() % 1_000_000);
        private LongSupplier nanoClock = System::nanoTime;
        private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();

        private Builder(Duration initialDelay) {
            this.initialDelay = positive(initialDelay, "initial delay");
            this.maxDelay = initialDelay;
        }

        /** Default 2. */
        public Builder multiplier(double multiplier) {
            if (!(multiplier >= 1)) {
                throw new IllegalArgumentException("A multiplier below 1 would shorten the delays");
            }
            this.multiplier = multiplier;
            return this;
        }

        /** Default: the initial delay (a constant delay). */
        public Builder maxDelay(Duration maxDelay) {
            this.maxDelay = positive(maxDelay, "max delay");
            return this;
        }

        /** The fraction a delay may be shortened at random, 0 (default) to 1. */
        public Builder jitter(double jitter) {
            if (!(jitter >= 0 && jitter <= 1)) {
                throw new IllegalArgumentException("Jitter is a fraction from 0 to 1");
            }
            this.jitter = jitter;
            return this;
        }

        /** Attempts in all, the first included. Default: no limit. */
        public Builder maxAttempts(int maxAttempts) {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("At least one attempt");
            }
            this.maxAttempts = maxAttempts;
            return this;
        }

        /** No attempt starts later than this after the first. Default: none (null). */
        public Builder deadline(Duration deadline) {
            this.deadline = deadline == null ? null : positive(deadline, "deadline");
            return this;
        }

        /** Which failures besides {@link RetryLater} are retried. Default: none. */
        public Builder retryOn(Predicate<? super Exception> retryOn) {
            this.retryOn = Objects.requireNonNull(retryOn);
            return this;
        }

        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper);
            return this;
        }

        /** The clock the deadline is measured on and the random source of the jitter: for tests. */
        Builder clock(LongSupplier nanoClock, DoubleSupplier random) {
            this.nanoClock = Objects.requireNonNull(nanoClock);
            this.random = Objects.requireNonNull(random);
            return this;
        }

        public RetryPolicy build() {
            if (maxDelay.compareTo(initialDelay) < 0) {
                throw new IllegalArgumentException("The max delay " + maxDelay + " is below the initial " + initialDelay);
            }
            return new RetryPolicy(this);
        }

        private static Duration positive(Duration duration, String what) {
            if (duration == null || duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("The " + what + " must be positive: " + duration);
            }
            return duration;
        }
    }
}
