package io.newsflow.extract.engine;

import io.newsflow.contract.AnalysedArticle;
import io.newsflow.extract.cli.ArticleFiles;

/** One engine for all tests: loading it is the expensive part, and it is thread-safe and stateless. */
public final class SharedEngine {
    public static final NewsflowEngine ENGINE = NewsflowEngine.load();

    private SharedEngine() {
    }

    public static AnalysedArticle analyse(String headline, String body) {
        return ENGINE.analyse(ArticleFiles.article(headline, null, body, null, "test", null, "text/plain"));
    }
}
