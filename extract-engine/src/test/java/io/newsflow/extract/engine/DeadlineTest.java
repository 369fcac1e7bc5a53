package io.newsflow.extract.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.newsflow.contract.AnalysedArticle;
import io.newsflow.contract.ContractFixtures;
import io.newsflow.contract.RawArticle;
import io.newsflow.extract.cli.ArticleFiles;

/**
 * The engine stops at its deadline on articles built to be slow, and a deadline that does not run out changes
 * nothing. Each pathological article takes seconds without a deadline (1 to 3 s measured on the shared build
 * machine in December 2026, 50 s for the crowd of people; minutes before the engine bounded its work), so a
 * deadline of a fifth of a second must stop it.
 */
class DeadlineTest {
    private static final int TWO_MILLION = 2_000_000;
    private static final Duration SHORT = Duration.ofMillis(200);
    /** Generous: the machine is shared, and what is asserted is stopping, not speed. */
    private static final Duration SLACK = Duration.ofSeconds(5);

    static Stream<Arguments> pathological() {
        return Stream.of(
                Arguments.of("one sentence of 2,000,000 characters without a full stop",
                        "the leaders of Russia and China met and condemned the United States and ".repeat(
                                TWO_MILLION / 72)),
                Arguments.of("a million quote marks", "\" a".repeat(1_000_000)),
                Arguments.of("one dotted token of 2,000,000 characters", "A.".repeat(TWO_MILLION / 2)),
                Arguments.of("10,000 people each with a name of their own", ContractFixtures.crowdOfPeople(10_000)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pathological")
    void pathologicalArticleStopsAtItsDeadline(String what, String body) {
        RawArticle article = article(body);

        long start = System.nanoTime();
        assertThatThrownBy(() -> SharedEngine.ENGINE.analyse(article, Deadline.after(SHORT)))
                .isInstanceOf(AnalysisTimedOut.class)
                .hasMessageContaining("time budget of " + SHORT);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(SHORT.plus(SLACK));
    }

    @Test
    void interruptedAnalysisStopsThoughItsDeadlineIsFar() throws Exception {
        RawArticle article = article("\" a".repeat(TWO_MILLION / 3));
        CompletableFuture<Thread> running = new CompletableFuture<>();
        CompletableFuture<Throwable> ended = new CompletableFuture<>();
        Thread analysis = new Thread(() -> {
            running.complete(Thread.currentThread());
            try {
                SharedEngine.ENGINE.analyse(article, Deadline.after(Duration.ofHours(1)));
                ended.complete(null);
            } catch (RuntimeException e) {
                ended.complete(e);
            }
        });
        analysis.start();

        running.get(10, TimeUnit.SECONDS).interrupt();

        assertThat(ended.get(SLACK.toSeconds(), TimeUnit.SECONDS)).isInstanceOf(AnalysisTimedOut.class)
                .hasMessageContaining("interrupted");
    }

    @Test
    void deadlineThatDoesNotRunOutChangesNoAnalysis() throws IOException {
        List<RawArticle> articles = articles(Path.of("../eval/articles"));
        assertThat(articles).hasSizeGreaterThanOrEqualTo(5);

        for (RawArticle article : articles) {
            AnalysedArticle unlimited = SharedEngine.ENGINE.analyse(article);
            AnalysedArticle limited = SharedEngine.ENGINE.analyse(article, Deadline.after(Duration.ofMinutes(5)));

            assertThat(limited).as(article.id()).usingRecursiveComparison().ignoringFields("analysedAt")
                    .isEqualTo(unlimited);
        }
    }

    @Test
    void deadlineOverStopsACheckAtOnceAndATickWithinTicksPerCheck() {
        assertThatThrownBy(Deadline.after(Duration.ZERO)::check).isInstanceOf(AnalysisTimedOut.class);
        Deadline ticked = Deadline.after(Duration.ZERO);
        for (int i = 1; i < Deadline.TICKS_PER_CHECK; i++) {
            ticked.tick();
        }
        assertThatThrownBy(ticked::tick).isInstanceOf(AnalysisTimedOut.class);
        for (int i = 0; i < 10 * Deadline.TICKS_PER_CHECK; i++) {
            Deadline.NONE.tick();
        }
    }

    @Test
    void noDeadlineIgnoresTheInterruptFlag() {
        RawArticle article = article("GENEVA (Reuters) - Russia condemned China on Monday.");
        Thread.currentThread().interrupt();
        try {
            assertThat(SharedEngine.ENGINE.analyse(article, Deadline.NONE).events()).isNotEmpty();
        } finally {
            Thread.interrupted();
        }
    }

    private static RawArticle article(String body) {
        return ArticleFiles.article("Pathological", null, body, null, "test", null, "text/plain");
    }

    private static List<RawArticle> articles(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.sorted().map(file -> {
                try {
                    return ArticleFiles.read(file);
                } catch (IOException e) {
                    throw new IllegalStateException(file.toString(), e);
                }
            }).toList();
        }
    }
}
