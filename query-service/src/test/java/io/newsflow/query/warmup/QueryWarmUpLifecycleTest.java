package io.newsflow.query.warmup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.Test;

/** How a warm-up ends, and what the consumer waiting for it then sees, without Quarkus or a database. */
class QueryWarmUpLifecycleTest {
    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final WarmUpAnalyses ANALYSES = new WarmUpAnalyses();

    @Test
    void offIsDoneAtOnceWithoutARound() {
        FakeRound round = new FakeRound(Behaviour.STORES);

        QueryWarmUp warmUp = started(round, 0, Duration.ofMinutes(5));

        assertThat(warmUp.report()).hasValueSatisfying(report -> assertThat(report.analyses()).isZero());
        assertThat(round.calls).hasValue(0);
    }

    @Test
    void roundsUntilTheAnalysesAreStored() {
        FakeRound round = new FakeRound(Behaviour.STORES);

        WarmUpReport report = whenDone(started(round, 200, Duration.ofMinutes(5)));

        int perRound = FakeRound.ANALYSES;
        assertThat(round.calls).hasValue((200 + perRound - 1) / perRound);
        assertThat(report.analyses()).isEqualTo(round.calls.get() * perRound);
        assertThat(report.rounds()).hasSize(round.calls.get());
    }

    @Test
    void noRoundOnceItsTimeIsSpent() {
        FakeRound round = new FakeRound(Behaviour.STORES);

        WarmUpReport report = whenDone(started(round, 1_000_000, Duration.ofNanos(1)));

        assertThat(report.analyses()).isZero();
        assertThat(round.calls).hasValue(0);
    }

    @Test
    void aFailingRoundEndsTheWarmUpAndTheServiceGoesOnCold() {
        FakeRound round = new FakeRound(Behaviour.FAILS);

        WarmUpReport report = whenDone(started(round, 200, Duration.ofMinutes(5)));

        assertThat(report.analyses()).isZero();
        assertThat(round.calls).hasValue(1);
    }

    @Test
    void aServiceStoppingDuringItsWarmUpNeverStartsReading() throws InterruptedException {
        FakeRound round = new FakeRound(Behaviour.RUNS_UNTIL_STOPPED);
        QueryWarmUp warmUp = started(round, 200, Duration.ofMinutes(5));
        assertThat(round.entered.await(DEADLINE.toSeconds(), TimeUnit.SECONDS)).isTrue();

        warmUp.stop(null);

        await().atMost(DEADLINE).until(() -> !warmUp.running());
        assertThat(warmUp.report()).isEmpty();
        assertThat(warmUp.done().toCompletableFuture()).isNotDone();
        assertThat(round.calls).hasValue(1);
    }

    @Test
    void negativeSettingsAreRefused() {
        FakeRound round = new FakeRound(Behaviour.STORES);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new QueryWarmUp(round, ANALYSES, -1, Duration.ofSeconds(1)));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new QueryWarmUp(round, ANALYSES, 1, Duration.ofSeconds(-1)));
    }

    /** A warm-up of so many analyses and so much time, started as the service starts it. */
    private static QueryWarmUp started(WarmUpRound round, int analyses, Duration time) {
        QueryWarmUp warmUp = new QueryWarmUp(round, ANALYSES, analyses, time);
        warmUp.start(null);
        return warmUp;
    }

    private static WarmUpReport whenDone(QueryWarmUp warmUp) {
        await().atMost(DEADLINE).until(() -> warmUp.report().isPresent());
        return warmUp.report().orElseThrow();
    }

    private enum Behaviour { STORES, FAILS, RUNS_UNTIL_STOPPED }

    /** A round without a database: what it reports, how it fails, or one that lasts until its thread is interrupted. */
    private static final class FakeRound extends WarmUpRound {
        static final int ANALYSES = 67;
        final Behaviour behaviour;
        final AtomicInteger calls = new AtomicInteger();
        final CountDownLatch entered = new CountDownLatch(1);

        FakeRound(Behaviour behaviour) {
            super(null, null, null, null, null, null, null);
            this.behaviour = behaviour;
        }

        @Override
        public Done run(WarmUpAnalyses analyses) {
            calls.incrementAndGet();
            entered.countDown();
            switch (behaviour) {
                case FAILS -> throw new IllegalStateException("a statement failed");
                case RUNS_UNTIL_STOPPED -> {
                    while (!Thread.currentThread().isInterrupted()) { // as the real round: it looks between batches
                        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
                    }
                    return new Done(1, 1, 1, 0);
                }
                default -> {
                    return new Done(ANALYSES, 1_000, 500, 1_000);
                }
            }
        }
    }
}
