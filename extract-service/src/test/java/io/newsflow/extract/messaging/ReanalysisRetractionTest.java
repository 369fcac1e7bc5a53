package io.newsflow.extract.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerGroupMetadata;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.newsflow.contract.AnalysedArticle;
import io.newsflow.contract.ContractFixtures;
import io.newsflow.contract.ContractJson;
import io.newsflow.contract.EventRetraction;
import io.newsflow.contract.NewsEvent;
import io.newsflow.contract.RawArticle;
import io.newsflow.contract.Topics;
import io.newsflow.extract.service.TestEngine;
import io.newsflow.localstack.test.NewsflowTestResource;
import io.newsflow.localstack.test.TopicReader;
import io.newsflow.localstack.test.TopicWriter;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * An article analysed again after a dictionary change that no longer codes some of its events: the
 * events it dropped are retracted on news.events, in the transaction of the new analysis.
 */
@QuarkusTest
@WithTestResource(value = NewsflowTestResource.class, scope = TestResourceScope.GLOBAL)
class ReanalysisRetractionTest {
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @Inject
    TestEngine engine;

    @Inject
    AnalysisTransactions transactions;

    @AfterEach
    void shippedDictionaries() {
        engine.restoreDictionaries();
    }

    @Test
    void eventsTheNewAnalysisNoLongerFindsAreRetractedWithIt() throws Exception {
        RawArticle raw = ContractFixtures.rawArticle("Sanctions, analysed twice " + Instant.now(), sampleStory());

        try (TopicWriter writer = new TopicWriter(bootstrapServers());
                TopicReader articles = new TopicReader(bootstrapServers(), Topics.NEWS_ARTICLES);
                TopicReader events = new TopicReader(bootstrapServers(), Topics.NEWS_EVENTS)) {
            writer.send(Topics.ARTICLES_RAW, raw.id(), ContractJson.write(raw));
            AnalysedArticle first = ContractJson.read(articles.awaitKey(raw.id(), DEADLINE).value(), AnalysedArticle.class);
            // The revised dictionaries no longer code the root of the first event; the others stay.
            String droppedRoot = first.events().get(0).cameo().root();
            Set<String> dropped = idsOf(first.events().stream().filter(event -> droppedRoot.equals(event.cameo().root())));
            Set<String> kept = idsOf(first.events().stream().filter(event -> !droppedRoot.equals(event.cameo().root())));
            assertThat(kept).as("the story has events of another root than %s", droppedRoot).isNotEmpty();
            engine.reviseDictionaries(event -> droppedRoot.equals(event.cameo().root()));

            writer.send(Topics.ARTICLES_RAW, raw.id(), ContractJson.write(raw));

            AnalysedArticle second = ContractJson.read(articles.awaitRecords(record -> raw.id().equals(record.key()), 2,
                    DEADLINE).get(1).value(), AnalysedArticle.class);
            assertThat(second.extractor().version()).isNotEqualTo(first.extractor().version());
            assertThat(idsOf(second.events().stream())).isEqualTo(kept);
            List<ConsumerRecord<String, String>> retractions = events.awaitRecords(
                    record -> raw.id().equals(record.key()) && isRetraction(record), dropped.size(), DEADLINE);
            List<EventRetraction> retracted = new ArrayList<>();
            for (ConsumerRecord<String, String> record : retractions) {
                retracted.add(ContractJson.read(record.value(), EventRetraction.class));
            }
            assertThat(retracted).extracting(EventRetraction::eventId).containsExactlyInAnyOrderElementsOf(dropped);
            assertThat(retracted).allSatisfy(retraction -> {
                assertThat(retraction.articleId()).isEqualTo(raw.id());
                assertThat(retraction.reason()).isEqualTo(EventRetraction.REANALYSED);
                assertThat(retraction.extractor()).isEqualTo(second.extractor());
                assertThat(retraction.retractedAt()).isEqualTo(second.analysedAt());
            });
            // Each event of the first analysis once, the kept ones once more with the second, nothing retracted twice.
            List<ConsumerRecord<String, String>> ofTheArticle = events.readFor(record -> raw.id().equals(record.key()),
                    Duration.ofSeconds(2));
            assertThat(ofTheArticle).hasSize(first.events().size() + kept.size() + dropped.size());
        }
    }

    /**
     * The records of a re-analysis, retractions included, in a transaction that fails after they
     * reached the log (one more record of it is refused by the broker): a read_committed consumer
     * sees none of them.
     */
    @Test
    void aFailedTransactionShowsNeitherTheNewAnalysisNorItsRetractions() throws Exception {
        AnalysedArticle analysis = ContractFixtures.analysedArticle(
                ContractFixtures.rawArticle("Aborted " + UUID.randomUUID(), ContractFixtures.TEXT).id(), "Aborted", "v2");
        ProducerRecord<String, byte[]> retraction = OutgoingRecords.retraction(
                EventRetraction.reanalysed("e-retracted-" + UUID.randomUUID(), analysis));
        String smallRecordsOnly = "retraction-test-" + UUID.randomUUID();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(smallRecordsOnly, 1, (short) 1)
                    .configs(Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, "1000")))).all().get(30, TimeUnit.SECONDS);
        }
        List<ProducerRecord<String, byte[]>> records = List.of(
                new ProducerRecord<>(Topics.NEWS_ARTICLES, analysis.articleId(),
                        ContractJson.write(analysis).getBytes(StandardCharsets.UTF_8)),
                retraction,
                new ProducerRecord<>(smallRecordsOnly, analysis.articleId(), incompressible(10_000)));

        assertThatThrownBy(() -> transactions.commit(records, Map.of(), new ConsumerGroupMetadata("retraction-test")))
                .isInstanceOf(RuntimeException.class);
        // The next producer aborts what the failed one left open, as the next batch would.
        transactions.renewProducer();

        assertThat(readUncommitted(Topics.NEWS_EVENTS, analysis.articleId())).as("written, then aborted").isNotEmpty();
        try (TopicReader articles = new TopicReader(bootstrapServers(), Topics.NEWS_ARTICLES);
                TopicReader events = new TopicReader(bootstrapServers(), Topics.NEWS_EVENTS)) {
            assertThat(events.readFor(record -> analysis.articleId().equals(record.key()), Duration.ofSeconds(3)))
                    .isEmpty();
            assertThat(articles.readFor(record -> analysis.articleId().equals(record.key()), Duration.ofSeconds(1)))
                    .isEmpty();
        }
    }

    /** Random bytes: the producer compresses, and the broker's limit applies to the compressed batch. */
    private static byte[] incompressible(int size) {
        byte[] bytes = new byte[size];
        new java.util.Random(42).nextBytes(bytes);
        return bytes;
    }

    private static boolean isRetraction(ConsumerRecord<String, String> record) {
        Header type = record.headers().lastHeader("ce_type");
        return type != null && EventRetraction.CE_TYPE.equals(new String(type.value(), StandardCharsets.UTF_8));
    }

    private static Set<String> idsOf(java.util.stream.Stream<NewsEvent> events) {
        return events.map(NewsEvent::eventId).collect(Collectors.toSet());
    }

    /** The TASS sample's body: several events of several CAMEO roots. */
    private static String sampleStory() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("../samples/tass-2017-06-03-unsc-sanctions.txt"));
        return String.join("\n", lines.subList(2, lines.size()));
    }

    /** What a consumer that ignores transactions sees: every record the producer wrote, aborted or not. */
    private static List<ConsumerRecord<String, String>> readUncommitted(String topic, String key) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "uncommitted-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted"), new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<ConsumerRecord<String, String>> found = new ArrayList<>();
            Instant giveUp = Instant.now().plus(DEADLINE);
            while (found.isEmpty() && Instant.now().isBefore(giveUp)) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (key.equals(record.key())) {
                        found.add(record);
                    }
                });
            }
            return found;
        }
    }

    private static String bootstrapServers() {
        return NewsflowTestResource.infrastructure().kafkaBootstrapServers();
    }
}
