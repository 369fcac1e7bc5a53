package io.newsflow.extract.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.newsflow.contract.AnalysedArticle;
import io.newsflow.contract.ContractFixtures;
import io.newsflow.contract.ContractJson;
import io.newsflow.contract.DeadLetterHeaders;
import io.newsflow.contract.RawArticle;
import io.newsflow.contract.Topics;
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
        RawArticle after = ContractFixtures.rawArticle("After twice " + Instant.now(), "PARIS (AFP) - Then this.");

        writer.send(Topics.ARTICLES_RAW, raw.id(), ContractJson.write(raw));
        writer.send(Topics.ARTICLES_RAW, raw.id(), ContractJson.write(raw));
        writer.send(Topics.ARTICLES_RAW, after.id(), ContractJson.write(after));

        try (TopicReader analysed = new TopicReader(bootstrapServers(), Topics.NEWS_ARTICLES)) {
            analysed.awaitKey(after.id(), DEADLINE);
            assertThat(analysed.readFor(record -> raw.id().equals(record.key()), Duration.ofSeconds(3))).hasSize(1);
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static String bootstrapServers() {
        return NewsflowTestResource.infrastructure().kafkaBootstrapServers();
    }
}
