package io.newsflow.query.warmup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.localstack.test.NewsflowTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The tests' profile switches the warm-up off ({@code newsflow.query.warm-up-analyses=0}): news.articles is read
 * from the start, and readiness does not wait.
 */
@QuarkusTest
@WithTestResource(value = NewsflowTestResource.class, scope = TestResourceScope.GLOBAL)
class QueryWarmUpOffTest extends WarmUpObserved {

    @Test
    void offMeansNoRoundAndReadingFromTheStart() {
        assertThat(warmUp.report()).hasValueSatisfying(report -> {
            assertThat(report.analyses()).isZero();
            assertThat(report.rounds()).isEmpty();
        });
        assertThat(warmUp.running()).isFalse();
        assertThat(warmUpCheckStatus()).isEqualTo("UP");
        assertThat(paused()).isFalse();
    }
}
