package io.newsflow.contract;

/** Header names on {@link Topics#ARTICLES_RAW_DLQ} records: consumers of the DLQ rely on them. */
public final class DeadLetterHeaders {
    public static final String REASON = "dead-letter-reason";
    public static final String CAUSE = "dead-letter-cause";
    public static final String EXCEPTION = "dead-letter-exception-class-name";
    public static final String TOPIC = "dead-letter-topic";
    public static final String PARTITION = "dead-letter-partition";
    public static final String OFFSET = "dead-letter-offset";

    private DeadLetterHeaders() {
    }
}
