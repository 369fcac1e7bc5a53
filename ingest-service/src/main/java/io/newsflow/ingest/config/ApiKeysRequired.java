package io.newsflow.ingest.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.StartupEvent;

/** In production an ingest without keys would be open to anyone who can reach it: refuse to start. */
@ApplicationScoped
class ApiKeysRequired {

    void check(@Observes StartupEvent start, IngestConfig config) {
        boolean noKeys = config.apiKeys().map(keys -> keys.stream().allMatch(String::isBlank)).orElse(true);
        if (config.requireApiKeys() && noKeys) {
            throw new IllegalStateException("No API key configured: set newsflow.ingest.api-keys "
                    + "(environment variable NEWSFLOW_INGEST_API_KEYS, comma-separated) to at least one key. "
                    + "./newsflow up generates one in .newsflow/api-key.");
        }
    }
}
