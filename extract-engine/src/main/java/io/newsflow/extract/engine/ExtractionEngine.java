package io.newsflow.extract.engine;

import io.newsflow.contract.AnalysedArticle;
import io.newsflow.contract.RawArticle;

/**
 * Turns one raw article into its analysis. Implementations are thread-safe and hold no Quarkus or
 * Kafka types, so the same engine runs in the service, in JMH and on the command line.
 */
public interface ExtractionEngine {

    /** Analyses one article; the events are in {@link AnalysedArticle#events()}. */
    AnalysedArticle analyse(RawArticle article);

    /**
     * Analyses one article, or throws {@link AnalysisTimedOut} once the deadline is over or the thread is
     * interrupted. An engine that cannot look at a deadline ignores it: its caller's budget must hold without.
     */
    default AnalysedArticle analyse(RawArticle article, Deadline deadline) {
        return analyse(article);
    }

    /** The name and version written into every analysis, so re-analysis can be recognised downstream. */
    AnalysedArticle.Extractor extractor();
}
