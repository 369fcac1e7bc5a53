package io.newsflow.extract.service;

import java.time.Duration;
import java.util.OptionalInt;

import io.newsflow.extract.config.ExtractConfig;

/** The service's settings as a unit test gives them, without Quarkus. */
record FixedExtractConfig(Duration articleTimeBudget, Duration batchTimeBudget, int maxArticleChars,
        Duration kafkaBlockTimeout, OptionalInt analysisThreads, int warmUpAnalyses, Duration warmUp)
        implements ExtractConfig {

    /** A warm-up of this many analyses and this long, with the default budgets. */
    static FixedExtractConfig warmingUp(int analyses, Duration time) {
        return new FixedExtractConfig(Duration.ofSeconds(10), Duration.ofSeconds(60), 2_000_000, Duration.ofSeconds(30),
                OptionalInt.of(1), analyses, time);
    }
}
