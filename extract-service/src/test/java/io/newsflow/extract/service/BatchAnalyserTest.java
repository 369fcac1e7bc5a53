package io.newsflow.extract.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.newsflow.contract.AnalysedArticle;
import io.newsflow.contract.ContractFixtures;
import io.newsflow.contract.ContractJson;
import io.newsflow.contract.RawArticle;
import io.newsflow.extract.config.ExtractConfig;
import io.newsflow.extract.engine.Deadline;
import io.newsflow.extract.engine.ExtractionEngine;

class BatchAnalyserTest {
    private static final String STUCK = "stuck";
    private static final String SPINS = "spins";
    private static final String RUNS_TO_ITS_DEADLINE = "runs to its deadline";
    private final CountDownLatch neverReleased = new CountDownLatch(1);
    private BatchAnalyser batchAnalyser;

    /** Analyses normally, except articles whose headline says STUCK: those never finish until interrupted. */
    private final ExtractionEngine engine = new ExtractionEngine() {
        @Override
        public AnalysedArticle analyse(RawArticle article) {
            if (article.headline().equals(STUCK)) {
                try {
                    neverReleased.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (article.headline().equals(SPINS)) {
                // A loop that heeds nothing the batch could set: it swallows interrupts and has no deadline. It
                // parks between turns, so that on two cores the spinners leave the other articles CPU to run on.
                while (!spinnersReleased) {
                    Thread.interrupted();
                    LockSupport.parkNanos(1_000_000);
                }
            }
            if (article.headline().equals("boom")) {
                throw new IllegalStateException("engine bug");
            }
            return ContractFixtures.analysedArticle(article.id(), article.headline(), "test");
        }

        /** An article headed RUNS_TO_ITS_DEADLINE loops until the deadline stops it, as the real engine does. */
        @Override
        public AnalysedArticle analyse(RawArticle article, Deadline deadline) {
            while (article.headline().equals(RUNS_TO_ITS_DEADLINE)) {
                deadline.check();
                Thread.onSpinWait();
            }
            return analyse(article);
        }

        @Override
        public AnalysedArticle.Extractor extractor() {
            return new AnalysedArticle.Extractor("test", "test");
        }
    };

    /** Until set, articles headed SPINS keep their thread busy and ignore interrupts. */
    private volatile boolean spinnersReleased;

    @AfterEach
    void stop() {
        spinnersReleased = true;
        if (batchAnalyser != null) {
            batchAnalyser.stop();
        }
    }

    @Test
    void articleOverItsBudgetFailsAndTheOthersAreAnalysedInOrder() {
        batchAnalyser = new BatchAnalyser(new ArticleAnalyser(engine, config(Duration.ofMillis(300), 2)), config(Duration.ofMillis(300), 2));

        List<AnalysisOutcome> outcomes = batchAnalyser.analyseAll(List.of(
                payload("first"), payload(STUCK), payload("third"), payload("fourth")));

        assertThat(outcomes).extracting(outcome -> outcome.succeeded() ? outcome.analysis().headline() : "failed")
                .containsExactly("first", "failed", "third", "fourth");
        assertThat(outcomes.get(1).failure().reason()).contains("time budget");
    }

    /**
     * Every slot taken by an analysis that ignores interrupts: once their budget is over the batch
     * gives up on them, and the articles that had not started get threads of their own.
     */
    @Test
    void analysesThatIgnoreInterruptsDoNotHoldUpTheArticlesBehindThem() {
        Duration budget = Duration.ofMillis(300);
        batchAnalyser = new BatchAnalyser(new ArticleAnalyser(engine, config(budget, 2)), config(budget, 2));

        long start = System.nanoTime();
        List<AnalysisOutcome> outcomes = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> batchAnalyser
                .analyseAll(List.of(payload(SPINS), payload(SPINS), payload("third"), payload(SPINS), payload("fifth"))));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(outcomes).extracting(outcome -> outcome.succeeded() ? outcome.analysis().headline()
                : outcome.failure().reason()).containsExactly("Analysis exceeded the time budget of " + budget,
                        "Analysis exceeded the time budget of " + budget, "third",
                        "Analysis exceeded the time budget of " + budget, "fifth");
        // Two rounds of the budget: the two first spinners, then the third one, which started when they were given up.
        assertThat(took).isLessThan(budget.multipliedBy(2).plusSeconds(2));
        assertThat(batchAnalyser.overrunning()).as("spinners still holding a thread").isEqualTo(3);

        spinnersReleased = true;
        await().atMost(Duration.ofSeconds(5)).until(() -> batchAnalyser.overrunning() == 0);
    }

    /** The engine stops at the deadline it is given, so the batch gets its thread back without an abandoned one. */
    @Test
    void analysisThatHonoursItsDeadlineEndsOverBudgetAndGivesItsThreadBack() {
        Duration budget = Duration.ofMillis(300);
        batchAnalyser = new BatchAnalyser(new ArticleAnalyser(engine, config(budget, 1)), config(budget, 1));

        List<AnalysisOutcome> outcomes = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> batchAnalyser
                .analyseAll(List.of(payload(RUNS_TO_ITS_DEADLINE), payload("second"))));

        assertThat(outcomes.get(0).failure().reason()).isEqualTo("Analysis exceeded the time budget of " + budget);
        assertThat(outcomes.get(1).analysis().headline()).isEqualTo("second");
        await().atMost(Duration.ofSeconds(5)).until(() -> batchAnalyser.overrunning() == 0);
    }

    /**
     * One slot and an engine that never stops: once a whole article budget no longer fits in the batch's,
     * the articles not started are dead letters, and the batch ends within its budget.
     */
    @Test
    void articlesThatCannotFinishWithinTheBatchBudgetAreNotStarted() {
        Duration budget = Duration.ofMillis(300);
        Duration batchBudget = Duration.ofMillis(500);
        ExtractConfig config = config(budget, batchBudget, 1);
        batchAnalyser = new BatchAnalyser(new ArticleAnalyser(engine, config), config);

        long start = System.nanoTime();
        List<AnalysisOutcome> outcomes = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> batchAnalyser
                .analyseAll(List.of(payload(SPINS), payload(SPINS), payload("third"))));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        String notStarted = "Not analysed: the batch's time budget of " + batchBudget + " ran out before its turn";
        assertThat(outcomes).extracting(outcome -> outcome.failure().reason()).containsExactly(
                "Analysis exceeded the time budget of " + budget, notStarted, notStarted);
        assertThat(took).isLessThan(batchBudget.plusSeconds(2));
        assertThat(batchAnalyser.overrunning()).as("only the first spinner ever started").isEqualTo(1);
    }

    @Test
    void batchBudgetShorterThanAnArticleBudgetIsRefused() {
        ExtractConfig config = config(Duration.ofSeconds(10), Duration.ofSeconds(5), 1);
        ArticleAnalyser articleAnalyser = new ArticleAnalyser(engine, config);

        assertThatThrownBy(() -> new BatchAnalyser(articleAnalyser, config))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("batch-time-budget");
    }

    @Test
    void engineExceptionAndUnreadableJsonBecomeFailedOutcomes() {
        batchAnalyser = new BatchAnalyser(new ArticleAnalyser(engine, config(Duration.ofSeconds(5), 1)), config(Duration.ofSeconds(5), 1));

        List<AnalysisOutcome> outcomes = batchAnalyser.analyseAll(List.of(
                payload("boom"), "{\"id\": ".getBytes(StandardCharsets.UTF_8), payload("fine"),
                payload("x".repeat(101))));

        assertThat(outcomes.get(0).failure().reason()).isEqualTo("The extraction engine failed");
        assertThat(outcomes.get(0).failure().cause()).hasMessage("engine bug");
        assertThat(outcomes.get(1).failure().reason()).isEqualTo("Not a RawArticle JSON document");
        assertThat(outcomes.get(2).succeeded()).isTrue();
        assertThat(outcomes.get(3).failure().reason()).contains("over the limit of 100");
    }

    private static byte[] payload(String headline) {
        return ContractJson.write(ContractFixtures.rawArticle(headline, "Some text about " + headline))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static ExtractConfig config(Duration budget, int threads) {
        return config(budget, Duration.ofMinutes(1), threads);
    }

    private static ExtractConfig config(Duration budget, Duration batchBudget, int threads) {
        return new FixedExtractConfig(budget, batchBudget, 100, Duration.ofSeconds(30), OptionalInt.of(threads), 0,
                Duration.ZERO);
    }
}
