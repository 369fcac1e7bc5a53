package io.newsflow.extract.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.junit.jupiter.api.Test;

import io.newsflow.common.kafka.DeadLetter;
import io.newsflow.common.kafka.DeadLetterTopic;
import io.newsflow.contract.AnalysedArticle;
import io.newsflow.contract.ContractFixtures;
import io.newsflow.contract.ContractJson;
import io.newsflow.contract.DeadLetterHeaders;
import io.newsflow.contract.RawArticle;
import io.newsflow.contract.Topics;
import io.newsflow.localstack.test.SaslKafkaTestResource;
import io.newsflow.localstack.test.TopicReader;
import io.newsflow.localstack.test.TopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The service on a broker whose only client listener wants SASL/PLAIN, given the credentials as
 * {@code kafka.*} settings: every Kafka client it has (the channel's consumer, the transactional
 * producer, SeenTopic's admin client, SeenArticles' consumer, the dead-letter topic's consumer and producer)
 * connects. The second test shows the listener refuses a client without those settings, so the
 * first could not pass with a client built from the bootstrap servers alone.
 */
@QuarkusTest
@TestProfile(KafkaSecuritySettingsTest.SaslBroker.class)
class KafkaSecuritySettingsTest {
    private static final Duration DEADLINE = Duration.ofSeconds(60);

    /** The SASL broker instead of the shared plain one. */
    public static class SaslBroker implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(SaslKafkaTestResource.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    @Inject
    SeenArticles seenArticles;

    @Inject
    DeadLetterTopic deadLetters;

    @Test
    void everyKafkaClientOfTheServiceConnectsWithItsSaslSettings() throws Exception {
        Map<String, Object> connection = SaslKafkaTestResource.connection(SaslKafkaTestResource.USER,
                SaslKafkaTestResource.PASSWORD);
        RawArticle article = ContractFixtures.rawArticle("Over SASL " + Instant.now(), "OSLO (NTB) - Talks resumed.");
        String poisonKey = "poison-over-sasl-" + Instant.now().toEpochMilli();

        try (TopicWriter writer = new TopicWriter(connection);
                TopicReader analysed = new TopicReader(connection, Topics.NEWS_ARTICLES);
                TopicReader raw = new TopicReader(connection, Topics.ARTICLES_RAW)) {
            writer.send(Topics.ARTICLES_RAW, article.id(), ContractJson.write(article));
            writer.send(Topics.ARTICLES_RAW, poisonKey, "{not an article");

            // The channel's consumer, SeenTopic's admin and SeenArticles' load on assignment, the transactional producer.
            AnalysedArticle analysis = ContractJson.read(analysed.awaitKey(article.id(), DEADLINE).value(),
                    AnalysedArticle.class);
            int partition = raw.awaitKey(article.id(), DEADLINE).partition();

            // SeenArticles' consumer reads articles.seen back.
            seenArticles.forget(List.of(partition));
            assertThat(seenArticles.analysed(partition, article.id(), analysis.extractor().version())).isFalse();
            seenArticles.load(List.of(partition));
            assertThat(seenArticles.analysed(partition, article.id(), analysis.extractor().version())).isTrue();

            // The dead-letter topic's consumer lists the poison record, its producer re-drives it.
            DeadLetter letter = await().atMost(DEADLINE).until(() -> deadLetters.list(100).stream()
                    .filter(found -> poisonKey.equals(found.key())).findFirst().orElse(null), found -> found != null);
            assertThat(deadLetters.redrive(letter.partition(), letter.offset())).contains(poisonKey);
            ConsumerRecord<String, String> redriven = raw.awaitRecords(record -> poisonKey.equals(record.key())
                    && record.headers().lastHeader(DeadLetterHeaders.REDRIVEN_FROM) != null, 1, DEADLINE).get(0);
            assertThat(new String(redriven.headers().lastHeader(DeadLetterHeaders.REDRIVEN_FROM).value(),
                    StandardCharsets.UTF_8)).endsWith("/" + letter.partition() + "/" + letter.offset());
        }
    }

    @Test
    void theListenerRefusesClientsWithoutTheServicesCredentials() {
        Map<String, Object> bootstrapAlone = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                SaslKafkaTestResource.saslBootstrapServers());
        Map<String, Object> wrongPassword = SaslKafkaTestResource.connection(SaslKafkaTestResource.USER, "wrong");

        assertThatThrownBy(() -> listTopics(bootstrapAlone)).isInstanceOf(ExecutionException.class);
        assertThatThrownBy(() -> listTopics(wrongPassword)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(SaslAuthenticationException.class);
    }

    /** Lists the topics with a client that gives up after a few seconds. */
    private static void listTopics(Map<String, Object> connection) throws Exception {
        Map<String, Object> config = new HashMap<>(connection);
        config.put(CommonClientConfigs.REQUEST_TIMEOUT_MS_CONFIG, 2000);
        config.put(CommonClientConfigs.DEFAULT_API_TIMEOUT_MS_CONFIG, 4000);
        try (Admin admin = Admin.create(config)) {
            admin.listTopics().names().get(10, TimeUnit.SECONDS);
        }
    }
}
