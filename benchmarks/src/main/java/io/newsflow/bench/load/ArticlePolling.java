package io.newsflow.bench.load;

import java.net.http.HttpResponse;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Asks query-service for each pending article by id, the oldest first, with a bounded number of
 * requests in flight; the first 200 ends an article's latency. Every pending article costs a request
 * per round until it is there, most of them 404s.
 */
final class ArticlePolling implements QueryableCheck {
    private static final int MAX_IN_FLIGHT = 32;

    private final QueryRequests query;
    private final PendingArticles pending;
    /** Ids whose GET is under way, so one article is not asked for twice at once. */
    private final Set<String> polling = ConcurrentHashMap.newKeySet();

    ArticlePolling(QueryRequests query, PendingArticles pending) {
        this.query = query;
        this.pending = pending;
    }

    @Override
    public void poll() {
        pending.oldest(MAX_IN_FLIGHT).stream()
                .filter(article -> polling.size() < MAX_IN_FLIGHT && polling.add(article.id()))
                .forEach(article -> query.get("/api/articles/" + article.id(), HttpResponse.BodyHandlers.discarding())
                        .whenComplete((response, failure) -> {
                            // A failure (query-service busy or restarting) is asked again next round.
                            if (failure == null && response.statusCode() == 200) {
                                pending.queryable(article.id(), System.nanoTime());
                            }
                            polling.remove(article.id());
                        }));
    }
}
