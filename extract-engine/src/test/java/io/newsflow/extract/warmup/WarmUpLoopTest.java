package io.newsflow.extract.warmup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WarmUpLoopTest {
    private static final List<String> STORIES = List.of("a", "b", "c");
    private static final Duration LONG = Duration.ofHours(1);

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void noTimeIsNoAnalysis() {
        List<String> analysed = new ArrayList<>();

        WarmUpReport report = WarmUpLoop.run(STORIES, 100, Duration.ZERO, analysed::add);

        assertThat(analysed).isEmpty();
        assertThat(report.analyses()).isZero();
        assertThat(report.rounds()).isEmpty();
        assertThat(report.summary()).startsWith("0 analyses");
    }

    @Test
    void goesRoundTheStoriesInOrderUntilInterrupted() {
        List<String> analysed = new ArrayList<>();

        WarmUpReport report = WarmUpLoop.run(STORIES, 100, LONG, story -> {
            analysed.add(story);
            if (analysed.size() == 5) {
                Thread.currentThread().interrupt(); // the service stopping
            }
        });

        assertThat(analysed).containsExactly("a", "b", "c", "a", "b");
        assertThat(report.analyses()).isEqualTo(5);
        assertThat(report.rounds()).as("full rounds only").hasSize(1);
        assertThat(report.firstRoundPerStory()).isEqualTo(report.lastRoundPerStory());
        assertThat(Thread.currentThread().isInterrupted()).as("the interrupt is left for the caller").isTrue();
    }

    @Test
    void endsOnceItsTimeIsSpent() {
        Duration time = Duration.ofMillis(50);
        long[] analyses = {0};

        WarmUpReport report = WarmUpLoop.run(STORIES, Integer.MAX_VALUE, time, story -> analyses[0]++);

        assertThat(report.took()).isBetween(time, time.plusSeconds(5));
        assertThat(report.analyses()).isEqualTo((int) analyses[0]).isPositive();
        assertThat(report.rounds()).hasSize(report.analyses() / STORIES.size());
        assertThat(report.summary()).contains(report.analyses() + " analyses", "full rounds of 3 stories");
    }

    @Test
    void endsOnceItsAnalysesAreDone() {
        List<String> analysed = new ArrayList<>();

        WarmUpReport report = WarmUpLoop.run(STORIES, 7, LONG, analysed::add);

        assertThat(analysed).containsExactly("a", "b", "c", "a", "b", "c", "a");
        assertThat(report.analyses()).isEqualTo(7);
        assertThat(report.rounds()).hasSize(2);
        assertThat(WarmUpLoop.run(STORIES, 0, LONG, analysed::add).analyses()).isZero();
    }

    @Test
    void needsAStory() {
        assertThatThrownBy(() -> WarmUpLoop.run(List.of(), 100, LONG, story -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
