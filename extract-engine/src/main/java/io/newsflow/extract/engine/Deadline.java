package io.newsflow.extract.engine;

import java.time.Duration;

/**
 * When one analysis must stop: the engine's loops ask it, and it throws {@link AnalysisTimedOut} once the time is
 * over or the analysing thread was interrupted. Java cannot stop a thread from outside, so a budget holds only
 * where the engine looks; this is where it looks.
 * <p>
 * {@link #check()} reads the clock every time: for loops whose each step is real work (a sentence, a quote).
 * {@link #tick()} reads it every {@value #TICKS_PER_CHECK}th call: for loops over tokens and patterns, where a
 * clock read per step would cost more than the step. A limited deadline counts ticks, so it belongs to the one
 * thread that runs its analysis; {@link #NONE} keeps no state and is shared.
 */
public final class Deadline {
    /** No limit: the engine runs to the end, whatever the clock or the interrupt flag say. */
    public static final Deadline NONE = new Deadline(null, 0);

    static final int TICKS_PER_CHECK = 256;

    private final Duration budget;
    private final long endNanos;
    private int ticksLeft = TICKS_PER_CHECK;

    private Deadline(Duration budget, long endNanos) {
        this.budget = budget;
        this.endNanos = endNanos;
    }

    /** A deadline this long from now. */
    public static Deadline after(Duration budget) {
        if (budget.isNegative()) {
            throw new IllegalArgumentException("A time budget cannot be negative: " + budget);
        }
        return new Deadline(budget, System.nanoTime() + budget.toNanos());
    }

    /** Throws {@link AnalysisTimedOut} if the time is over or the thread was interrupted. */
    public void check() {
        if (budget == null) {
            return;
        }
        ticksLeft = TICKS_PER_CHECK;
        if (Thread.currentThread().isInterrupted()) {
            throw new AnalysisTimedOut("The analysis was interrupted (its budget was " + budget + ")");
        }
        if (System.nanoTime() - endNanos >= 0) {
            throw new AnalysisTimedOut("The analysis exceeded its time budget of " + budget);
        }
    }

    /** One step of an inner loop: a {@link #check()} every {@value #TICKS_PER_CHECK} steps. */
    public void tick() {
        if (budget != null && --ticksLeft <= 0) {
            check();
        }
    }
}
