package io.newsflow.extract.messaging;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.newsflow.extract.config.SeenConfig;

/**
 * Which articles this instance's partitions already analysed, and with which extractor version, in
 * memory bounded whatever the history.
 * <p>
 * The source of truth is the compacted {@code articles.seen} topic, written in the analysis'
 * transaction on the partition of the raw record; a partition's entries are read when the partition
 * is assigned, so a restarted or new instance knows what its predecessors committed. What stays in
 * memory per partition ({@link SeenPartition}):
 * <ul>
 * <li>the latest version of the most recent {@code recentPerPartition} ids (default 20,000), exactly
 * ({@link RecentArticles}): re-uploads and replays are recent, so they are answered here;</li>
 * <li>every (id, version) pair ever committed in a Bloom filter ({@link ArticleBloomFilter}) at a
 * false-positive rate of 10⁻⁴ per layer, within {@code maxFilterBytesPerPartition} (default 32 MiB,
 * fourteen million ids at that rate; past it the rate rises).</li>
 * </ul>
 * The rule: "not in the filter" means not analysed, certainly. "Maybe" never means analysed on its
 * own, since a false positive would silently drop a new article: a "maybe" the recent ids cannot
 * settle is settled by reading the partition's articles.seen to its last committed record, once per
 * batch for all of that batch's such ids ({@link #alreadyAnalysed}). A false positive thus costs one
 * read of a partition (seconds at millions of ids), at the rate above, or an old duplicate the same;
 * nothing is lost and nothing is analysed twice.
 * <p>
 * Retractions: when an article is analysed again by another version, the events of its previous
 * analysis that the new one no longer contains are retracted on news.events in the same
 * transaction, so those events' ids must be found. They are in the topic, not in memory: each
 * seen-record's value carries the analysis' event ids beside its version ({@link SeenValue}), and
 * {@link #earlierAnalyses} reads the partition for the ids whose earlier analysis is certain (the
 * recent ids hold another version) or possible (the filter's "maybe" for one of the few versions the
 * partition has seen), once per batch for all of them. Memory stays as bounded as before; a
 * re-analysis (a dictionary change, then a re-upload, replay or re-drive) costs one read of its
 * partition, and a new article one only on a false positive (10⁻⁴ per other version the partition
 * has seen). The price is on the topic: a value grows from the version (about 20 bytes) by 33 bytes
 * an event, and a partition's load reads it all. Why not keep the ids in memory: about 20 ids of 32
 * characters an article for 20,000 recent ids are some 29 MB a partition as strings, and an older
 * article would still need the topic. Why not the previous analysis on news.articles: its partition
 * is not the raw record's, and finding one key there reads a partition of whole analyses.
 */
@ApplicationScoped
public class SeenArticles {
    private static final Logger LOG = Logger.getLogger(SeenArticles.class);

    private final SeenTopicReader topic;
    private final SeenFilter.Sizing filters;
    private final int recentPerPartition;
    private final Map<Integer, SeenPartition> partitions = new ConcurrentHashMap<>();
    private final AtomicLong exactReads = new AtomicLong();
    private final AtomicLong falsePositives = new AtomicLong();
    private final AtomicLong earlierReads = new AtomicLong();

    @Inject
    SeenArticles(SeenTopicReader topic, SeenFilter.Sizing filters, SeenConfig config) {
        this(topic, filters, config.recentPerPartition());
    }

    SeenArticles(SeenTopicReader topic, SeenFilter.Sizing filters, int recentPerPartition) {
        this.topic = topic;
        this.filters = filters;
        this.recentPerPartition = recentPerPartition;
    }

    /** True when this article was analysed by this extractor version in a committed transaction. */
    public boolean analysed(int partition, String articleId, String extractorVersion) {
        return !alreadyAnalysed(List.of(new AnalysedArticleKey(partition, articleId, extractorVersion))).isEmpty();
    }

    /**
     * Those of the keys analysed in a committed transaction, by the same extractor version. The
     * filter's "maybe"s the recent ids cannot settle are settled by one read of each partition they
     * fall in. A key of a partition not assigned here counts as not analysed: its batch cannot commit.
     */
    public Set<AnalysedArticleKey> alreadyAnalysed(Collection<AnalysedArticleKey> keys) {
        Set<AnalysedArticleKey> analysed = new HashSet<>();
        Map<Integer, Set<AnalysedArticleKey>> maybe = new HashMap<>();
        for (AnalysedArticleKey key : keys) {
            SeenPartition partition = partitions.get(key.partition());
            SeenPartition.Answer answer = partition == null ? SeenPartition.Answer.NOT_ANALYSED
                    : partition.lookup(key.articleId(), key.extractorVersion());
            switch (answer) {
                case ANALYSED -> analysed.add(key);
                case MAYBE -> maybe.computeIfAbsent(key.partition(), p -> new HashSet<>()).add(key);
                case NOT_ANALYSED -> {
                }
            }
        }
        if (!maybe.isEmpty()) {
            analysed.addAll(confirmInTopic(maybe));
        }
        return analysed;
    }

    /**
     * The previous analysis of each key's article by another extractor version, read from
     * articles.seen: what a re-analysis retracts. Keys whose article no other version analysed in a
     * committed transaction are absent. One read per partition holding a candidate, none when the
     * memory rules every key out (the common case: a new article).
     */
    Map<AnalysedArticleKey, SeenValue> earlierAnalyses(Collection<AnalysedArticleKey> keys) {
        Map<Integer, Map<String, AnalysedArticleKey>> candidates = new HashMap<>();
        for (AnalysedArticleKey key : keys) {
            SeenPartition partition = partitions.get(key.partition());
            if (partition != null && partition.mayHaveOtherAnalysis(key.articleId(), key.extractorVersion())) {
                candidates.computeIfAbsent(key.partition(), p -> new HashMap<>()).put(key.articleId(), key);
            }
        }
        if (candidates.isEmpty()) {
            return Map.of();
        }
        earlierReads.addAndGet(candidates.size());
        Map<AnalysedArticleKey, String> latestValues = new HashMap<>();
        topic.readFromStart(candidates.keySet(), (partition, articleId, seenValue) -> {
            AnalysedArticleKey key = candidates.get(partition).get(articleId);
            if (key != null) {
                latestValues.put(key, seenValue);
            }
        });
        Map<AnalysedArticleKey, SeenValue> earlier = new HashMap<>();
        latestValues.forEach((key, value) -> {
            SeenValue seen = SeenValue.parse(value);
            if (!seen.extractorVersion().equals(key.extractorVersion())) {
                earlier.put(key, seen);
            }
        });
        return earlier;
    }

    /** Called once a batch's transaction committed. */
    public void remember(int partition, String articleId, String extractorVersion) {
        SeenPartition seen = partitions.get(partition);
        // A partition revoked meanwhile is read again, this record with it, when it comes back.
        if (seen != null) {
            seen.add(articleId, extractorVersion);
        }
    }

    /**
     * Builds the partitions' state from articles.seen and only then makes it visible, so a lookup
     * never sees a partition half read.
     */
    void load(Collection<Integer> assigned) {
        Map<Integer, SeenPartition> loaded = new HashMap<>();
        topic.readFromStart(assigned, new SeenTopicReader.Records() {
            @Override
            public void partitionSize(int partition, long records) {
                loaded.put(partition, new SeenPartition(filters.forIds(records), new RecentArticles(recentPerPartition)));
            }

            @Override
            public void record(int partition, String articleId, String seenValue) {
                loaded.get(partition).add(articleId, SeenValue.versionOf(seenValue));
            }
        });
        partitions.putAll(loaded);
        LOG.infof("Loaded the analysed articles of partitions %s (%d bytes of Bloom filter)", assigned,
                loaded.values().stream().mapToLong(partition -> partition.filter().bytes()).sum());
    }

    void forget(Collection<Integer> revoked) {
        revoked.forEach(partitions::remove);
    }

    /** Partitions of articles.seen read to settle a Bloom filter's "maybe". */
    long exactReads() {
        return exactReads.get();
    }

    /** "Maybe"s the topic did not confirm (not analysed by that version): the filter's false positives. */
    long falsePositives() {
        return falsePositives.get();
    }

    /** Partitions of articles.seen read for the event ids of an earlier analysis, to retract what a re-analysis dropped. */
    long earlierReads() {
        return earlierReads.get();
    }

    /** The state of an assigned partition, or null. */
    SeenPartition partition(int partition) {
        return partitions.get(partition);
    }

    private Set<AnalysedArticleKey> confirmInTopic(Map<Integer, Set<AnalysedArticleKey>> maybe) {
        Map<Integer, Map<String, String>> latestVersions = new HashMap<>();
        maybe.forEach((partition, keys) -> {
            Map<String, String> wanted = new HashMap<>();
            keys.forEach(key -> wanted.put(key.articleId(), null));
            latestVersions.put(partition, wanted);
        });
        exactReads.addAndGet(maybe.size());
        topic.readFromStart(maybe.keySet(), (partition, articleId, seenValue) -> {
            Map<String, String> wanted = latestVersions.get(partition);
            if (wanted.containsKey(articleId)) {
                wanted.put(articleId, SeenValue.versionOf(seenValue));
            }
        });
        Set<AnalysedArticleKey> analysed = new HashSet<>();
        maybe.forEach((partition, keys) -> {
            SeenPartition seen = partitions.get(partition);
            for (AnalysedArticleKey key : keys) {
                String latest = latestVersions.get(partition).get(key.articleId());
                if (key.extractorVersion().equals(latest)) {
                    analysed.add(key);
                } else {
                    falsePositives.incrementAndGet();
                }
                if (latest != null && seen != null) {
                    seen.confirmed(key.articleId(), latest);
                }
            }
        });
        return analysed;
    }
}
