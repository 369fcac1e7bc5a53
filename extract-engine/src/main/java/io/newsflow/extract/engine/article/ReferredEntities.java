package io.newsflow.extract.engine.article;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.newsflow.contract.AnalysedArticle;
import io.newsflow.contract.NewsEvent;

/** The ids of the entities a story's quotes speak through or its events act through: those stay its entities. */
final class ReferredEntities {
    private ReferredEntities() {
    }

    static Set<String> ids(List<AnalysedArticle.Quote> quotes, List<NewsEvent> events) {
        Set<String> referred = new HashSet<>();
        quotes.forEach(q -> {
            if (q.speaker() != null) {
                referred.add(q.speaker().entityId());
            }
        });
        for (NewsEvent e : events) {
            referred.add(e.source() == null ? null : e.source().entityId());
            referred.add(e.target() == null ? null : e.target().entityId());
        }
        return referred;
    }
}
