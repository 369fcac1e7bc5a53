package io.newsflow.extract.service;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Singleton;

import io.newsflow.contract.AnalysedArticle;
import io.newsflow.contract.RawArticle;
import io.newsflow.extract.engine.ExtractionEngine;
import io.newsflow.extract.engine.NewsflowEngine;
import io.quarkus.runtime.Startup;

/**
 * The real engine, counting the articles that reach it. It replaces the service's engine (a default
 * bean) in every {@code @QuarkusTest} of this module; tests that must show the engine did not run an
 * article ask it.
 */
@Singleton
@Startup
public class CountingEngine implements ExtractionEngine {
    private final ExtractionEngine engine = NewsflowEngine.load();
    private final Map<String, AtomicInteger> callsByArticle = new ConcurrentHashMap<>();

    @Override
    public AnalysedArticle analyse(RawArticle article) {
        callsByArticle.computeIfAbsent(article.id(), id -> new AtomicInteger()).incrementAndGet();
        return engine.analyse(article);
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
}
