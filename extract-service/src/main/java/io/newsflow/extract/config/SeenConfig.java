package io.newsflow.extract.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The bounds of what the seen-articles check keeps in memory per partition (see {@code SeenArticles}). */
@ConfigMapping(prefix = "newsflow.extract.seen")
public interface SeenConfig {
    /**
     * The Bloom filter's false-positive rate per layer while a layer holds no more ids than it was
     * sized for. A false positive costs one exact read of the partition's articles.seen, never an article.
     */
    @WithDefault("0.0001")
    double falsePositiveRate();

    /** The most recently analysed ids kept exactly per partition: re-uploads and replays are recent. */
    @WithDefault("20000")
    int recentPerPartition();

    /**
     * The most a partition's Bloom filter may take, whatever the history (default 32 MiB, fourteen
     * million ids at 10⁻⁴). Past it no layer is added and the false-positive rate rises: more exact
     * reads, never an article lost.
     */
    @WithDefault("33554432")
    long maxFilterBytesPerPartition();
}
