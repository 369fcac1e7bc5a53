package io.newsflow.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.newsflow.contract.Topics;
import io.newsflow.localstack.test.NewsflowTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * Admission control on a real broker: a consumer group of our own stands for the stage after ingest, and moving its
 * committed offsets makes the backlog full or empty. Ingest refuses uploads with a 503 problem while the group lags
 * by the limit or more, and takes them again once it has caught up.
 */
@QuarkusTest
@TestProfile(AdmissionTest.SmallBacklog.class)
@WithTestResource(value = NewsflowTestResource.class, scope = TestResourceScope.GLOBAL)
class AdmissionTest {
    private static final String GROUP = "admission-test-stage";
    private static final int LIMIT = 3;
    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static Admin admin;

    public static class SmallBacklog implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsflow.ingest.admission.max-backlog", Integer.toString(LIMIT),
                    "newsflow.ingest.admission.stages", Topics.ARTICLES_RAW + ":" + GROUP,
                    "newsflow.ingest.admission.sample-interval", "100ms");
        }
    }

    @BeforeAll
    static void connect() {
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                NewsflowTestResource.infrastructure().kafkaBootstrapServers()));
    }

    @AfterAll
    static void disconnect() {
        admin.close();
    }

    @Test
    void uploadsAreRefusedWhileTheStageLagsByTheLimitAndTakenAgainOnceItCaughtUp() throws Exception {
        commitAt(OffsetSpec.latest());
        await().atMost(DEADLINE).until(() -> upload().statusCode() == 202);

        // From the earliest offset every article in the topic waits; each upload taken adds one, until the limit.
        commitAt(OffsetSpec.earliest());
        Response refused = await().atMost(DEADLINE).until(AdmissionTest::upload, answer -> answer.statusCode() == 503);
        refused.then().contentType("application/problem+json")
                .header("Retry-After", "1")
                .body("status", equalTo(503))
                .body("detail", containsString("catching up"))
                .body("detail", containsString("limit " + LIMIT));

        commitAt(OffsetSpec.latest());
        await().atMost(DEADLINE).until(() -> upload().statusCode() == 202);
        assertThat(given().when().get("/q/metrics").asString())
                .containsPattern("newsflow_ingest_refused_total\\{reason=\"backlog\"\\} [1-9]");
    }

    private static Response upload() {
        return given().contentType("text/plain")
                .body("Admission probe " + UUID.randomUUID() + "\nLONDON (Test) - A story to count in the backlog.")
                .when().post("/api/articles");
    }

    /** Commits the group at each partition's earliest or latest offset of articles.raw. */
    private static void commitAt(OffsetSpec where) {
        try {
            var partitions = admin.describeTopics(java.util.List.of(Topics.ARTICLES_RAW)).allTopicNames()
                    .get(10, TimeUnit.SECONDS).get(Topics.ARTICLES_RAW).partitions().stream()
                    .map(partition -> new TopicPartition(Topics.ARTICLES_RAW, partition.partition()))
                    .collect(Collectors.toMap(Function.identity(), partition -> where));
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listOffsets(partitions).all()
                    .get(10, TimeUnit.SECONDS).entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, end -> new OffsetAndMetadata(end.getValue().offset())));
            admin.alterConsumerGroupOffsets(GROUP, offsets).all().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot move the test group's offsets", e);
        }
    }
}
