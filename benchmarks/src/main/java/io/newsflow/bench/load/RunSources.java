package io.newsflow.bench.load;

/**
 * The source (publisher) each article of a run names: one per {@value #ARTICLES_PER_SOURCE}
 * consecutive articles. query-service filters its article list by exact source, so one request
 * for a source lists every stored article of it: a cheap way to see many articles become queryable
 * at once (see {@link SourceListing}). Named by the story seed, as the articles' ids are, so a run
 * repeated with the same seed finds its articles under the same sources.
 */
public final class RunSources {
    /** query-service's largest page: one request sees every stored article of a source. */
    static final int ARTICLES_PER_SOURCE = 200;

    private final long seed;

    public RunSources(long seed) {
        this.seed = seed;
    }

    public String of(long articleNumber) {
        return "bench-" + seed + "-" + articleNumber / ARTICLES_PER_SOURCE;
    }
}
