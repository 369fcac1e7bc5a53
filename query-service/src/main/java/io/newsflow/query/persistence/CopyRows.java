package io.newsflow.query.persistence;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;

import org.postgresql.PGConnection;

/**
 * Rows for one {@code COPY table (columns) FROM STDIN} in PostgreSQL's text format: values as
 * their text form (ISO-8601 dates, {@code t}/{@code f}), null as {@code \N}. COPY skips the
 * parsing and planning of multi-row INSERTs; it has no ON CONFLICT, so it serves only rows whose
 * keys the batch has made sure are new.
 */
final class CopyRows {
    private final String copy;
    private final int columns;
    private final StringBuilder rows = new StringBuilder(64 * 1024);
    private int inRow;
    private long count;

    CopyRows(String table, String... columns) {
        this.copy = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN";
        this.columns = columns.length;
    }

    /** The row's next value. */
    CopyRows value(Object value) {
        if (inRow > 0) {
            rows.append('\t');
        }
        if (value == null) {
            rows.append("\\N");
        } else if (value instanceof Boolean bool) {
            rows.append(bool ? 't' : 'f');
        } else {
            escape(value.toString());
        }
        if (++inRow == columns) {
            rows.append('\n');
            inRow = 0;
            count++;
        }
        return this;
    }

    /**
     * A {@code text[]} value as PostgreSQL's array literal, every element quoted (so commas, braces,
     * spaces and the word NULL stay text) with its quotes and backslashes escaped; the COPY escapes
     * are applied on top when the literal is added as a value.
     */
    static String textArray(Collection<String> elements) {
        StringBuilder literal = new StringBuilder("{");
        for (String element : elements) {
            if (literal.length() > 1) {
                literal.append(',');
            }
            literal.append('"');
            for (int i = 0; i < element.length(); i++) {
                char c = element.charAt(i);
                if (c == '"' || c == '\\') {
                    literal.append('\\');
                }
                literal.append(c);
            }
            literal.append('"');
        }
        return literal.append('}').toString();
    }

    /** Sends the rows; returns how many PostgreSQL stored. */
    long copyTo(Connection connection) throws SQLException {
        if (inRow != 0) {
            throw new IllegalStateException("A row with " + inRow + " of " + columns + " values");
        }
        if (count == 0) {
            return 0;
        }
        try {
            return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copy, new StringReader(rows.toString()));
        } catch (IOException e) {
            throw new SQLException("COPY of " + count + " rows failed", e);
        }
    }

    /** The text format's escapes: backslash, and the characters that end a value or a row. */
    private void escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> rows.append("\\\\");
                case '\t' -> rows.append("\\t");
                case '\n' -> rows.append("\\n");
                case '\r' -> rows.append("\\r");
                default -> rows.append(c);
            }
        }
    }
}
