package io.newsflow.contract.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    /** Records the delays instead of waiting, and moves the fake clock on by each. */
    private final List<Duration> waits = new ArrayList<>();
    private final AtomicLong clock = new AtomicLong();
    private final AtomicInteger attempts = new AtomicInteger();

    private RetryPolicy.Builder policy(Duration initial) {
        return RetryPolicy.startingAt(initial).sleeper(delay -> {
            waits.add(delay);
            clock.addAndGet(delay.toNanos());
        }).clock(clock::get, () -> 1.0);
    }

    /** Fails with this failure the first {@code failures} times, then answers "done". */
    private RetryPolicy.Attempt<String, IOException> failing(int failures, Exception failure) {
        return () -> {
            if (attempts.incrementAndGet() <= failures) {
                if (failure instanceof IOException io) {
                    throw io;
                }
                throw (RuntimeException) failure;
            }
            return "done";
        };
    }

    @Test
    void delaysGrowByTheMultiplierUpToTheMaximum() throws Exception {
        RetryPolicy retry = policy(Duration.ofMillis(200)).maxDelay(Duration.ofSeconds(1))
                .retryOn(IOException.class::isInstance).build();

        assertThat(retry.call(failing(5, new IOException("down")))).isEqualTo("done");

        assertThat(waits).containsExactly(Duration.ofMillis(200), Duration.ofMillis(400), Duration.ofMillis(800),
                Duration.ofSeconds(1), Duration.ofSeconds(1));
        assertThat(retry.backoff(60)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void failureItDoesNotRetryIsThrownAtOnce() {
        RetryPolicy retry = policy(Duration.ofMillis(200)).maxDelay(Duration.ofSeconds(1))
                .retryOn(IOException.class::isInstance).build();
        IllegalStateException bug = new IllegalStateException("bug");

        assertThatThrownBy(() -> retry.call(failing(5, bug))).isSameAs(bug);
        assertThat(attempts).hasValue(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void givesUpAfterTheLastAttemptWithItsFailure() {
        RetryPolicy retry = policy(Duration.ofSeconds(1)).maxDelay(Duration.ofSeconds(30)).maxAttempts(3)
                .retryOn(IOException.class::isInstance).build();
        IOException down = new IOException("down");

        assertThatThrownBy(() -> retry.call(failing(10, down))).isSameAs(down);
        assertThat(attempts).hasValue(3);
        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void noAttemptStartsAfterTheDeadline() {
        RetryPolicy retry = policy(Duration.ofSeconds(1)).maxDelay(Duration.ofSeconds(4))
                .deadline(Duration.ofSeconds(10)).retryOn(IOException.class::isInstance).build();

        assertThatThrownBy(() -> retry.call(failing(100, new IOException("down")))).hasMessage("down");
        // 1 + 2 + 4 = 7 s; another 4 s would start the next attempt at 11 s, past the deadline.
        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
        assertThat(attempts).hasValue(4);
    }

    @Test
    void retryLaterIsAlwaysRetriedAndNeverSooner() throws Exception {
        RetryPolicy retry = policy(Duration.ofSeconds(1)).maxDelay(Duration.ofSeconds(30)).build();

        assertThat(retry.call(failing(3, new RetryLater("503", Duration.ofSeconds(3))))).isEqualTo("done");

        // The asked-for 3 s where the backoff is shorter, the backoff once it is longer.
        assertThat(waits).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(3), Duration.ofSeconds(4));
    }

    @Test
    void jitterShortensDelaysWithinItsFractionOnly() throws Exception {
        List<Duration> jittered = new ArrayList<>();
        RetryPolicy retry = RetryPolicy.startingAt(Duration.ofSeconds(1)).maxDelay(Duration.ofSeconds(1)).jitter(0.25)
                .maxAttempts(2001).retryOn(IOException.class::isInstance).sleeper(jittered::add).build();

        retry.call(failing(2000, new IOException("down")));

        assertThat(jittered).hasSize(2000).allSatisfy(delay -> assertThat(delay)
                .isBetween(Duration.ofMillis(750), Duration.ofSeconds(1)));
        assertThat(jittered.stream().distinct().count()).as("delays actually differ").isGreaterThan(100);
        assertThat(jittered).anySatisfy(delay -> assertThat(delay).isLessThan(Duration.ofMillis(800)));
    }

    @Test
    void listenerHearsOfEveryRetryBeforeItsWait() throws Exception {
        List<String> heard = new ArrayList<>();
        RetryPolicy retry = policy(Duration.ofMillis(100)).maxDelay(Duration.ofSeconds(1))
                .retryOn(IOException.class::isInstance).build();

        retry.call(failing(2, new IOException("down")), (attempt, failure, delay) -> heard.add(
                attempt + " " + failure.getMessage() + " " + delay.toMillis() + " after " + waits.size() + " waits"));

        assertThat(heard).containsExactly("1 down 100 after 0 waits", "2 down 200 after 1 waits");
    }

    @Test
    void interruptWhileWaitingEndsTheLoop() {
        RetryPolicy retry = RetryPolicy.startingAt(Duration.ofSeconds(10)).retryOn(IOException.class::isInstance)
                .build();
        Thread.currentThread().interrupt();

        assertThatThrownBy(() -> retry.call(failing(5, new IOException("down"))))
                .isInstanceOf(InterruptedException.class);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void rejectsRulesThatMakeNoSense() {
        assertThatThrownBy(() -> RetryPolicy.startingAt(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetryPolicy.startingAt(Duration.ofSeconds(2)).maxDelay(Duration.ofSeconds(1)).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetryPolicy.startingAt(Duration.ofSeconds(1)).multiplier(0.5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetryPolicy.startingAt(Duration.ofSeconds(1)).jitter(1.5))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
