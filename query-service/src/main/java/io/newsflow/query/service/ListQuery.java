package io.newsflow.query.service;

import java.util.List;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * What a list endpoint runs: a page of rows and the count of the matching rows, two native
 * statements with the same bound parameters. Public so the load test can explain exactly these.
 */
public final class ListQuery {
    /** Where the rows statement takes its page. */
    static final String PAGE = " LIMIT :limit OFFSET :offset";

    final Sql sql;
    /** The page of rows, in the list's order: holds {@link #PAGE}. */
    final String rowsSql;
    /** One row per match, no order: what the count counts. */
    final String matchesSql;

    ListQuery(Sql sql, String rowsSql, String matchesSql) {
        if (!rowsSql.contains(PAGE)) {
            throw new IllegalArgumentException("No page in " + rowsSql);
        }
        this.sql = sql;
        this.rowsSql = rowsSql;
        this.matchesSql = matchesSql;
    }

    <T> Page<T> fetch(EntityManager entityManager, PageRequest page, Function<Object, T> mapper) {
        List<?> rows = rows(entityManager, "", page).getResultList();
        long counted = Rows.count(count(entityManager, "").getSingleResult());
        return page.of(rows.stream().map(mapper).toList(), counted);
    }

    /** The page's statement, after {@code prefix} (such as EXPLAIN), with its parameters bound. */
    Query rows(EntityManager entityManager, String prefix, PageRequest page) {
        return sql.applyTo(entityManager.createNativeQuery(prefix + rowsSql))
                .setParameter("limit", page.size()).setParameter("offset", page.offset());
    }

    /** Counts the matches up to one past {@link Page#COUNT_LIMIT}: enough to tell that there are more. */
    Query count(EntityManager entityManager, String prefix) {
        return sql.applyTo(entityManager.createNativeQuery(prefix + "SELECT count(*) FROM (" + matchesSql
                + " LIMIT :countLimit) AS matches")).setParameter("countLimit", Page.COUNT_LIMIT + 1);
    }
}
