package io.newsflow.query.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What the web page served at {@code /} needs to know about the rest of the pipeline. */
@ConfigMapping(prefix = "newsflow.web")
public interface WebConfig {

    /**
     * ingest-service as the user's browser reaches it: the upload panel posts files there. ingest
     * must allow this service's origin (its {@code quarkus.http.cors.origins}).
     */
    @WithDefault("http://localhost:8081")
    String ingestUrl();
}
