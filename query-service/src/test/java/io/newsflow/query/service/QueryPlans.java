package io.newsflow.query.service;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * EXPLAIN (ANALYZE, BUFFERS) of the statements a list endpoint runs, through the service's own
 * connections (same session settings, same bound parameters), so the plans are those of the
 * real queries.
 */
public final class QueryPlans {
    private static final String EXPLAIN = "EXPLAIN (ANALYZE, BUFFERS) ";

    private QueryPlans() {
    }

    public static String rows(EntityManager entityManager, ListQuery query, PageRequest page) {
        return plan(() -> query.rows(entityManager, EXPLAIN, page).getResultList());
    }

    public static String count(EntityManager entityManager, ListQuery query) {
        return plan(() -> query.count(entityManager, EXPLAIN).getResultList());
    }

    private static String plan(java.util.function.Supplier<List<?>> explain) {
        return QuarkusTransaction.requiringNew().call(explain::get).stream().map(Object::toString)
                .collect(Collectors.joining("\n"));
    }
}
