package io.newsflow.query.service;

import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.ScrollMode;
import org.hibernate.ScrollableResults;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;

/**
 * Streams every row of a query through a server-side cursor (a fetch size inside a read-only
 * transaction), so an export of a million rows holds one fetch in memory, not the list.
 */
@ApplicationScoped
public class RowStream {
    private static final int FETCH_SIZE = 500;

    private final EntityManager entityManager;

    RowStream(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional
    void forEach(String sql, Sql parameters, Consumer<Object> row) {
        Session session = entityManager.unwrap(Session.class);
        session.doWork(connection -> {
            try (var statement = connection.createStatement()) {
                statement.execute("SET TRANSACTION READ ONLY");
            }
        });
        NativeQuery<?> query = session.createNativeQuery(sql, Object.class);
        parameters.applyTo(query);
        query.setFetchSize(FETCH_SIZE);
        query.setReadOnly(true);
        try (ScrollableResults<?> rows = query.scroll(ScrollMode.FORWARD_ONLY)) {
            while (rows.next()) {
                row.accept(rows.get());
            }
        }
    }
}
