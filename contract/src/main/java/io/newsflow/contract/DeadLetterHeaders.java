package io.newsflow.contract;

import java.util.Set;

/**
 * Header names on the dead-letter topics' records ({@link Topics#ARTICLES_RAW_DLQ},
 * {@link Topics#NEWS_ARTICLES_DLQ}): consumers of the DLQs rely on them.
 */
public final class DeadLetterHeaders {
    public static final String REASON = "dead-letter-reason";
    public static final String CAUSE = "dead-letter-cause";
    public static final String EXCEPTION = "dead-letter-exception-class-name";
    public static final String TOPIC = "dead-letter-topic";
    public static final String PARTITION = "dead-letter-partition";
    public static final String OFFSET = "dead-letter-offset";
    /** On a re-driven record: the dead letter it was, as {@code topic/partition/offset}. */
    public static final String REDRIVEN_FROM = "newsflow-redriven-from";

    private static final Set<String> ALL = Set.of(REASON, CAUSE, EXCEPTION, TOPIC, PARTITION, OFFSET, REDRIVEN_FROM);

    /**
     * Whether a header is one of these. A dead letter keeps the other headers of its record (its CloudEvents
     * attributes) and a re-drive restores them; these are the ones a dead letter adds and a re-drive drops.
     */
    public static boolean isDeadLetterHeader(String name) {
        return ALL.contains(name);
    }

    private DeadLetterHeaders() {
    }
}
