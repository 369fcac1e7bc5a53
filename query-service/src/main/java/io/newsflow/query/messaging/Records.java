package io.newsflow.query.messaging;

import io.newsflow.contract.AnalysedArticle;
import io.newsflow.contract.NewsEvent;

/** The fields the store needs; JSON that parses but lacks them is rejected like malformed JSON. */
final class Records {
    private static final String ARTICLE_ID = "[0-9a-f]{32}";

    private Records() {
    }

    static void requireComplete(Object record) {
        if (record instanceof AnalysedArticle article) {
            require(article.articleId() != null && article.articleId().matches(ARTICLE_ID), "articleId");
            require(article.headline() != null, "headline");
            require(article.extractor() != null && article.extractor().version() != null, "extractor");
            require(article.entities() != null && article.quotes() != null && article.events() != null,
                    "entities, quotes and events");
            article.entities().forEach(entity -> require(entity.id() != null && entity.name() != null
                    && entity.kind() != null, "entity id, name and kind"));
            article.quotes().forEach(quote -> require(quote.text() != null, "quote text"));
            article.events().forEach(Records::requireComplete);
        } else if (record instanceof NewsEvent event) {
            require(event.eventId() != null && event.articleId() != null && event.articleId().matches(ARTICLE_ID),
                    "eventId and articleId");
            require(event.cameo() != null && event.cameo().code() != null && event.cameo().root() != null, "cameo");
            require(event.source() != null && event.source().name() != null && event.source().kind() != null,
                    "source");
            require(event.target() == null || event.target().name() != null && event.target().kind() != null,
                    "target");
            require(event.sentence() != null, "sentence");
        }
    }

    private static void require(boolean condition, String what) {
        if (!condition) {
            throw new IllegalArgumentException("missing or malformed " + what);
        }
    }
}
