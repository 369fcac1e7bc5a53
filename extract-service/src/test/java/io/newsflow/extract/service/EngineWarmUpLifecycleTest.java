package io.newsflow.extract.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.Test;

import io.newsflow.contract.AnalysedArticle;
import io.newsflow.contract.ContractFixtures;
import io.newsflow.contract.RawArticle;
import io.newsflow.extract.engine.Deadline;
import io.newsflow.extract.engine.ExtractionEngine;
import io.newsflow.extract.warmup.WarmUpStories;

/** How a warm-up ends, and what the consumer waiting for it then sees, without Quarkus or Kafka. */
class EngineWarmUpLifecycleTest {
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @Test
    void offIsDoneAtOnceWithoutAnAnalysis() {
        FakeEngine engine = new FakeEngine(Behaviour.ANSWERS);

        EngineWarmUp warmUp = started(engine, 0);

        assertThat(warmUp.report()).hasValueSatisfying(report -> assertThat(report.analyses()).isZero());
        assertThat(engine.calls).hasValue(0);
    }

    @Test
    void runsItsAnalysesOverTheStoriesThenIsDone() {
        FakeEngine engine = new FakeEngine(Behaviour.ANSWERS);

        assertThat(analysesWhenDone(started(engine, 20))).isEqualTo(20);
        assertThat(engine.calls).hasValue(20);
        assertThat(engine.lastArticleId).startsWith(WarmUpStories.ID_PREFIX);
    }

    @Test
    void aFailingStoryEndsTheWarmUpAndTheServiceGoesOnCold() {
        FakeEngine engine = new FakeEngine(Behaviour.FAILS);

        assertThat(analysesWhenDone(started(engine, 20))).isZero();
        assertThat(engine.calls).hasValue(1);
    }

    @Test
    void aServiceStoppingDuringItsWarmUpNeverStartsReading() throws InterruptedException {
        FakeEngine engine = new FakeEngine(Behaviour.RUNS_UNTIL_STOPPED);
        EngineWarmUp warmUp = started(engine, 20);
        assertThat(engine.entered.await(DEADLINE.toSeconds(), TimeUnit.SECONDS)).isTrue();

        warmUp.stop();

        await().atMost(DEADLINE).until(() -> !warmUp.running());
        assertThat(warmUp.report()).isEmpty();
        assertThat(warmUp.done().toCompletableFuture()).isNotDone();
        assertThat(engine.calls).hasValue(1);
    }

    /** A warm-up of so many analyses (and minutes to do them), started as the service starts it. */
    private static EngineWarmUp started(ExtractionEngine engine, int analyses) {
        FixedExtractConfig config = FixedExtractConfig.warmingUp(analyses, Duration.ofMinutes(5));
        EngineWarmUp warmUp = new EngineWarmUp(new ArticleAnalyser(engine, config), config);
        warmUp.start(null);
        return warmUp;
    }

    private static int analysesWhenDone(EngineWarmUp warmUp) {
        await().atMost(DEADLINE).until(() -> warmUp.report().isPresent());
        return warmUp.report().orElseThrow().analyses();
    }

    private enum Behaviour { ANSWERS, FAILS, RUNS_UNTIL_STOPPED }

    private static final class FakeEngine implements ExtractionEngine {
        final Behaviour behaviour;
        final AtomicInteger calls = new AtomicInteger();
        final CountDownLatch entered = new CountDownLatch(1);
        volatile String lastArticleId;

        FakeEngine(Behaviour behaviour) {
            this.behaviour = behaviour;
        }

        @Override
        public AnalysedArticle analyse(RawArticle article) {
            return analyse(article, Deadline.NONE);
        }

        @Override
        public AnalysedArticle analyse(RawArticle article, Deadline deadline) {
            calls.incrementAndGet();
            lastArticleId = article.id();
            entered.countDown();
            switch (behaviour) {
                case FAILS -> throw new IllegalStateException("engine bug");
                case RUNS_UNTIL_STOPPED -> {
                    while (true) { // as the real engine: its deadline throws once the thread is interrupted
                        deadline.check();
                        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
                    }
                }
                default -> {
                    return ContractFixtures.analysedArticle(article.id(), article.headline(), "test");
                }
            }
        }

        @Override
        public AnalysedArticle.Extractor extractor() {
            return new AnalysedArticle.Extractor("test", "test");
        }
    }
}
