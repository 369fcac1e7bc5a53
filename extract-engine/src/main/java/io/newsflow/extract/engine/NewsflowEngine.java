package io.newsflow.extract.engine;

import java.time.Instant;
import java.util.List;

import io.newsflow.contract.AnalysedArticle;
import io.newsflow.contract.RawArticle;

/** Walking-skeleton engine: carries the article through; the real analysis replaces it. */
public final class NewsflowEngine implements ExtractionEngine {
    private static final AnalysedArticle.Extractor EXTRACTOR = new AnalysedArticle.Extractor("newsflow-engine", "0.0.1");

    private NewsflowEngine() {
    }

    /** Loads models and dictionaries once; the returned engine is shared by all threads. */
    public static NewsflowEngine load() {
        return new NewsflowEngine();
    }

    @Override
    public AnalysedArticle analyse(RawArticle article) {
        return new AnalysedArticle(AnalysedArticle.SCHEMA_VERSION, article.id(), article.headline(), article.subtitle(),
                null, article.publishedAt(), article.language(), article.source(), article.url(), article.text(),
                List.of(), List.of(), List.of(), null, EXTRACTOR, Instant.now());
    }

    @Override
    public AnalysedArticle.Extractor extractor() {
        return EXTRACTOR;
    }
}
