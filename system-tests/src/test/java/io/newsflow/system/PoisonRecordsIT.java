package io.newsflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import picocli.CommandLine;

import io.newsflow.contract.ContractFixtures;
import io.newsflow.contract.ContractJson;
import io.newsflow.contract.DeadLetterHeaders;
import io.newsflow.contract.RawArticle;
import io.newsflow.contract.Topics;
import io.newsflow.localstack.launcher.NewsflowCommand;
import io.newsflow.localstack.launcher.Pipeline;
import io.newsflow.localstack.test.TopicReader;
import io.newsflow.localstack.test.TopicWriter;

/**
 * Poison written straight to articles.raw lands in articles.raw.dlq, and an analysis query-service
 * cannot store in news.articles.dlq; the good records around them all arrive.
 */
class PoisonRecordsIT {
    private static final Duration DEADLINE = Duration.ofMinutes(2);
    @RegisterExtension
    static final RunningPipeline running = new RunningPipeline("poison");

    @Test
    void poisonGoesToTheDeadLetterTopicAndTheGoodRecordsArrive() throws Exception {
        String marker = "poison-" + System.nanoTime();
        String unstorableAnalysis = marker + "-unstorable-analysis";
        RawArticle huge = ContractFixtures.rawArticle(marker + " huge", "word ".repeat(1_000_000));
        List<String> poisonKeys = List.of(marker + "-invalid-json", marker + "-wrong-schema", huge.id());
        List<RawArticle> good = new ArrayList<>();
        try (TopicWriter writer = new TopicWriter(running.infrastructure.kafkaBootstrapServers())) {
            for (int i = 0; i < 30; i++) {
                RawArticle article = ContractFixtures.rawArticle(marker + " good " + i,
                        "GENEVA (Reuters) - Talks number " + i + " went on.");
                good.add(article);
                writer.send(Topics.ARTICLES_RAW, article.id(), ContractJson.write(article));
                switch (i) {
                    case 5 -> writer.send(Topics.ARTICLES_RAW, poisonKeys.get(0), "{\"headline\": \"cut off");
                    case 15 -> writer.send(Topics.ARTICLES_RAW, poisonKeys.get(1), "{\"colour\": \"blue\"}");
                    case 25 -> writer.send(Topics.ARTICLES_RAW, huge.id(),
                            ContractJson.write(huge).getBytes(StandardCharsets.UTF_8));
                    default -> { }
                }
            }
            writer.send(Topics.NEWS_ARTICLES, unstorableAnalysis, "{\"articleId\": \"not an id\"}");
        }

        Set<String> goodIds = good.stream().map(RawArticle::id).collect(Collectors.toSet());
        PipelineCheck check = new PipelineCheck(running);
        await().atMost(DEADLINE).pollInterval(Duration.ofSeconds(1))
                .until(() -> check.storedArticles(marker + " good").equals(goodIds));
        try (TopicReader deadLetters = new TopicReader(running.infrastructure.kafkaBootstrapServers(),
                Topics.ARTICLES_RAW_DLQ)) {
            List<ConsumerRecord<String, String>> letters = deadLetters.awaitRecords(
                    record -> poisonKeys.contains(record.key()), 3, DEADLINE);
            assertThat(letters).extracting(ConsumerRecord::key).containsExactlyInAnyOrderElementsOf(poisonKeys);
            assertThat(letters).allSatisfy(letter -> assertThat(letter.headers().lastHeader(DeadLetterHeaders.REASON))
                    .isNotNull());
        }
        assertThat(check.storedArticles(marker + " huge")).isEmpty();
        try (TopicReader deadLetters = new TopicReader(running.infrastructure.kafkaBootstrapServers(),
                Topics.NEWS_ARTICLES_DLQ)) {
            assertThat(deadLetters.awaitKey(unstorableAnalysis, DEADLINE).headers()
                    .lastHeader(DeadLetterHeaders.REASON)).isNotNull();
        }
        assertTheDlqCommandListsThem(poisonKeys, unstorableAnalysis);
    }

    /**
     * What an operator runs: {@code ./newsflow dlq} lists both topics' dead letters with their
     * reasons; a wrong position is refused.
     */
    private static void assertTheDlqCommandListsThem(List<String> poisonKeys, String unstorableAnalysis) {
        String extractUrl = running.pipeline.service(Pipeline.EXTRACT).spec().baseUrl();
        String queryUrl = running.pipeline.service(Pipeline.QUERY).spec().baseUrl();
        PrintStream console = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int listed;
        int redriveOfNothing;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            listed = new CommandLine(new NewsflowCommand()).execute("dlq", "--url", extractUrl, "--query-url",
                    queryUrl);
            redriveOfNothing = new CommandLine(new NewsflowCommand()).execute("dlq", "--url", extractUrl, "0", "999999");
        } finally {
            System.setOut(console);
        }
        String output = printed.toString(StandardCharsets.UTF_8);
        assertThat(listed).isZero();
        assertThat(output).contains(poisonKeys).contains("Not a RawArticle JSON document")
                .contains(unstorableAnalysis).contains(Topics.NEWS_ARTICLES_DLQ).contains("Not an AnalysedArticle record")
                .contains("No dead letter at partition 0, offset 999999.");
        assertThat(redriveOfNothing).isEqualTo(1);
    }
}
