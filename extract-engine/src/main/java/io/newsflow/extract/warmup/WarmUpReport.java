package io.newsflow.extract.warmup;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a warm-up did: its analyses, how long it took, and how long each full round over the stories took, so the
 * first and last rounds show how much faster the engine became.
 */
public record WarmUpReport(int analyses, int storiesPerRound, Duration took, List<Duration> rounds) {

    public WarmUpReport {
        rounds = List.copyOf(rounds);
    }

    /** No warm-up at all: it was switched off. */
    public static WarmUpReport none() {
        return new WarmUpReport(0, 0, Duration.ZERO, List.of());
    }

    /** The time per story of the first full round: the engine as it started. */
    public Optional<Duration> firstRoundPerStory() {
        return rounds.isEmpty() ? Optional.empty() : Optional.of(rounds.get(0).dividedBy(storiesPerRound));
    }

    /** The time per story of the last full round: the engine as it starts its work. */
    public Optional<Duration> lastRoundPerStory() {
        return rounds.isEmpty() ? Optional.empty()
                : Optional.of(rounds.get(rounds.size() - 1).dividedBy(storiesPerRound));
    }

    /** One line for the log. */
    public String summary() {
        String speed = rounds.isEmpty() ? "no full round"
                : String.format(Locale.ROOT,
                        "%d full rounds of %d stories, %.1f ms a story in the first, %.1f ms in the last",
                        rounds.size(), storiesPerRound, millis(firstRoundPerStory().orElseThrow()),
                        millis(lastRoundPerStory().orElseThrow()));
        return String.format(Locale.ROOT, "%d analyses in %d ms (%s)", analyses, took.toMillis(), speed);
    }

    private static double millis(Duration duration) {
        return duration.toNanos() / 1e6;
    }
}
