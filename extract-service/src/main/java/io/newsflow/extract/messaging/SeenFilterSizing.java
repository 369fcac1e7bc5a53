package io.newsflow.extract.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.newsflow.extract.config.SeenConfig;
import io.quarkus.arc.DefaultBean;

/** How each partition's Bloom filter is made: from the configured rate and bound, unless a test says otherwise. */
@ApplicationScoped
class SeenFilterSizing {

    @Produces
    @DefaultBean
    @Singleton
    SeenFilter.Sizing bloomFilters(SeenConfig config) {
        return ArticleBloomFilter.sizing(config.falsePositiveRate(), config.maxFilterBytesPerPartition());
    }
}
