package io.newsflow.extract.messaging;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The extractor version of the most recently analysed articles of one partition, at most
 * {@code capacity} of them, the least recently used dropped first. Exact for the ids it holds: every
 * committed seen-record of the partition passes through {@link #put} in commit order, so what it
 * holds for an id is that id's latest version. A duplicate is overwhelmingly recent (a client
 * retrying after a lost ack, a replay of the last batches), so this answers most of them without
 * the Bloom filter or a read of the topic.
 */
final class RecentArticles {
    private final int capacity;
    private final Map<String, String> versionById;

    RecentArticles(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("A negative capacity: " + capacity);
        }
        this.capacity = capacity;
        this.versionById = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > RecentArticles.this.capacity;
            }
        };
    }

    synchronized void put(String articleId, String extractorVersion) {
        versionById.put(articleId, extractorVersion);
    }

    /** The latest version that analysed the article, or null when this cache does not hold it. */
    synchronized String versionOf(String articleId) {
        return versionById.get(articleId);
    }

    synchronized int size() {
        return versionById.size();
    }

    int capacity() {
        return capacity;
    }
}
