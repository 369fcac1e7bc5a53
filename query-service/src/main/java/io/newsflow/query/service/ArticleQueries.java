package io.newsflow.query.service;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.newsflow.contract.AnalysedArticle;
import io.newsflow.contract.ContractJson;
import io.newsflow.contract.NewsEvent;
import io.newsflow.query.persistence.ArticleEntity;
import io.newsflow.query.persistence.EventEntity;
import io.quarkus.panache.common.Sort;

/** Reads articles and events back as the contract's records. */
@ApplicationScoped
public class ArticleQueries {

    public Optional<AnalysedArticle> article(String id) {
        return ArticleEntity.<ArticleEntity>findByIdOptional(id)
                .map(entity -> read(entity.document, AnalysedArticle.class));
    }

    public List<NewsEvent> eventsOfArticle(String articleId) {
        return EventEntity.<EventEntity>list("articleId", Sort.by("sentenceIndex").and("id"), articleId).stream()
                .map(entity -> read(entity.document, NewsEvent.class))
                .toList();
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return ContractJson.read(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored " + type.getSimpleName() + " is not readable", e);
        }
    }
}
