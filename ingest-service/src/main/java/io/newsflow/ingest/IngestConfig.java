package io.newsflow.ingest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "newsflow.ingest")
public interface IngestConfig {

    /** Base URL of query-service, for the link to each accepted article. */
    @WithDefault("http://localhost:8083")
    String queryBaseUrl();
}
