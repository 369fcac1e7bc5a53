package io.newsflow.query.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.junit.jupiter.api.Test;

import io.newsflow.localstack.test.NewsflowTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The database retry rules as the consumers meet them: transient failures wait and retry, others do not. */
@QuarkusTest
@WithTestResource(value = NewsflowTestResource.class, scope = TestResourceScope.GLOBAL)
class ResilientWritesTest {
    @Inject
    ResilientWrites writes;

    @Inject
    @Readiness
    DatabaseWriteHealth health;

    @Test
    void transientFailuresAreRetriedWithReadinessDownMeanwhile() {
        AtomicInteger attempts = new AtomicInteger();
        List<HealthCheckResponse.Status> readinessDuringAttempts = new ArrayList<>();

        ResilientWrites.Outcome<String, String> outcome = writes.write(List.of("a", "b"), items -> {
            readinessDuringAttempts.add(health.call().getStatus());
            if (attempts.incrementAndGet() <= 2) {
                throw new IllegalStateException(new SQLTransientConnectionException("Connection refused", "08001"));
            }
            return items;
        }, "test items");

        assertThat(outcome.results()).containsExactly("a", "b");
        assertThat(outcome.unstorable()).isEmpty();
        assertThat(attempts).hasValue(3);
        assertThat(readinessDuringAttempts.subList(1, 3)).as("readiness while retrying")
                .containsOnly(HealthCheckResponse.Status.DOWN);
        assertThat(health.call().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
    }

    @Test
    void aBatchThatFailsForItsContentIsWrittenItemByItemWithoutRetriesAndTheRefusedItemsAreHandedBack() {
        List<List<String>> calls = new ArrayList<>();

        ResilientWrites.Outcome<String, String> outcome = writes.write(List.of("good", "bad", "also good"), items -> {
            calls.add(items);
            if (items.contains("bad")) {
                throw new IllegalStateException(new SQLException("value too long", "22001"));
            }
            return items;
        }, "test items");

        assertThat(outcome.results()).containsExactly("good", "also good");
        assertThat(outcome.unstorable()).singleElement().satisfies(refused -> {
            assertThat(refused.item()).isEqualTo("bad");
            assertThat(ResilientWrites.rootCause(refused.failure())).hasMessage("value too long");
        });
        assertThat(calls).containsExactly(List.of("good", "bad", "also good"), List.of("good"), List.of("bad"),
                List.of("also good"));
        assertThat(health.call().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
    }

    @Test
    void anInterruptWhileWaitingForTheDatabaseFailsTheBatchWithoutLeavingAnyItemOut() {
        List<List<String>> calls = new ArrayList<>();
        try {
            assertThatThrownBy(() -> writes.write(List.of("a", "b"), items -> {
                calls.add(items);
                Thread.currentThread().interrupt();
                throw new IllegalStateException(new SQLTransientConnectionException("Connection refused", "08001"));
            }, "test items")).isInstanceOf(ResilientWrites.Interrupted.class);
            assertThat(Thread.currentThread().isInterrupted()).as("interrupt flag kept").isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(calls).as("no item by item write").containsExactly(List.of("a", "b"));
        // Readiness went DOWN before the wait; the next write that succeeds brings it back.
        writes.write(List.of("after"), items -> items, "test items");
        assertThat(health.call().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
    }
}
