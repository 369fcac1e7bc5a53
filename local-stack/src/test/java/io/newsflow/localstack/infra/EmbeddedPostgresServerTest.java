package io.newsflow.localstack.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerTest {

    @Test
    void dataSurvivesARestartOnTheSameDirectory(@TempDir Path data) throws Exception {
        int port = Ports.freePort();
        try (EmbeddedPostgresServer server = new EmbeddedPostgresServer(data, port).start()) {
            execute(server, "CREATE TABLE kept (v text); INSERT INTO kept VALUES ('still here')");
        }
        try (EmbeddedPostgresServer server = new EmbeddedPostgresServer(data, port).start();
                Connection connection = DriverManager.getConnection(server.jdbcUrl(), "postgres", "postgres");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT v FROM kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("still here");
        }
    }

    private static void execute(EmbeddedPostgresServer server, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), "postgres", "postgres");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
