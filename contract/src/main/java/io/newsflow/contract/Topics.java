package io.newsflow.contract;

/** Kafka topic names. Services map channels to these in configuration; this is the reference. */
public final class Topics {
    /** One record per uploaded article, keyed by article id. */
    public static final String ARTICLES_RAW = "articles.raw";
    /** One record per analysed article, keyed by article id. */
    public static final String NEWS_ARTICLES = "news.articles";
    /** One record per coded event, keyed by article id so an article's events stay in order. */
    public static final String NEWS_EVENTS = "news.events";
    /**
     * Compacted: one record per analysed article id (value: the extractor version, then the
     * analysis' event ids, a line each), written by extract in the same transaction as the analysis.
     * Its memory of what it analysed, so that an article uploaded twice is analysed once, and of the
     * events a re-analysis must retract. Internal to extract-service.
     */
    public static final String ARTICLES_SEEN = "articles.seen";
    /** Raw records that could not be processed, with the error in headers. */
    public static final String ARTICLES_RAW_DLQ = "articles.raw.dlq";
    /**
     * news.articles records query-service could not store for their content (not the contract, or
     * refused by the database), with the reason in headers; re-driven to news.articles.
     */
    public static final String NEWS_ARTICLES_DLQ = "news.articles.dlq";

    /**
     * The largest record every topic takes (its {@code max.message.bytes}) and every producer sends (its
     * {@code max.request.size}): an article may carry 2 MB of text, twice Kafka's 1 MB default, and its analysis
     * repeats the text with the events'.
     */
    public static final int MAX_RECORD_BYTES = 16 * 1024 * 1024;

    private Topics() {
    }
}
