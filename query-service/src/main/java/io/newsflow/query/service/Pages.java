package io.newsflow.query.service;

import java.util.List;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

/** A page of a native query and the exact count of its rows, both with the same bound parameters. */
final class Pages {
    private Pages() {
    }

    /** {@code rowsSql} ends before LIMIT; {@code countSql} selects one count. */
    static <T> Page<T> fetch(EntityManager entityManager, Sql sql, String rowsSql, String countSql, PageRequest page,
            Function<Object, T> mapper) {
        List<?> rows = sql.applyTo(entityManager.createNativeQuery(rowsSql + " LIMIT :limit OFFSET :offset"))
                .setParameter("limit", page.size()).setParameter("offset", page.offset())
                .getResultList();
        long total = Rows.count(sql.applyTo(entityManager.createNativeQuery(countSql)).getSingleResult());
        return page.of(rows.stream().map(mapper).toList(), total);
    }
}
