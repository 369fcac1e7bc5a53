package io.newsflow.query.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TransientFailuresTest {

    @ParameterizedTest
    @ValueSource(strings = {"08001", "08006", "40001", "40P01", "53300", "57P01"})
    void connectionLossDeadlocksAndShutdownsPass(String sqlState) {
        RuntimeException wrapped = new RuntimeException("write failed", new SQLException("cause", sqlState));

        assertThat(TransientFailures.isTransient(wrapped)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"22021", "23505", "22P02", "42P01"})
    void badDataAndSchemaErrorsDoNotPass(String sqlState) {
        RuntimeException wrapped = new RuntimeException("write failed", new SQLException("cause", sqlState));

        assertThat(TransientFailures.isTransient(wrapped)).isFalse();
    }

    @Test
    void exhaustedPoolPasses() {
        assertThat(TransientFailures.isTransient(new RuntimeException(new SQLException(
                "Sorry, acquisition timeout!")))).isTrue();
        assertThat(TransientFailures.isTransient(new SQLTransientConnectionException("refused"))).isTrue();
    }

    @Test
    void failureWithoutSqlCauseDoesNotPass() {
        assertThat(TransientFailures.isTransient(new IllegalStateException("bug"))).isFalse();
    }
}
