package io.newsflow.extract.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class ArticleBloomFilterTest {
    private static final double RATE = 1e-4;

    @Test
    void neverSaysNoForAPairItHolds() {
        ArticleBloomFilter filter = ArticleBloomFilter.forIds(50_000, RATE, 1 << 20);

        IntStream.range(0, 200_000).forEach(i -> filter.add(id(i), "v1"));

        assertThat(IntStream.range(0, 200_000).filter(i -> !filter.mightContain(id(i), "v1"))).isEmpty();
    }

    @Test
    void aNewerExtractorVersionIsAnotherPair() {
        ArticleBloomFilter filter = ArticleBloomFilter.forIds(100_000, RATE, 1 << 20);

        IntStream.range(0, 100_000).forEach(i -> filter.add(id(i), "v1"));

        // At 10⁻⁴, some 10 of 100,000 may be false positives; 100 would mean the rate is not held.
        assertThat(IntStream.range(0, 100_000).filter(i -> filter.mightContain(id(i), "v2")).count())
                .isLessThan(100);
    }

    @Test
    void growsByLayersAndHoldsItsRateWithinThem() {
        ArticleBloomFilter filter = ArticleBloomFilter.forIds(10_000, RATE, 1 << 20);

        IntStream.range(0, 100_000).forEach(i -> filter.add(id(i), "v1"));

        // 12,500 + 25,000 + 50,000 + 100,000: the fourth layer takes the last ids.
        assertThat(filter.layers()).isEqualTo(4);
        assertThat(IntStream.range(100_000, 200_000).filter(i -> filter.mightContain(id(i), "v1")).count())
                .isLessThan(4 * 100);
    }

    @Test
    void memoryStaysWithinItsBoundWhenFedMoreIdsThanTheBoundHolds() {
        long maxBytes = 64 * 1024;
        ArticleBloomFilter filter = ArticleBloomFilter.forIds(1_000, RATE, maxBytes);

        IntStream.range(0, 50_000).forEach(i -> filter.add(id(i), "v1"));
        long bytesAfterFirstIds = filter.bytes();
        int layersAfterFirstIds = filter.layers();
        IntStream.range(50_000, 1_000_000).forEach(i -> filter.add(id(i), "v1"));

        assertThat(filter.bytes()).isLessThanOrEqualTo(maxBytes).isEqualTo(bytesAfterFirstIds);
        assertThat(filter.layers()).isEqualTo(layersAfterFirstIds);
        // Past its bound it answers "maybe" more often, and still never "no" for what it holds.
        assertThat(filter.expectedFalsePositiveRate()).isGreaterThan(RATE);
        assertThat(IntStream.range(0, 1_000_000).filter(i -> !filter.mightContain(id(i), "v1"))).isEmpty();
    }

    @Test
    void aTinyBoundStillMakesAFilter() {
        ArticleBloomFilter filter = ArticleBloomFilter.forIds(1_000_000, RATE, 8);

        IntStream.range(0, 1_000).forEach(i -> filter.add(id(i), "v1"));

        assertThat(filter.bytes()).isEqualTo(8);
        assertThat(filter.mightContain(id(999), "v1")).isTrue();
    }

    private static String id(int i) {
        return String.format("%032x", i * 0x9E3779B97F4A7C15L);
    }
}
