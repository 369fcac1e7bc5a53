package io.newsflow.bench.load;

/**
 * How the harness learns that accepted articles are queryable, asked every few milliseconds. Its
 * requests are load on query-service too, so they are counted ({@link QueryRequests}).
 */
interface QueryableCheck {
    /** Sends the next requests, without waiting for their answers. */
    void poll();

    /** The choices of {@code --check} (any case). */
    enum Kind {
        /** {@code GET /api/articles/{id}} per pending article: simple, but one request per article per round. */
        ARTICLE,
        /** {@code GET /api/articles?source=…}: one request per {@link RunSources source} with pending articles. */
        LIST,
        /**
         * Nothing asked: for ingest alone (extract and query stopped), where only uploads are measured
         * and no article will ever be queryable.
         */
        NONE;

        QueryableCheck create(QueryRequests query, PendingArticles pending, int maxListsPerSecond) {
            return switch (this) {
                case ARTICLE -> new ArticlePolling(query, pending);
                case LIST -> new SourceListing(query, pending, maxListsPerSecond);
                case NONE -> () -> { };
            };
        }

        /** Whether accepted articles are kept until seen on query-service. */
        boolean tracksArticles() {
            return this != NONE;
        }
    }
}
