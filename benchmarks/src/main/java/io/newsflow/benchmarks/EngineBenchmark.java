package io.newsflow.benchmarks;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

import io.newsflow.contract.AnalysedArticle;
import io.newsflow.contract.RawArticle;
import io.newsflow.extract.engine.Deadline;
import io.newsflow.extract.engine.NewsflowEngine;

/**
 * Articles analysed per second on one thread, one article per operation, cycling through all test articles; without
 * a deadline and with one.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class EngineBenchmark {
    private static final Duration BUDGET = Duration.ofMinutes(1);

    private NewsflowEngine engine;
    private List<RawArticle> articles;
    private int next;

    @Setup
    public void setUp() {
        engine = NewsflowEngine.load();
        articles = BenchmarkArticles.load();
    }

    @Benchmark
    public AnalysedArticle analyse() {
        return engine.analyse(nextArticle());
    }

    /** As the service runs it: with a deadline (that never runs out here), so the cost of looking at it shows. */
    @Benchmark
    public AnalysedArticle analyseWithDeadline() {
        return engine.analyse(nextArticle(), Deadline.after(BUDGET));
    }

    private RawArticle nextArticle() {
        RawArticle article = articles.get(next);
        next = (next + 1) % articles.size();
        return article;
    }
}
