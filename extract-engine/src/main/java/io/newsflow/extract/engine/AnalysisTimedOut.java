package io.newsflow.extract.engine;

/**
 * An analysis stopped by its {@link Deadline}. Unchecked, as it crosses every stage of the engine; the caller that
 * gave the deadline catches it. The interrupt flag, if it was the cause, stays set for that caller to see.
 */
public final class AnalysisTimedOut extends RuntimeException {
    private static final long serialVersionUID = 1L;

    AnalysisTimedOut(String message) {
        super(message); // the stack trace says where the engine was when the time ran out
    }
}
