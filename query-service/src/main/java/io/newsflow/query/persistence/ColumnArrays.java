package io.newsflow.query.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Rows bound as one text array per column, for statements that must see a batch's rows together:
 * an upsert that returns what it decided for each ({@link ArticleRows}), a join with stored rows
 * ({@link EntityIds}, {@link EntityCounts}). Every value goes as its text form (ISO-8601 for
 * instants and dates), which the SQL casts to the column's type. Plain inserts stay JDBC batches
 * (for them it measured the same within the noise), the events a COPY (docs/benchmarks.md).
 */
final class ColumnArrays {
    private final List<String> names;
    private final List<List<String>> columns = new ArrayList<>();

    ColumnArrays(String... names) {
        this.names = List.of(names);
        for (int i = 0; i < names.length; i++) {
            columns.add(new ArrayList<>());
        }
    }

    /** One row, a value per column in the order of the names; null stays NULL. */
    void add(Object... values) {
        if (values.length != names.size()) {
            throw new IllegalArgumentException(values.length + " values for " + names.size() + " columns");
        }
        for (int i = 0; i < values.length; i++) {
            columns.get(i).add(values[i] == null ? null : values[i].toString());
        }
    }

    boolean isEmpty() {
        return columns.get(0).isEmpty();
    }

    /** {@code unnest(?::text[], ...) AS alias(name, ...)}: a parameter per column, bound by {@link #bind}. */
    String unnest(String alias) {
        StringJoiner arrays = new StringJoiner(", ", "unnest(", ")");
        names.forEach(name -> arrays.add("?::text[]"));
        return arrays + " AS " + alias + "(" + String.join(", ", names) + ")";
    }

    /** Binds the columns from parameter {@code first} on; returns the next parameter's index. */
    int bind(Connection connection, PreparedStatement statement, int first) throws SQLException {
        int parameter = first;
        for (List<String> column : columns) {
            statement.setArray(parameter++, connection.createArrayOf("text", column.toArray()));
        }
        return parameter;
    }
}
