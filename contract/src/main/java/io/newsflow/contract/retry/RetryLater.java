package io.newsflow.contract.retry;

import java.time.Duration;

/**
 * Thrown by an attempt that did not fail but was told to come back later (an HTTP 503, say):
 * always retried by a {@link RetryPolicy}, and never sooner than {@link #notBefore()}.
 */
public class RetryLater extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Duration notBefore;

    public RetryLater(String reason) {
        this(reason, Duration.ZERO);
    }

    public RetryLater(String reason, Duration notBefore) {
        super(reason, null, false, false);
        this.notBefore = notBefore == null ? Duration.ZERO : notBefore;
    }

    /** The shortest wait the other side asked for; zero when it did not ask. */
    public Duration notBefore() {
        return notBefore;
    }
}
