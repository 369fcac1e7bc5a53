package io.newsflow.extract.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import io.newsflow.contract.Topics;
import io.newsflow.localstack.test.NewsflowTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * SeenArticles against the real articles.seen topic, each test with an instance of its own (what a
 * restarted process or the new owner of a partition starts from) reading seen-records written here.
 */
@QuarkusTest
@WithTestResource(value = NewsflowTestResource.class, scope = TestResourceScope.GLOBAL)
class SeenArticlesTest {
    private static final int PARTITION = 3;
    private static final double RATE = 1e-4;

    @Inject
    SeenTopicReader reader;

    @Inject
    SeenTopic topic;

    @Test
    void anArticleAnalysedBeforeIsKnownToTheNextOwnerAndANewerVersionIsNot() {
        String analysedBefore = newId();
        String neverAnalysed = newId();
        writeSeen(Map.of(analysedBefore, "v1"));
        SeenArticles nextOwner = new SeenArticles(reader, ArticleBloomFilter.sizing(RATE, 1 << 20), 100);

        nextOwner.load(List.of(PARTITION));

        assertThat(nextOwner.analysed(PARTITION, analysedBefore, "v1")).isTrue();
        assertThat(nextOwner.analysed(PARTITION, analysedBefore, "v2")).isFalse();
        assertThat(nextOwner.analysed(PARTITION, neverAnalysed, "v1")).isFalse();
    }

    /**
     * The filter says "maybe" for everything and the recent ids hold one: the new articles are not
     * taken as analysed (the topic settles it), the article analysed long ago still is.
     */
    @Test
    void aBloomFalsePositiveDoesNotDropANewArticle() {
        String longAgo = newId();
        String byAnOlderVersion = newId();
        String latest = newId();
        String brandNew = newId();
        writeSeen(Map.of(longAgo, "v2"));
        writeSeen(Map.of(byAnOlderVersion, "v1"));
        writeSeen(Map.of(latest, "v2"));
        SeenArticles seen = new SeenArticles(reader, expectedIds -> new AlwaysMaybe(), 1);
        seen.load(List.of(PARTITION));

        Set<AnalysedArticleKey> analysed = seen.alreadyAnalysed(List.of(key(longAgo), key(byAnOlderVersion),
                key(brandNew)));

        assertThat(analysed).containsExactly(key(longAgo));
        assertThat(seen.exactReads()).isEqualTo(1);
        assertThat(seen.falsePositives()).isEqualTo(2);
    }

    @Test
    void theRecentIdsSettleADuplicateWithoutReadingTheTopic() {
        String id = newId();
        SeenArticles seen = new SeenArticles(reader, expectedIds -> new AlwaysMaybe(), 100);
        seen.load(List.of(PARTITION));

        seen.remember(PARTITION, id, "v2");

        assertThat(seen.analysed(PARTITION, id, "v2")).isTrue();
        assertThat(seen.analysed(PARTITION, id, "v3")).isFalse();
        assertThat(seen.exactReads()).isZero();
    }

    @Test
    void aMaybeTheTopicConfirmedIsRecentAfterwards() {
        String id = newId();
        writeSeen(Map.of(id, "v2"));
        SeenArticles seen = new SeenArticles(reader, expectedIds -> new AlwaysMaybe(), 1);
        seen.load(List.of(PARTITION));
        writeSeen(Map.of(newId(), "v2"));
        seen.remember(PARTITION, newId(), "v2");

        assertThat(seen.analysed(PARTITION, id, "v2")).isTrue();
        assertThat(seen.analysed(PARTITION, id, "v2")).isTrue();
        assertThat(seen.exactReads()).isEqualTo(1);
    }

    @Test
    void aPartitionsStateStaysWithinItsBoundWhateverTheTopicHolds() {
        Map<String, String> many = new java.util.HashMap<>();
        for (int i = 0; i < 500; i++) {
            many.put(newId(), "v1");
        }
        writeSeen(many);
        long maxBytes = 64;
        SeenArticles seen = new SeenArticles(reader, ArticleBloomFilter.sizing(RATE, maxBytes), 50);

        seen.load(List.of(PARTITION));

        SeenPartition partition = seen.partition(PARTITION);
        assertThat(partition.recent().size()).isEqualTo(50);
        assertThat(partition.filter().bytes()).isLessThanOrEqualTo(maxBytes);
        assertThat(seen.alreadyAnalysed(many.keySet().stream().map(id -> new AnalysedArticleKey(PARTITION, id, "v1"))
                .toList())).hasSize(500);
    }

    /**
     * A re-analysis finds the event ids its previous analysis published: one remembered as recent,
     * one only the filter may hold (analysed by a version the partition has seen), and one written
     * before seen-records carried event ids, whose events are unknown. A new article costs no read.
     */
    @Test
    void aReanalysisFindsTheEventsOfThePreviousAnalysisInTheTopic() {
        String old = newId();
        String beforeRetractions = newId();
        writeSeen(Map.of(old, new SeenValue("v1", List.of("e-old-1", "e-old-2")).text(), beforeRetractions, "v1"));
        String recent = newId();
        writeSeen(Map.of(recent, new SeenValue("v1", List.of("e-recent")).text()));
        SeenArticles seen = new SeenArticles(reader, ArticleBloomFilter.sizing(RATE, 1 << 20), 1);
        seen.load(List.of(PARTITION));
        String brandNew = newId();

        assertThat(seen.earlierAnalyses(List.of(key(brandNew)))).isEmpty();
        assertThat(seen.earlierReads()).isZero();

        Map<AnalysedArticleKey, SeenValue> earlier = seen.earlierAnalyses(List.of(key(recent), key(old),
                key(beforeRetractions), key(brandNew)));

        assertThat(earlier).containsOnly(
                Map.entry(key(recent), new SeenValue("v1", List.of("e-recent"))),
                Map.entry(key(old), new SeenValue("v1", List.of("e-old-1", "e-old-2"))),
                Map.entry(key(beforeRetractions), new SeenValue("v1", List.of())));
        assertThat(seen.earlierReads()).isEqualTo(1);
        // The version alone is what the duplicate check reads, whatever the value carries.
        assertThat(seen.analysed(PARTITION, old, "v1")).isTrue();
    }

    private static AnalysedArticleKey key(String articleId) {
        return new AnalysedArticleKey(PARTITION, articleId, "v2");
    }

    private static String newId() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    /** Seen-records as a committed transaction of the partition's owner writes them. */
    private void writeSeen(Map<String, String> versionById) {
        topic.ensure();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, NewsflowTestResource.infrastructure().kafkaBootstrapServers(),
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "seen-test-" + UUID.randomUUID()), new StringSerializer(),
                new StringSerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            versionById.forEach((id, version) -> producer.send(new ProducerRecord<>(Topics.ARTICLES_SEEN, PARTITION,
                    id, version)));
            producer.commitTransaction();
        }
    }
}
