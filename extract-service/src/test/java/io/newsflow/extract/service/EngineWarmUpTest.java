package io.newsflow.extract.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.newsflow.contract.ContractFixtures;
import io.newsflow.contract.ContractJson;
import io.newsflow.contract.RawArticle;
import io.newsflow.contract.Topics;
import io.newsflow.localstack.test.NewsflowTestResource;
import io.newsflow.localstack.test.TopicReader;
import io.newsflow.localstack.test.TopicWriter;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The service with its warm-up on, held in its first story by the test engine: not ready and not subscribed to
 * articles.raw meanwhile; an article sent then is analysed after the last warm-up story, once the warm-up is let go.
 */
@QuarkusTest
@TestProfile(EngineWarmUpTest.WarmUpOn.class)
@WithTestResource(value = NewsflowTestResource.class, scope = TestResourceScope.GLOBAL)
class EngineWarmUpTest extends WarmUpObserved {
    private static final Duration DEADLINE = Duration.ofSeconds(60);

    public static class WarmUpOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // The held story's budget outlasts the hold.
            return Map.of("newsflow.extract.warm-up-analyses", "1000000", "newsflow.extract.warm-up", "3s",
                    "newsflow.extract.article-time-budget", "60s",
                    "newsflow.extract.batch-time-budget", "120s");
        }
    }

    @Test
    void articlesAreReadOnlyOnceTheEngineIsWarmedUp() {
        RawArticle article = ContractFixtures.rawArticle("Ministers meet in Oslo " + Instant.now(),
                "OSLO (Reuters) - Foreign ministers met in Oslo on Monday to discuss the truce.");
        await().atMost(DEADLINE).until(() -> engine.callSequence().stream().anyMatch(WarmUpObserved::isWarmUp));

        assertThat(warmUpCheckStatus()).isEqualTo("DOWN");
        assertThat(channels.getPausable(CHANNEL).isPaused()).isTrue();
        assertThat(readiness().getString("checks.find { it.name.contains('Messaging') }.data.'" + CHANNEL + "'"))
                .as("the consumer has not subscribed to articles.raw").contains("no subscription yet");
        assertThat(warmUp.report()).isEmpty();
        try (TopicWriter writer = new TopicWriter(bootstrapServers());
                TopicReader analysed = new TopicReader(bootstrapServers(), Topics.NEWS_ARTICLES)) {
            writer.send(Topics.ARTICLES_RAW, article.id(), ContractJson.write(article));
            engine.releaseWarmUp();

            analysed.awaitKey(article.id(), DEADLINE);
        }

        List<String> calls = engine.callSequence();
        int lastWarmUpStory = calls.size() - 1;
        while (!isWarmUp(calls.get(lastWarmUpStory))) {
            lastWarmUpStory--;
        }
        assertThat(calls.indexOf(article.id())).isGreaterThan(lastWarmUpStory);
        assertThat(warmUp.report()).hasValueSatisfying(report -> {
            assertThat(report.analyses()).isPositive();
            assertThat(report.took()).isGreaterThanOrEqualTo(Duration.ofSeconds(3));
        });
        assertThat(channels.getPausable(CHANNEL).isPaused()).isFalse();
        await().atMost(DEADLINE).until(() -> given().get("/q/health/ready").statusCode() == 200);
        assertThat(warmUpCheckStatus()).isEqualTo("UP");
    }

    private static String bootstrapServers() {
        return NewsflowTestResource.infrastructure().kafkaBootstrapServers();
    }
}
