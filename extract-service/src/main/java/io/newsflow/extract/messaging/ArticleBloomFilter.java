package io.newsflow.extract.messaging;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.google.common.hash.BloomFilter;
import com.google.common.hash.Funnel;
import com.google.common.hash.PrimitiveSink;

/**
 * A Bloom filter (Guava's) of (article id, extractor version) pairs whose memory is bounded whatever
 * the history.
 * <p>
 * The rule: the first layer is sized for the ids the partition may hold when it is assigned, with a
 * quarter more for what comes after, at the false-positive rate {@code p}. When a layer holds all it
 * was sized for, a layer twice its size is added, so the rate stays at most {@code p} per layer (a
 * lookup asks every layer): one layer after an assignment, one more per doubling of the partition
 * since. Layers are only added while their bits stay within {@code maxBytes}; past it, the last layer
 * takes every further id and the rate rises with them. A false positive never drops an article: the
 * caller confirms every "maybe" ({@link SeenArticles}), so a higher rate costs exact reads, not
 * articles.
 * <p>
 * At {@code p} = 10⁻⁴ an id costs 19.2 bits (2.4 bytes): 24 MB for ten million ids, where a map of
 * the ids as strings takes about 1.5 GB.
 */
final class ArticleBloomFilter implements SeenFilter {
    /** Below this a layer saves nothing worth the bookkeeping. */
    static final long MIN_LAYER_IDS = 10_000;
    private static final double LN2_SQUARED = Math.log(2) * Math.log(2);

    private final double falsePositiveRate;
    private final long maxBytes;
    private final List<Layer> layers = new CopyOnWriteArrayList<>();
    private long bytes;

    private ArticleBloomFilter(double falsePositiveRate, long maxBytes) {
        if (!(falsePositiveRate > 0 && falsePositiveRate < 1)) {
            throw new IllegalArgumentException("A false-positive rate must be between 0 and 1, not " + falsePositiveRate);
        }
        this.falsePositiveRate = falsePositiveRate;
        this.maxBytes = maxBytes;
    }

    /** A filter for a partition that may hold {@code expectedIds} already, within {@code maxBytes}. */
    static ArticleBloomFilter forIds(long expectedIds, double falsePositiveRate, long maxBytes) {
        ArticleBloomFilter filter = new ArticleBloomFilter(falsePositiveRate, maxBytes);
        long withRoomToGrow = Math.max(MIN_LAYER_IDS, expectedIds + expectedIds / 4);
        filter.addLayer(Math.min(withRoomToGrow, filter.idsWithin(maxBytes)));
        return filter;
    }

    /** The sizing of every partition's filter for the given rate and bound. */
    static SeenFilter.Sizing sizing(double falsePositiveRate, long maxBytes) {
        return expectedIds -> forIds(expectedIds, falsePositiveRate, maxBytes);
    }

    @Override
    public synchronized void add(String articleId, String extractorVersion) {
        Layer last = layers.get(layers.size() - 1);
        if (last.ids >= last.capacity) {
            long next = Math.min(last.capacity * 2, idsWithin(maxBytes - bytes));
            if (next >= MIN_LAYER_IDS) {
                last = addLayer(next);
            }
        }
        last.filter.put(new SeenPair(articleId, extractorVersion));
        last.ids++;
    }

    @Override
    public boolean mightContain(String articleId, String extractorVersion) {
        SeenPair pair = new SeenPair(articleId, extractorVersion);
        for (Layer layer : layers) {
            if (layer.filter.mightContain(pair)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public synchronized long bytes() {
        return bytes;
    }

    int layers() {
        return layers.size();
    }

    /** What Guava estimates the rate is now: at most the sum of the layers' rates. */
    double expectedFalsePositiveRate() {
        return Math.min(1, layers.stream().mapToDouble(layer -> layer.filter.expectedFpp()).sum());
    }

    private Layer addLayer(long capacity) {
        Layer layer = new Layer(BloomFilter.create(SeenPairFunnel.INSTANCE, Math.max(1, capacity), falsePositiveRate),
                capacity);
        layers.add(layer);
        bytes += bytesFor(capacity);
        return layer;
    }

    /** Guava's optimal bit count for the ids and rate, in whole 64-bit words as it allocates them. */
    private long bytesFor(long ids) {
        long bits = (long) (-Math.max(1, ids) * Math.log(falsePositiveRate) / LN2_SQUARED);
        return (bits + 63) / 64 * 8;
    }

    /** The most ids a layer within the budget holds at the rate (whole words, so it never goes over). */
    private long idsWithin(long budgetBytes) {
        long budgetBits = Math.max(0, budgetBytes) / 8 * 64;
        return (long) (budgetBits * LN2_SQUARED / -Math.log(falsePositiveRate));
    }

    private static final class Layer {
        final BloomFilter<SeenPair> filter;
        final long capacity;
        /** Guarded by the filter's lock. */
        long ids;

        Layer(BloomFilter<SeenPair> filter, long capacity) {
            this.filter = filter;
            this.capacity = capacity;
        }
    }

    private record SeenPair(String articleId, String extractorVersion) {
    }

    /** The id, a separator no id or version contains, the version: ("ab", "c") and ("a", "bc") differ. */
    private enum SeenPairFunnel implements Funnel<SeenPair> {
        INSTANCE;

        @Override
        public void funnel(SeenPair pair, PrimitiveSink into) {
            into.putUnencodedChars(pair.articleId()).putChar('\u0000').putUnencodedChars(pair.extractorVersion());
        }
    }
}
