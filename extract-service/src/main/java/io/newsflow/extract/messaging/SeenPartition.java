package io.newsflow.extract.messaging;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one partition of articles.seen holds, in bounded memory: the recent ids exactly, every id
 * ever in a Bloom filter. It answers "analysed", "not analysed" or "maybe"; only the topic can
 * settle a "maybe".
 */
final class SeenPartition {
    enum Answer {
        ANALYSED, NOT_ANALYSED, MAYBE
    }

    private final SeenFilter everAnalysed;
    private final RecentArticles recent;
    /**
     * Every extractor version the partition's records carry: a handful (one per dictionary or engine
     * change), so an id can be asked of the filter once per version.
     */
    private final Set<String> versions = ConcurrentHashMap.newKeySet();

    SeenPartition(SeenFilter everAnalysed, RecentArticles recent) {
        this.everAnalysed = everAnalysed;
        this.recent = recent;
    }

    /** A committed seen-record, in the partition's order. */
    void add(String articleId, String extractorVersion) {
        everAnalysed.add(articleId, extractorVersion);
        recent.put(articleId, extractorVersion);
        versions.add(extractorVersion);
    }

    Answer lookup(String articleId, String extractorVersion) {
        String latest = recent.versionOf(articleId);
        if (latest != null) {
            return latest.equals(extractorVersion) ? Answer.ANALYSED : Answer.NOT_ANALYSED;
        }
        return everAnalysed.mightContain(articleId, extractorVersion) ? Answer.MAYBE : Answer.NOT_ANALYSED;
    }

    /**
     * Whether a version other than {@code extractorVersion} may have analysed the article: certain
     * when the recent ids hold it, else a "maybe" of the filter for any other version seen here.
     * False means certainly not; true must be settled by the topic.
     */
    boolean mayHaveOtherAnalysis(String articleId, String extractorVersion) {
        String latest = recent.versionOf(articleId);
        if (latest != null) {
            return !latest.equals(extractorVersion);
        }
        for (String version : versions) {
            if (!version.equals(extractorVersion) && everAnalysed.mightContain(articleId, version)) {
                return true;
            }
        }
        return false;
    }

    /** The latest version of an id read from the topic: kept as recent, a second copy is likely. */
    void confirmed(String articleId, String latestVersion) {
        recent.put(articleId, latestVersion);
    }

    SeenFilter filter() {
        return everAnalysed;
    }

    RecentArticles recent() {
        return recent;
    }
}
