package io.newsflow.query.persistence;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

/**
 * Tells a failure worth retrying (the database is down, restarting, out of connections, or chose
 * this transaction as a deadlock victim) from one that will fail again (a row it cannot store).
 */
public final class TransientFailures {
    /** SQLState classes and codes PostgreSQL uses for conditions that pass. */
    private static final Set<String> TRANSIENT_STATE_CLASSES = Set.of("08", "53", "57");
    private static final Set<String> TRANSIENT_STATES = Set.of("40001", "40P01", "55P03");

    private TransientFailures() {
    }

    public static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientException || cause instanceof SQLRecoverableException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (TRANSIENT_STATES.contains(sql.getSQLState())
                            || TRANSIENT_STATE_CLASSES.contains(sql.getSQLState().substring(0, 2)))) {
                return true;
            }
            // Agroal reports an exhausted or unreachable pool without a SQLState.
            if (cause instanceof SQLException sql && sql.getSQLState() == null && sql.getMessage() != null
                    && sql.getMessage().contains("acquisition timeout")) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
