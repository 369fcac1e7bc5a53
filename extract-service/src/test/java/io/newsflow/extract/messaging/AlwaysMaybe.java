package io.newsflow.extract.messaging;

import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * A Bloom filter at its worst: "maybe" for every pair, so every lookup the recent ids cannot settle
 * is a false positive unless the topic confirms it. Enabled only by the tests that ask for it.
 */
@Alternative
@Singleton
class AlwaysMaybe implements SeenFilter {

    @Produces
    @Alternative
    @Singleton
    static SeenFilter.Sizing everyFilterSaysMaybe() {
        return expectedIds -> new AlwaysMaybe();
    }

    @Override
    public void add(String articleId, String extractorVersion) {
    }

    @Override
    public boolean mightContain(String articleId, String extractorVersion) {
        return true;
    }

    @Override
    public long bytes() {
        return 0;
    }
}
