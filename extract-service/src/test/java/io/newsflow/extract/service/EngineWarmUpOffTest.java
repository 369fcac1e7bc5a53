package io.newsflow.extract.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.localstack.test.NewsflowTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The tests' profile switches the warm-up off ({@code newsflow.extract.warm-up-analyses=0}): articles.raw is read
 * from the start.
 */
@QuarkusTest
@WithTestResource(value = NewsflowTestResource.class, scope = TestResourceScope.GLOBAL)
class EngineWarmUpOffTest extends WarmUpObserved {

    @Test
    void offMeansNoWarmUpStoryAndTheChannelReadFromTheStart() {
        assertThat(warmUp.report()).hasValueSatisfying(report -> assertThat(report.analyses()).isZero());
        assertThat(warmUpCheckStatus()).isEqualTo("UP");
        assertThat(channels.getPausable(CHANNEL).isPaused()).isFalse();
        assertThat(engine.callSequence()).noneMatch(WarmUpObserved::isWarmUp);
    }
}
