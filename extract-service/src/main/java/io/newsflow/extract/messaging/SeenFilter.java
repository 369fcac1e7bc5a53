package io.newsflow.extract.messaging;

/**
 * A set of (article id, extractor version) pairs that may answer "maybe" for a pair it never held,
 * never "no" for one it did. Its "maybe" must be confirmed before an article is skipped.
 */
interface SeenFilter {

    void add(String articleId, String extractorVersion);

    /** False only when the pair was never added. */
    boolean mightContain(String articleId, String extractorVersion);

    /** The memory the filter's bits take, what its bound is about. */
    long bytes();

    /** Makes the filter of one partition, given how many ids the partition may already hold. */
    @FunctionalInterface
    interface Sizing {
        SeenFilter forIds(long expectedIds);
    }
}
