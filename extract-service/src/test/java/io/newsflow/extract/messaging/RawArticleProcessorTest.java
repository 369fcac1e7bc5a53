package io.newsflow.extract.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.contract.AnalysedArticle;
import io.newsflow.contract.ContractFixtures;
import io.newsflow.contract.ContractJson;
import io.newsflow.contract.DeadLetterHeaders;
import io.newsflow.contract.RawArticle;
import io.newsflow.contract.Topics;
import io.newsflow.extract.config.ExtractConfig;
import io.newsflow.extract.service.TestEngine;
import io.newsflow.localstack.test.NewsflowTestResource;
import io.newsflow.localstack.test.TopicReader;
import io.newsflow.localstack.test.TopicWriter;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = NewsflowTestResource.class, scope = TestResourceScope.GLOBAL)
class RawArticleProcessorTest {
    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static TopicWriter writer;

    @Inject
    AnalysisTransactions transactions;

    @Inject
    TestEngine engine;

    @Inject
    MeterRegistry registry;

    @Inject
    ExtractConfig config;

    @BeforeAll
    static void connect() {
        writer = new TopicWriter(bootstrapServers());
    }

    @AfterAll
    static void close() {
        writer.close();
    }

    @Test
    void rawArticleBecomesAnAnalysedArticleUnderTheSameKey() throws Exception {
        RawArticle raw = ContractFixtures.rawArticle("Leaders meet in Geneva " + Instant.now(), "GENEVA (Reuters) - Leaders met.");

        writer.send(Topics.ARTICLES_RAW, raw.id(), ContractJson.write(raw));

        try (TopicReader analysed = new TopicReader(bootstrapServers(), Topics.NEWS_ARTICLES)) {
            AnalysedArticle article = ContractJson.read(analysed.awaitKey(raw.id(), DEADLINE).value(),
                    AnalysedArticle.class);
            assertThat(article.articleId()).isEqualTo(raw.id());
            assertThat(article.headline()).isEqualTo(raw.headline());
            assertThat(article.extractor().name()).isEqualTo("newsflow-engine");
        }
    }

    @Test
    void poisonRecordGoesToTheDeadLetterTopicAndTheStreamGoesOn() throws Exception {
        String poisonKey = "poison-" + Instant.now().toEpochMilli();
        RawArticle good = ContractFixtures.rawArticle("After the poison " + Instant.now(), "MOSCOW, June 15. /TASS/. Talks went on.");

        writer.send(Topics.ARTICLES_RAW, poisonKey, "{not json at all");
        writer.send(Topics.ARTICLES_RAW, good.id(), ContractJson.write(good));

        try (TopicReader deadLetters = new TopicReader(bootstrapServers(), Topics.ARTICLES_RAW_DLQ);
                TopicReader analysed = new TopicReader(bootstrapServers(), Topics.NEWS_ARTICLES)) {
            ConsumerRecord<String, String> deadLetter = deadLetters.awaitKey(poisonKey, DEADLINE);
            assertThat(deadLetter.value()).isEqualTo("{not json at all");
            assertThat(header(deadLetter, DeadLetterHeaders.REASON)).isEqualTo("Not a RawArticle JSON document");
            assertThat(header(deadLetter, DeadLetterHeaders.TOPIC)).isEqualTo(Topics.ARTICLES_RAW);
            assertThat(header(deadLetter, DeadLetterHeaders.OFFSET)).matches("\\d+");
            assertThat(analysed.awaitKey(good.id(), DEADLINE).value()).contains(good.headline());
        }
    }

    @Test
    void articleWrittenTwiceIsAnalysedOnce() throws Exception {
        RawArticle raw = ContractFixtures.rawArticle("Twice " + Instant.now(), "PARIS (AFP) - It came twice.");
        double duplicatesBefore = duplicates();

        writer.send(Topics.ARTICLES_RAW, raw.id(), ContractJson.write(raw));
        writer.send(Topics.ARTICLES_RAW, raw.id(), ContractJson.write(raw));

        try (TopicReader analysed = new TopicReader(bootstrapServers(), Topics.NEWS_ARTICLES)) {
            await().atMost(DEADLINE).until(() -> duplicates() >= duplicatesBefore + 1);
            assertThat(analysed.readFor(record -> raw.id().equals(record.key()), Duration.ofSeconds(3))).hasSize(1);
        }
        // Whether the copies came in one batch or two, the second never reached the engine.
        assertThat(engine.callsFor(raw.id())).isEqualTo(1);
    }

    @Test
    void articleAlreadyAnalysedIsNotAnalysedAgain() throws Exception {
        RawArticle raw = ContractFixtures.rawArticle("Again " + Instant.now(), "ROME (ANSA) - It came back later.");

        try (TopicReader analysed = new TopicReader(bootstrapServers(), Topics.NEWS_ARTICLES)) {
            writer.send(Topics.ARTICLES_RAW, raw.id(), ContractJson.write(raw));
            analysed.awaitKey(raw.id(), DEADLINE);
            double duplicatesBefore = duplicates();

            writer.send(Topics.ARTICLES_RAW, raw.id(), ContractJson.write(raw));
            writer.send(Topics.ARTICLES_RAW, raw.id(), ContractJson.write(raw));

            await().atMost(DEADLINE).until(() -> duplicates() >= duplicatesBefore + 2);
            assertThat(analysed.readFor(record -> raw.id().equals(record.key()), Duration.ofSeconds(3))).hasSize(1);
        }
        assertThat(engine.callsFor(raw.id())).isEqualTo(1);
    }

    /**
     * More runaway articles than the batch has analysis slots, then a good one, in one batch: each
     * runaway is dead-lettered once its budget is over (the last one a budget after a slot was freed
     * for it, though every slot is still held by an engine that ignores interrupts), and the good one
     * is analysed with them.
     */
    @Test
    void articlesTheEngineNeverFinishesAreDeadLetteredWithinTheBudgetAndThePartitionGoesOn() throws Exception {
        Duration budget = config.articleTimeBudget();
        int slots = config.analysisThreads().orElse(Runtime.getRuntime().availableProcessors());
        String marker = TestEngine.HANGS + "Runaway " + Instant.now();
        List<RawArticle> runaways = IntStream.rangeClosed(0, slots).mapToObj(i -> ContractFixtures.rawArticle(
                marker + " " + i, "GENEVA (Reuters) - Runaway " + i + ".")).toList();
        RawArticle after = ContractFixtures.rawArticle("Behind the runaways " + Instant.now(),
                "GENEVA (Reuters) - The partition went on.");
        Set<String> runawayIds = runaways.stream().map(RawArticle::id).collect(Collectors.toSet());

        engine.holdHanging();
        try (TopicReader deadLetters = new TopicReader(bootstrapServers(), Topics.ARTICLES_RAW_DLQ);
                TopicReader analysed = new TopicReader(bootstrapServers(), Topics.NEWS_ARTICLES)) {
            Instant sent = Instant.now();
            List<RawArticle> batch = new ArrayList<>(runaways);
            batch.add(after);
            writeInOneTransaction(batch);

            // Every slot's budget runs out together; the last runaway starts then and takes one more budget.
            Duration withinTwoBudgets = budget.multipliedBy(2).plusSeconds(10);
            List<ConsumerRecord<String, String>> letters = deadLetters.awaitRecords(
                    record -> runawayIds.contains(record.key()), runaways.size(), withinTwoBudgets);
            assertThat(letters).allSatisfy(letter -> assertThat(header(letter, DeadLetterHeaders.REASON))
                    .isEqualTo("Analysis exceeded the time budget of " + budget));
            assertThat(Duration.between(sent, Instant.now())).isLessThan(withinTwoBudgets);
            analysed.awaitKey(after.id(), DEADLINE);
        } finally {
            engine.releaseHanging();
        }
    }

    /**
     * A real article built to be slow: 10,000 people, each compared with every one before (the engine needs some
     * 50 s for it without a deadline, many budgets of the test profile; an article of plain sentences needs too
     * little for a test to rely on). The engine stops at the budget, the article is dead-lettered within it and the
     * article written after it is analysed.
     */
    @Test
    void pathologicalArticleIsDeadLetteredWithinTheBudgetAndTheNextOneIsAnalysed() throws Exception {
        Duration budget = config.articleTimeBudget();
        RawArticle pathological = ContractFixtures.rawArticle("Pathological " + Instant.now(),
                ContractFixtures.crowdOfPeople(10_000));
        RawArticle next = ContractFixtures.rawArticle("After the pathological one " + Instant.now(),
                "GENEVA (Reuters) - The partition went on.");

        try (TopicReader deadLetters = new TopicReader(bootstrapServers(), Topics.ARTICLES_RAW_DLQ);
                TopicReader analysed = new TopicReader(bootstrapServers(), Topics.NEWS_ARTICLES)) {
            Instant sent = Instant.now();
            writer.send(Topics.ARTICLES_RAW, pathological.id(), ContractJson.write(pathological));
            writer.send(Topics.ARTICLES_RAW, next.id(), ContractJson.write(next));

            // The slack covers reading the batch and committing it, not the analysis.
            Duration withinTheBudget = budget.plusSeconds(10);
            ConsumerRecord<String, String> letter = deadLetters.awaitKey(pathological.id(), withinTheBudget);
            assertThat(Duration.between(sent, Instant.now())).isLessThan(withinTheBudget);
            assertThat(header(letter, DeadLetterHeaders.REASON))
                    .isEqualTo("Analysis exceeded the time budget of " + budget);
            analysed.awaitKey(next.id(), DEADLINE);
        }
        // The engine stopped itself: no thread is left behind on the pathological article.
        await().atMost(DEADLINE).until(() -> registry.get("newsflow.extract.analyses.overrunning").gauge().value() == 0);
    }

    /**
     * An analysis larger than a record may be would fail its transaction, and the batch read again would fail
     * again for ever: it is dead-lettered before the transaction, and the article after it is analysed.
     */
    @Test
    void analysisTooLargeForARecordIsDeadLetteredAndTheNextOneIsAnalysed() throws Exception {
        RawArticle oversized = ContractFixtures.rawArticle(TestEngine.OVERSIZED + Instant.now(),
                "GENEVA (Reuters) - Leaders met.");
        RawArticle next = ContractFixtures.rawArticle("After the oversized one " + Instant.now(),
                "GENEVA (Reuters) - The partition went on.");

        try (TopicReader deadLetters = new TopicReader(bootstrapServers(), Topics.ARTICLES_RAW_DLQ);
                TopicReader analysed = new TopicReader(bootstrapServers(), Topics.NEWS_ARTICLES)) {
            writer.send(Topics.ARTICLES_RAW, oversized.id(), ContractJson.write(oversized));
            writer.send(Topics.ARTICLES_RAW, next.id(), ContractJson.write(next));

            ConsumerRecord<String, String> letter = deadLetters.awaitKey(oversized.id(), DEADLINE);
            assertThat(header(letter, DeadLetterHeaders.REASON)).matches(
                    "The analysis makes a record of \\d+ bytes, over the " + Topics.MAX_RECORD_BYTES
                            + "-byte limit of the topics");
            assertThat(ContractJson.read(letter.value(), RawArticle.class)).isEqualTo(oversized);
            analysed.awaitKey(next.id(), DEADLINE);
            assertThat(analysed.readFor(record -> oversized.id().equals(record.key()), Duration.ofSeconds(1))).isEmpty();
        }
    }

    @Test
    void fencedProducerIsReplacedAndTheStreamLosesAndDoublesNothing() throws Exception {
        String marker = "Fenced " + Instant.now();
        RawArticle first = ContractFixtures.rawArticle(marker + " first", "BERLIN (dpa) - Before the fence.");
        List<RawArticle> after = IntStream.range(0, 20).mapToObj(i -> ContractFixtures.rawArticle(marker + " " + i,
                "BERLIN (dpa) - Story " + i + " after the fence.")).toList();

        try (TopicReader analysed = new TopicReader(bootstrapServers(), Topics.NEWS_ARTICLES)) {
            writer.send(Topics.ARTICLES_RAW, first.id(), ContractJson.write(first));
            analysed.awaitKey(first.id(), DEADLINE);
            // What the coordinator does to a producer whose transaction it aborted after a broker outage:
            // another producer initialises the same transactional id and the first one is fenced for good.
            fence(transactions.transactionalId());
            for (RawArticle raw : after) {
                writer.send(Topics.ARTICLES_RAW, raw.id(), ContractJson.write(raw));
            }

            Set<String> expected = after.stream().map(RawArticle::id).collect(Collectors.toSet());
            analysed.awaitRecords(record -> expected.contains(record.key()), expected.size(), DEADLINE);
            Map<String, Long> analysesPerArticle = analysed.readFor(record -> expected.contains(record.key()),
                    Duration.ofSeconds(2)).stream().collect(Collectors.groupingBy(ConsumerRecord::key,
                            Collectors.counting()));
            assertThat(analysesPerArticle.keySet()).isEqualTo(expected);
            assertThat(analysesPerArticle.values()).allMatch(count -> count == 1);
        }
    }

    /** read_committed consumers see the records at once when the transaction commits: extract polls them as one batch. */
    private static void writeInOneTransaction(List<RawArticle> articles) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "test-batch-" + UUID.randomUUID()), new StringSerializer(),
                new StringSerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            articles.forEach(article -> producer.send(new ProducerRecord<>(Topics.ARTICLES_RAW, 0, article.id(),
                    ContractJson.write(article))));
            producer.commitTransaction();
        }
    }

    private static void fence(String transactionalId) {
        try (KafkaProducer<String, String> rival = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId), new StringSerializer(),
                new StringSerializer())) {
            rival.initTransactions();
        }
    }

    /** Raw records committed as duplicates by this instance, the copies left out included. */
    private double duplicates() {
        return registry.counter("newsflow.extract.articles", "outcome", "duplicate").count();
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static String bootstrapServers() {
        return NewsflowTestResource.infrastructure().kafkaBootstrapServers();
    }
}
