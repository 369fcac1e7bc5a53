package io.newsflow.ingest.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.newsflow.ingest.service.IngestWarmUp;
import io.newsflow.localstack.test.NewsflowTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** The warm-up reads and normalises its own stories as the service starts and publishes none of them. */
@QuarkusTest
@TestProfile(IngestWarmUpTest.WarmUpOn.class)
@WithTestResource(value = NewsflowTestResource.class, scope = TestResourceScope.GLOBAL)
class IngestWarmUpTest extends RawArticlesTopic {
    private static final int DOCUMENTS = 300;

    public static class WarmUpOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsflow.ingest.warm-up", "20s", "newsflow.ingest.warm-up-documents", Integer.toString(DOCUMENTS));
        }
    }

    @Inject
    IngestWarmUp warmUp;

    @Test
    void everyDocumentIsReadAndNormalisedAndNoneIsPublished() {
        await().atMost(DEADLINE).until(() -> warmUp.finished() >= 0);
        assertThat(warmUp.finished()).isEqualTo(DOCUMENTS);
        assertThat(rawArticles.readFor(record -> record.value().contains("Warm-up story"), Duration.ofSeconds(2)))
                .as("warm-up stories in articles.raw").isEmpty();
    }
}
