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

    /** The name and version written into every analysis, so re-analysis can be recognised downstream. */
    AnalysedArticle.Extractor extractor();
}
