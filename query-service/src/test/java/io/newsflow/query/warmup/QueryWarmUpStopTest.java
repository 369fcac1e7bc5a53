package io.newsflow.query.warmup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.newsflow.localstack.test.NewsflowTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The service stopping while its warm-up has stored a batch: the warm-up's thread ends, its transaction is rolled
 * back (no session holds one open, no row is left), and news.articles is never subscribed to.
 */
@QuarkusTest
@TestProfile(QueryWarmUpStopTest.LongWarmUp.class)
@WithTestResource(value = NewsflowTestResource.class, scope = TestResourceScope.GLOBAL)
class QueryWarmUpStopTest extends WarmUpObserved {

    public static class LongWarmUp implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsflow.query.warm-up-analyses", "1000000", "newsflow.query.warm-up", "10m");
        }

        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(HeldWarmUpAnalyses.class);
        }
    }

    @Inject
    HeldWarmUpAnalyses analyses;

    @Test
    void aServiceStoppingDuringItsWarmUpRollsItBackAndNeverStartsReading() throws InterruptedException {
        analyses.awaitHeld(DEADLINE);
        analyses.release();
        analyses.awaitHeld(DEADLINE); // the first batch is stored, not committed
        assertThat(idleInTransaction()).as("the held round's open transaction").isEqualTo(1);

        warmUp.stop(null); // what the service's shutdown does

        await().atMost(DEADLINE).until(() -> !warmUp.running());
        assertThat(idleInTransaction()).isZero();
        assertThat(warmUpRows()).isZero();
        assertThat(warmUp.report()).isEmpty();
        assertThat(warmUp.done().toCompletableFuture()).isNotDone();
        assertThat(paused()).isTrue();
        assertThat(warmUpCheckStatus()).isEqualTo("DOWN");
    }
}
