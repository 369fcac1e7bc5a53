package io.newsflow.extract.service;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import jakarta.inject.Singleton;

import io.newsflow.contract.AnalysedArticle;
import io.newsflow.contract.RawArticle;
import io.newsflow.extract.engine.Deadline;
import io.newsflow.extract.engine.ExtractionEngine;
import io.newsflow.extract.engine.NewsflowEngine;
import io.quarkus.runtime.Startup;

/**
 * The real engine, instrumented for tests. It replaces the service's engine (a default bean) in every
 * {@code @QuarkusTest} of this module. It counts the articles that reach it, for tests that must show
 * the engine did not run one; and it never returns from an article whose headline starts with
 * {@link #HANGS}, ignoring its deadline and interrupts, until {@link #releaseHanging()}: a runaway
 * analysis. Other articles get the real engine with the deadline the service gives.
 */
@Singleton
@Startup
public class TestEngine implements ExtractionEngine {
    public static final String HANGS = "[hangs] ";

    private final ExtractionEngine engine = NewsflowEngine.load();
    private final Map<String, AtomicInteger> callsByArticle = new ConcurrentHashMap<>();
    private volatile boolean holdingHanging = true;

    @Override
    public AnalysedArticle analyse(RawArticle article) {
        return analyse(article, Deadline.NONE);
    }

    @Override
    public AnalysedArticle analyse(RawArticle article, Deadline deadline) {
        callsByArticle.computeIfAbsent(article.id(), id -> new AtomicInteger()).incrementAndGet();
        if (article.headline().startsWith(HANGS)) {
            hang();
        }
        return engine.analyse(article, deadline);
    }

    @Override
    public AnalysedArticle.Extractor extractor() {
        return engine.extractor();
    }

    /** How often this article reached the engine. */
    public int callsFor(String articleId) {
        AtomicInteger calls = callsByArticle.get(articleId);
        return calls == null ? 0 : calls.get();
    }

    /** From now on, articles that hang do until {@link #releaseHanging()}. */
    public void holdHanging() {
        holdingHanging = true;
    }

    /** Lets the hanging analyses return, so their threads end with the test. */
    public void releaseHanging() {
        holdingHanging = false;
    }

    /**
     * Waits for the release and for nothing else: an interrupt is swallowed. It parks rather than
     * spins so the machine the tests share keeps its cores; to the batch it is the same runaway.
     */
    private void hang() {
        while (holdingHanging) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
            Thread.interrupted();
        }
    }
}
