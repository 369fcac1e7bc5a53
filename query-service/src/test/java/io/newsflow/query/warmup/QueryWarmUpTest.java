package io.newsflow.query.warmup;

import static io.newsflow.query.QueryTestSupport.awaitArticle;
import static io.newsflow.query.QueryTestSupport.unique;
import static io.newsflow.query.QueryTestSupport.uniqueCountry;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.contract.AnalysedArticle;
import io.newsflow.contract.ContractFixtures;
import io.newsflow.contract.ContractJson;
import io.newsflow.contract.DatePrecision;
import io.newsflow.contract.EntityKind;
import io.newsflow.contract.NewsEvent;
import io.newsflow.localstack.test.NewsflowTestResource;
import io.newsflow.query.QueryTestSupport;
import io.newsflow.query.persistence.EventChange;
import io.newsflow.query.service.EventBroadcaster;
import io.newsflow.query.service.EventFilter;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.mutiny.subscription.Cancellable;

/**
 * The service with its warm-up on, held by the test in its first round: not ready, alive, not subscribed to
 * news.articles meanwhile, and nothing of the round visible to another session even with its first batch stored.
 * Once let go, the warm-up stores its analyses and ends; afterwards every table has the rows it had, plus those of
 * the one article published during the warm-up, which is read after it; nothing of the warm-up was streamed,
 * announced, counted or dead-lettered.
 */
@QuarkusTest
@TestProfile(QueryWarmUpTest.HeldWarmUp.class)
@WithTestResource(value = NewsflowTestResource.class, scope = TestResourceScope.GLOBAL)
class QueryWarmUpTest extends WarmUpObserved {
    /** This class's own: only the article it publishes is on it, so the row counts are exact. */
    private static final String TOPIC = "news.articles.warm-up-test";
    private static final int ANALYSES = 200;

    public static class HeldWarmUp implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsflow.query.warm-up-analyses", Integer.toString(ANALYSES),
                    "newsflow.query.warm-up", "5m",
                    "mp.messaging.incoming.articles-in.topic", TOPIC);
        }

        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(HeldWarmUpAnalyses.class, PersistedEventsSeen.class);
        }
    }

    @Inject
    HeldWarmUpAnalyses analyses;

    @Inject
    PersistedEventsSeen persisted;

    @Inject
    EventBroadcaster broadcaster;

    @Inject
    MeterRegistry meters;

    @Test
    void warmsUpInTransactionsItRollsBackThenReadsWhatCameMeanwhile() throws InterruptedException {
        analyses.awaitHeld(DEADLINE); // in the first round's transaction, nothing written yet
        List<EventChange> streamed = new CopyOnWriteArrayList<>();
        Cancellable stream = broadcaster.events(EventFilter.none()).subscribe().with(streamed::add);
        assertThat(warmUpCheckStatus()).isEqualTo("DOWN");
        assertThat(given().get("/q/health/ready").statusCode()).isEqualTo(503);
        assertThat(given().get("/q/health/live").statusCode()).isEqualTo(200);
        assertThat(paused()).isTrue();
        assertThat(readiness().getString("checks.find { it.name.contains('Messaging') }.data.'" + CHANNEL + "'"))
                .as("the consumer has not subscribed to news.articles").contains("no subscription yet");
        Map<String, Long> before = TableCounts.all();

        analyses.release();
        analyses.awaitHeld(DEADLINE); // the first batch is stored, not committed
        assertThat(idleInTransaction()).as("the held round's open transaction").isEqualTo(1);
        assertThat(TableCounts.all()).as("what another session sees during the warm-up").isEqualTo(before);
        assertThat(warmUpRows()).isZero();
        AnalysedArticle meanwhile = newArticle();
        QueryTestSupport.publishRaw(TOPIC, meanwhile.articleId(), ContractJson.write(meanwhile));
        analyses.release();

        awaitArticle(meanwhile.articleId(), meanwhile.extractor().version());
        WarmUpReport report = warmUp.report().orElseThrow();
        assertThat(report.analyses()).isGreaterThanOrEqualTo(ANALYSES);
        assertThat(report.rounds()).hasSizeGreaterThan(1);
        assertThat(QueryTestSupport.count("SELECT count(*) FROM article WHERE id = ? AND stored_at >= ?",
                meanwhile.articleId(), java.sql.Timestamp.from(report.ended())))
                .as("stored after the warm-up ended").isEqualTo(1);

        assertThat(TableCounts.all()).as("every table: its rows before, and the article's")
                .isEqualTo(TableCounts.plus(before, meanwhile));
        assertThat(warmUpRows()).isZero();
        assertThat(idleInTransaction()).isZero();
        await().atMost(DEADLINE).until(() -> counted("newsflow.query.records") == 1);
        assertThat(counted("newsflow.query.dead.letters")).isZero();
        assertThat(counted("newsflow.query.rejected.records")).isZero();
        assertThat(persisted.articleIds()).containsExactly(meanwhile.articleId());
        await().atMost(DEADLINE).until(() -> streamed.size() == meanwhile.events().size());
        stream.cancel();
        assertThat(streamed).extracting(change -> change.event().articleId()).containsOnly(meanwhile.articleId());

        await().atMost(DEADLINE).until(() -> given().get("/q/health/ready").statusCode() == 200);
        assertThat(warmUpCheckStatus()).isEqualTo("UP");
        assertThat(paused()).isFalse();
    }

    /** An analysis whose entities no other test names, so every row it brings is new. */
    private static AnalysedArticle newArticle() {
        String country = uniqueCountry();
        NewsEvent.Actor minister = ContractFixtures.actor(EntityKind.PERSON, unique("Minister "), country);
        NewsEvent.Actor state = ContractFixtures.actor(EntityKind.COUNTRY, unique("Republic "), country);
        return ContractFixtures.article(unique("Talks resume "))
                .publishedAt(Instant.parse("2024-05-02T09:00:00Z"))
                .entity(EntityKind.PERSON, minister.name(), country)
                .entity(EntityKind.COUNTRY, state.name(), country)
                .event("036", minister, state, "2024-05-02", DatePrecision.DAY, null, "The minister offered talks.")
                .event("042", state, minister, "2024-05", DatePrecision.MONTH, null, "A delegation visited.")
                .quote("Talks are the only way", minister.name(), minister.entityId(), 10)
                .build();
    }

    private double counted(String meter) {
        return meters.find(meter).counters().stream().mapToDouble(Counter::count).sum();
    }
}
