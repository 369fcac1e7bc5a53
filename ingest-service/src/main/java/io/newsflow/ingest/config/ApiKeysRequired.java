package io.newsflow.ingest.config;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.StartupEvent;

/** In production an ingest without keys would be open to anyone who can reach it: refuse to start. */
@ApplicationScoped
class ApiKeysRequired {

    void check(@Observes StartupEvent start, IngestConfig config) {
        check(config.requireApiKeys(), config.apiKeys());
    }

    static void check(boolean required, Optional<List<String>> apiKeys) {
        boolean noKeys = apiKeys.map(keys -> keys.stream().allMatch(String::isBlank)).orElse(true);
        if (required && noKeys) {
            throw new IllegalStateException("No API key configured: set newsflow.ingest.api-keys "
                    + "(environment variable NEWSFLOW_INGEST_API_KEYS, comma-separated) to at least one key. "
                    + "./newsflow up generates one in .newsflow/api-key.");
        }
    }
}
