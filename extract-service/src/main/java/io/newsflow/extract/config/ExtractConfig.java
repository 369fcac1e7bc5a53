package io.newsflow.extract.config;

import java.time.Duration;
import java.util.OptionalInt;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "newsflow.extract")
public interface ExtractConfig {

    /**
     * How long the engine may spend on one article before the article goes to the dead-letter
     * topic: one pathological article must not hold up its partition.
     */
    @WithDefault("10s")
    Duration articleTimeBudget();

    /**
     * How long one batch of articles.raw may take: articles that could not finish before it (their whole
     * budget would end later) are dead-lettered unanalysed. It must stay well under the consumer's
     * max.poll.interval.ms (5 minutes by default), or the broker takes the partitions away and the batch
     * is read again, with the same slow articles.
     */
    @WithDefault("60s")
    Duration batchTimeBudget();

    /** Longer texts are not analysed but dead-lettered; ingest refuses them already, other producers may not. */
    @WithDefault("2000000")
    int maxArticleChars();

    /**
     * How long a transaction's commit, or a new transactional producer's start, may wait for the
     * broker before the batch counts as failed and is read again. The Kafka client retries within it,
     * so a shorter broker outage only delays the batch.
     */
    @WithDefault("30s")
    Duration kafkaBlockTimeout();

    /** Threads that analyse the articles of a batch in parallel; by default one per core. */
    OptionalInt analysisThreads();

    /**
     * How many analyses of the project's own stories a fresh instance runs before it reads articles.raw and reports
     * ready; 0 switches the warm-up off. Until the JIT has compiled the engine, an article costs several times its
     * steady CPU, and right after a start every JVM of the pipeline compiles at once (docs/benchmarks.md, "Warm-up
     * at start").
     */
    @WithDefault("5000")
    int warmUpAnalyses();

    /** The warm-up ends after this long even if its analyses are not done (a busy machine); 0 switches it off. */
    @WithDefault("30s")
    Duration warmUp();
}
