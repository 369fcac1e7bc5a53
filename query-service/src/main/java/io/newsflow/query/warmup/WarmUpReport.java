package io.newsflow.query.warmup;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * What a warm-up did: its analyses, when it ended and how long it took, and each round's write and read times, so
 * the first and last rounds show how much faster the paths became.
 */
public record WarmUpReport(int analyses, Instant ended, Duration took, List<WarmUpRound.Done> rounds) {

    public WarmUpReport {
        rounds = List.copyOf(rounds);
    }

    /** No warm-up, or none that counts: it was switched off, or it failed. */
    public static WarmUpReport none() {
        return new WarmUpReport(0, Instant.now(), Duration.ZERO, List.of());
    }

    /** One line for the log. */
    public String summary() {
        String speed = rounds.isEmpty() ? "no round" : String.format(Locale.ROOT,
                "%d rounds; writes %.2f ms an analysis in the first (%.2f ms of this service's CPU), %.2f ms (%.2f)"
                        + " in the last; reads %.1f ms a round in the first, %.1f ms in the last",
                rounds.size(), perAnalysis(rounds.get(0), rounds.get(0).writeNanos()),
                perAnalysis(rounds.get(0), rounds.get(0).writeCpuNanos()), perAnalysis(last(), last().writeNanos()),
                perAnalysis(last(), last().writeCpuNanos()), rounds.get(0).readNanos() / 1e6,
                last().readNanos() / 1e6);
        return String.format(Locale.ROOT, "%d analyses stored and rolled back in %d ms (%s)", analyses,
                took.toMillis(), speed);
    }

    private WarmUpRound.Done last() {
        return rounds.get(rounds.size() - 1);
    }

    private static double perAnalysis(WarmUpRound.Done round, long nanos) {
        return round.analyses() == 0 ? 0 : nanos / 1e6 / round.analyses();
    }
}
