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
            public void record(int partition, String articleId, String extractorVersion) {
                loaded.get(partition).add(articleId, extractorVersion);
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
        topic.readFromStart(maybe.keySet(), (partition, articleId, extractorVersion) -> {
            Map<String, String> wanted = latestVersions.get(partition);
            if (wanted.containsKey(articleId)) {
                wanted.put(articleId, extractorVersion);
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
