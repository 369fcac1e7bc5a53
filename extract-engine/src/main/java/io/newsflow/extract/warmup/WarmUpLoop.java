package io.newsflow.extract.warmup;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs an analysis step over a few stories, round after round, until a number of analyses is done or a time is spent,
 * whichever comes first. A fresh JVM runs the engine interpreted, then through its first compiler; only code that ran
 * often enough is compiled to its fastest form, and this is where it runs that often. The count is what the compiler
 * goes by; the time bounds it on a machine too busy to get there soon. Both are checked before each story, so the loop
 * ends at most one story late; an interrupt ends it too (the service is stopping), and leaves the thread's flag set.
 */
public final class WarmUpLoop {
    private WarmUpLoop() {
    }

    /** {@code stories} in whatever form {@code analysis} takes them (an article, the JSON of its record). */
    public static <T> WarmUpReport run(List<T> stories, int analyses, Duration time, Consumer<T> analysis) {
        if (stories.isEmpty()) {
            throw new IllegalArgumentException("A warm-up needs at least one story");
        }
        long start = System.nanoTime();
        long end = start + time.toNanos();
        List<Duration> rounds = new ArrayList<>();
        int done = 0;
        while (true) {
            long roundStart = System.nanoTime();
            for (T story : stories) {
                if (done >= analyses || System.nanoTime() - end >= 0 || Thread.currentThread().isInterrupted()) {
                    return new WarmUpReport(done, stories.size(), Duration.ofNanos(System.nanoTime() - start), rounds);
                }
                analysis.accept(story);
                done++;
            }
            rounds.add(Duration.ofNanos(System.nanoTime() - roundStart));
        }
    }
}
