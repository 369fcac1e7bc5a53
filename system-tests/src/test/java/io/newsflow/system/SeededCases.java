package io.newsflow.system;

import java.util.Random;

/**
 * Runs a fixed number of generated cases, each from its own {@link Random} derived from one seed and
 * the case's number, so a failure reproduces: its message names the seed and the case, and
 * {@code -Dnewsflow.fuzz.seed=S} runs the same inputs again ({@code -Dnewsflow.fuzz.case=N} that case alone).
 * Without a seed each run draws a new one, so runs together try more inputs than one run does.
 */
final class SeededCases {
    static final String SEED_PROPERTY = "newsflow.fuzz.seed";
    static final String CASE_PROPERTY = "newsflow.fuzz.case";

    private final long seed;
    private final Integer onlyCase;

    SeededCases(long seed, Integer onlyCase) {
        this.seed = seed;
        this.onlyCase = onlyCase;
    }

    /** The seed and single case given as system properties, or a fresh seed for every case. */
    static SeededCases fromSystemProperties() {
        String seed = System.getProperty(SEED_PROPERTY);
        String onlyCase = System.getProperty(CASE_PROPERTY);
        return new SeededCases(seed == null || seed.isBlank() ? new Random().nextLong() : Long.parseLong(seed.strip()),
                onlyCase == null || onlyCase.isBlank() ? null : Integer.valueOf(onlyCase.strip()));
    }

    long seed() {
        return seed;
    }

    /** One generated case: its number and the random source it must draw every input from. */
    interface Case {
        void run(int number, Random random) throws Exception;
    }

    /** Runs cases 0 to {@code count - 1}; stops at the first failure and says how to repeat it. */
    void run(int count, Case body) throws Exception {
        for (int number = 0; number < count; number++) {
            if (onlyCase != null && onlyCase != number) {
                continue;
            }
            try {
                body.run(number, random(number));
            } catch (Exception | AssertionError failure) {
                throw new AssertionError("Case %d of seed %d failed; repeat it with -D%s=%d -D%s=%d: %s".formatted(
                        number, seed, SEED_PROPERTY, seed, CASE_PROPERTY, number, failure.getMessage()), failure);
            }
        }
    }

    /** The case's own source: the same seed and number give the same inputs whatever ran before. */
    Random random(int number) {
        return new Random(seed * 0x9E3779B97F4A7C15L + number);
    }
}
