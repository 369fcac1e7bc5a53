package io.newsflow.extract.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.extract.service.BatchAnalyser;

/**
 * Raw articles this instance committed, by outcome ({@code newsflow_extract_articles_total} on
 * /q/metrics), which shows what each instance of a scaled-out group does, failed transactions, and
 * what the seen-articles check's Bloom filter costs: reads of articles.seen to settle a "maybe", and
 * those that were false positives; and analyses given up on for their budget whose threads the engine
 * still holds ({@code newsflow_extract_analyses_overrunning}: above zero for long, an engine that does
 * not stop).
 */
@ApplicationScoped
class ExtractMetrics {
    private final Counter analysed;
    private final Counter deadLettered;
    private final Counter duplicates;
    private final Counter failedTransactions;

    ExtractMetrics(MeterRegistry registry, SeenArticles seenArticles, BatchAnalyser batchAnalyser) {
        Gauge.builder("newsflow.extract.analyses.overrunning", batchAnalyser, BatchAnalyser::overrunning)
                .description("Analyses over their time budget whose threads the engine still holds").strongReference(true)
                .register(registry);
        FunctionCounter.builder("newsflow.extract.seen.exact.reads", seenArticles, SeenArticles::exactReads)
                .description("Partitions of articles.seen read to settle a Bloom filter's maybe").register(registry);
        FunctionCounter.builder("newsflow.extract.seen.false.positives", seenArticles, SeenArticles::falsePositives)
                .description("Bloom filter maybes the topic did not confirm").register(registry);
        FunctionCounter.builder("newsflow.extract.seen.earlier.reads", seenArticles, SeenArticles::earlierReads)
                .description("Partitions of articles.seen read for the events a re-analysis may retract").register(registry);
        analysed = registry.counter("newsflow.extract.articles", "outcome", "analysed");
        deadLettered = registry.counter("newsflow.extract.articles", "outcome", "dead-lettered");
        duplicates = registry.counter("newsflow.extract.articles", "outcome", "duplicate");
        failedTransactions = registry.counter("newsflow.extract.failed.transactions");
    }

    /** A batch that did not commit and will be read again ({@code newsflow_extract_failed_transactions_total}). */
    void transactionFailed() {
        failedTransactions.increment();
    }

    void committed(int analysedArticles, int deadLetters, int duplicateArticles) {
        analysed.increment(analysedArticles);
        deadLettered.increment(deadLetters);
        duplicates.increment(duplicateArticles);
    }
}
