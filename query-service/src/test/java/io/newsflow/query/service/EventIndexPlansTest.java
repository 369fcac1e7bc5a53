package io.newsflow.query.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.newsflow.localstack.test.NewsflowTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The event indexes hold only rows a filter can match (V11: no entry where the column is NULL). A
 * partial index serves a query only when the planner proves its predicate from the query's
 * conditions; a filter rewritten into a form that is not strict (coalesce, IS NOT DISTINCT FROM)
 * would silently fall back to reading the whole table at 500,000 events. With sequential scans
 * priced out, each filter's count statement must name its indexes.
 */
@QuarkusTest
@WithTestResource(value = NewsflowTestResource.class, scope = TestResourceScope.GLOBAL)
class EventIndexPlansTest {
    @Inject
    EventQueries events;
    @Inject
    EntityManager entityManager;

    @Test
    void anActorIsFoundThroughTheEntityIndexesAndTheFoldedNamesOfUntiedActors() {
        assertThat(countPlan(filter("Maria Zakharova", null, null))).contains("event_source_entity_idx",
                "event_target_entity_idx", "event_source_folded_idx", "event_target_folded_idx");
    }

    @Test
    void aCountryIsFoundThroughItsThreeCountryIndexes() {
        assertThat(countPlan(filter(null, "RUS", null))).contains("event_source_country_root_idx",
                "event_target_country_root_idx", "event_location_country_root_idx");
    }

    @Test
    void aPlaceIsFoundThroughItsIndex() {
        assertThat(countPlan(filter(null, null, "Moscow"))).contains("event_location_date_idx");
    }

    private static EventFilter filter(String actor, String country, String location) {
        return new EventFilter(actor, country, null, null, null, location == null ? null : LocalDate.of(2017, 7, 1),
                null, location, null, null);
    }

    private String countPlan(EventFilter filter) {
        ListQuery query = events.listQuery(filter);
        List<?> plan = QuarkusTransaction.requiringNew().call(() -> {
            entityManager.createNativeQuery("SELECT set_config('enable_seqscan', 'off', true)").getSingleResult();
            return query.count(entityManager, "EXPLAIN ").getResultList();
        });
        return plan.stream().map(Object::toString).collect(Collectors.joining("\n"));
    }
}
