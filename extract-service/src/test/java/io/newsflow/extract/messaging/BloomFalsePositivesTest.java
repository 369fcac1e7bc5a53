package io.newsflow.extract.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.contract.ContractFixtures;
import io.newsflow.contract.ContractJson;
import io.newsflow.contract.RawArticle;
import io.newsflow.contract.Topics;
import io.newsflow.extract.service.TestEngine;
import io.newsflow.localstack.test.NewsflowTestResource;
import io.newsflow.localstack.test.TopicReader;
import io.newsflow.localstack.test.TopicWriter;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The whole service with a Bloom filter that says "maybe" to everything and one recent id per
 * partition: every new article is a false positive to settle, every later copy a "maybe" the topic
 * must confirm. Nothing new is dropped and nothing is analysed twice.
 */
@QuarkusTest
@TestProfile(BloomFalsePositivesTest.EveryLookupIsAMaybe.class)
@WithTestResource(value = NewsflowTestResource.class, scope = TestResourceScope.GLOBAL)
class BloomFalsePositivesTest {
    private static final Duration DEADLINE = Duration.ofSeconds(60);

    public static class EveryLookupIsAMaybe implements QuarkusTestProfile {
        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(AlwaysMaybe.class);
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsflow.extract.seen.recent-per-partition", "1");
        }
    }

    @Inject
    TestEngine engine;

    @Inject
    MeterRegistry registry;

    @Test
    void newArticlesAreAnalysedAndCopiesSkippedWhenTheFilterSaysMaybeToEverything() throws Exception {
        String marker = "Maybe " + Instant.now();
        List<RawArticle> articles = IntStream.range(0, 12).mapToObj(i -> ContractFixtures.rawArticle(marker + " " + i,
                "LISBON (Lusa) - Story " + i + " of the always-maybe filter.")).toList();
        Set<String> ids = articles.stream().map(RawArticle::id).collect(Collectors.toSet());
        double falsePositivesBefore = count("newsflow.extract.seen.false.positives");

        try (TopicWriter writer = new TopicWriter(bootstrapServers());
                TopicReader analysed = new TopicReader(bootstrapServers(), Topics.NEWS_ARTICLES)) {
            for (RawArticle article : articles) {
                writer.send(Topics.ARTICLES_RAW, article.id(), ContractJson.write(article));
            }
            analysed.awaitRecords(record -> ids.contains(record.key()), ids.size(), DEADLINE);
            double exactReadsAfterFirstCopies = count("newsflow.extract.seen.exact.reads");
            double duplicatesBefore = duplicates();
            for (RawArticle article : articles) {
                writer.send(Topics.ARTICLES_RAW, article.id(), ContractJson.write(article));
            }
            await().atMost(DEADLINE).until(() -> duplicates() >= duplicatesBefore + articles.size());
            // 12 articles on 6 partitions, one recent id each: at least 6 copies were settled by the topic.
            assertThat(count("newsflow.extract.seen.exact.reads")).isGreaterThan(exactReadsAfterFirstCopies);

            Map<String, Long> analysesPerArticle = analysed.readFor(record -> ids.contains(record.key()),
                    Duration.ofSeconds(3)).stream().collect(Collectors.groupingBy(ConsumerRecord::key,
                            Collectors.counting()));
            assertThat(analysesPerArticle.keySet()).isEqualTo(ids);
            assertThat(analysesPerArticle.values()).allMatch(count -> count == 1);
        }
        assertThat(articles).allSatisfy(article -> assertThat(engine.callsFor(article.id())).isEqualTo(1));
        // Each first copy was a "maybe" that the topic refuted, and was analysed all the same.
        assertThat(count("newsflow.extract.seen.false.positives")).isGreaterThanOrEqualTo(falsePositivesBefore + 12);
    }

    private double duplicates() {
        return registry.counter("newsflow.extract.articles", "outcome", "duplicate").count();
    }

    private double count(String name) {
        FunctionCounter counter = registry.find(name).functionCounter();
        return counter == null ? 0 : counter.count();
    }

    private static String bootstrapServers() {
        return NewsflowTestResource.infrastructure().kafkaBootstrapServers();
    }
}
