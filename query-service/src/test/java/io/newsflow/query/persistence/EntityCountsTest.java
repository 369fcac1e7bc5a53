package io.newsflow.query.persistence;

import static io.newsflow.query.QueryTestSupport.DEADLINE;
import static io.newsflow.query.QueryTestSupport.count;
import static io.newsflow.query.QueryTestSupport.publish;
import static io.newsflow.query.QueryTestSupport.publishAndAwait;
import static io.newsflow.query.QueryTestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.newsflow.contract.AnalysedArticle;
import io.newsflow.contract.ContractFixtures;
import io.newsflow.contract.ContractJson;
import io.newsflow.contract.DatePrecision;
import io.newsflow.contract.EntityKind;
import io.newsflow.contract.NewsEvent;
import io.newsflow.localstack.test.NewsflowTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The mention and event counts kept on entity rows always equal a recount of the stored analyses' rows. */
@QuarkusTest
@WithTestResource(value = NewsflowTestResource.class, scope = TestResourceScope.GLOBAL)
class EntityCountsTest {
    @Inject
    AnalysisStore store;

    @Test
    void countsFollowAReanalysisAndIgnoreRedeliveries() {
        NewsEvent.Actor envoy = ContractFixtures.actor(EntityKind.PERSON, unique("Envoy "), "RUS");
        NewsEvent.Actor state = ContractFixtures.actor(EntityKind.COUNTRY, unique("State "), "PRK");
        String headline = unique("Counted ");
        AnalysedArticle v1 = ContractFixtures.article(headline).analysis("1.0", Instant.parse("2017-06-03T12:00:00Z"))
                .entity(EntityKind.PERSON, envoy.name(), "RUS")
                .event("042", envoy, state, "2017-06-01", DatePrecision.DAY, null, "He visited.")
                .event("043", envoy, envoy, "2017-06-02", DatePrecision.DAY, null, "He hosted himself.")
                .event("163", state, null, "2017-06-03", DatePrecision.DAY, null, "It imposed sanctions.")
                .build();
        AnalysedArticle v2 = ContractFixtures.article(headline).analysis("2.0", Instant.parse("2017-06-04T12:00:00Z"))
                .event("051", state, envoy, "2017-06-05", DatePrecision.DAY, null, "It praised him.")
                .build();
        AnalysedArticle other = ContractFixtures.article(unique("Other ")).entity(EntityKind.PERSON, envoy.name(), "RUS")
                .event("040", envoy, null, "2017-06-06", DatePrecision.DAY, null, "He consulted.")
                .build();

        publishAndAwait(v1, other);
        // Two events of v1 and one of the other article; the one where he is both source and target counts once.
        assertCounts(envoy, 4, 3);
        assertCounts(state, 0, 2);

        publishAndAwait(v2);
        assertCounts(envoy, 2, 2);
        assertCounts(state, 0, 1);

        publish(v2);
        publish(v1);
        publishAndAwait(ContractFixtures.article(unique("Marker ")).build());
        assertCounts(envoy, 2, 2);
        assertCounts(state, 0, 1);
    }

    /**
     * In a rebalance the partition's old owner may still be writing a batch when the new owner
     * receives the same records from the last committed offset. The second write waits for the
     * first's article row and then finds the analysis stored: nothing is written or counted twice.
     */
    @Test
    void aRecordTwoConsumersWriteAtOnceIsStoredAndCountedOnce() throws Exception {
        NewsEvent.Actor envoy = ContractFixtures.actor(EntityKind.PERSON, unique("Envoy "), "RUS");
        AnalysedArticle article = ContractFixtures.article(unique("Rebalanced "))
                .entity(EntityKind.PERSON, envoy.name(), "RUS")
                .event("042", envoy, null, "2017-06-01", DatePrecision.DAY, null, "He visited.").build();
        List<Received<AnalysedArticle>> batch = List.of(new Received<>(article, ContractJson.write(article)));
        CountDownLatch firstWrote = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        ExecutorService consumers = Executors.newFixedThreadPool(2);
        try {
            Future<List<EventChange>> oldOwner = consumers.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
                List<EventChange> stored = store.saveReceived(batch);
                firstWrote.countDown();
                commitFirst.await(DEADLINE.toSeconds(), TimeUnit.SECONDS);
                return stored;
            }));
            assertThat(firstWrote.await(DEADLINE.toSeconds(), TimeUnit.SECONDS)).isTrue();
            Future<List<EventChange>> newOwner = consumers.submit(
                    () -> QuarkusTransaction.requiringNew().call(() -> store.saveReceived(batch)));
            await().atMost(DEADLINE).until(() -> count("SELECT count(*) FROM pg_stat_activity"
                    + " WHERE wait_event_type = 'Lock' AND query LIKE 'INSERT INTO article AS a%'") > 0);
            commitFirst.countDown();

            assertThat(oldOwner.get(DEADLINE.toSeconds(), TimeUnit.SECONDS)).hasSize(1);
            assertThat(newOwner.get(DEADLINE.toSeconds(), TimeUnit.SECONDS)).isEmpty();
        } finally {
            commitFirst.countDown();
            consumers.shutdownNow();
        }
        assertThat(count("SELECT count(*) FROM event WHERE article_id = ?", article.articleId())).isEqualTo(1);
        assertCounts(envoy, 2, 1);
    }

    @Test
    void anEventOfALaterArticleCountsForTheEntityAnEarlierOneCreated() {
        NewsEvent.Actor early = ContractFixtures.actor(EntityKind.ORGANIZATION, unique("Early Agency "), "UN");
        AnalysedArticle late = ContractFixtures.article(unique("Late "))
                .event("036", early, null, "2017", DatePrecision.YEAR, null, "It wants talks.").build();

        AnalysedArticle creator = ContractFixtures.article(unique("Creator ")).entity(EntityKind.ORGANIZATION,
                early.name(), "UN").build();
        publishAndAwait(creator);
        assertCounts(early, 2, 0);

        publishAndAwait(late);
        assertCounts(early, 2, 1);
    }

    /** The stored counts, checked against a recount of the stored articles' documents and event rows. */
    private static void assertCounts(NewsEvent.Actor actor, long mentions, long events) {
        List<Long> recount = List.of(count("SELECT count(*) FROM article a, json_array_elements(a.document -> 'entities') AS en,"
                + " json_array_elements(en -> 'mentions') AS m WHERE en ->> 'id' = ?", actor.entityId()),
                count("SELECT count(*) FROM event e WHERE (source_entity_id = ? OR target_entity_id = ?)"
                        + " AND EXISTS (SELECT 1 FROM article a WHERE a.id = e.article_id)",
                        actor.entityId(), actor.entityId()));
        List<Long> stored = List.of(count("SELECT mention_count FROM entity WHERE id = ?", actor.entityId()),
                count("SELECT event_count FROM entity WHERE id = ?", actor.entityId()));
        assertThat(recount).as("recount of %s", actor.name()).containsExactly(mentions, events);
        assertThat(stored).as("counts stored on %s", actor.name()).isEqualTo(recount);
    }
}
