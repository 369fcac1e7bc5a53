package io.newsflow.localstack.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server from the binaries zonky ships in jars. With a data directory the
 * cluster survives a restart; without one it lives in a temporary directory.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {
    public static final String DATABASE = "newsflow";
    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private final Path dataDirectory;
    private final boolean temporary;
    /** Whether the port was asked for as any free one: then a port taken meanwhile is replaced, not an error. */
    private final boolean anyPort;
    private int port;
    private EmbeddedPostgres postgres;

    /**
     * @param dataDirectory the cluster's data directory; null for a temporary one
     * @param port the server port; 0 for any free port
     */
    public EmbeddedPostgresServer(Path dataDirectory, int port) {
        this.temporary = dataDirectory == null;
        this.dataDirectory = temporary ? Directories.temporary("newsflow-postgres") : dataDirectory;
        this.anyPort = port == 0;
        this.port = port != 0 ? port : Ports.freePort();
    }

    /** System property: load pg_stat_statements (off by default: it costs every statement a little). */
    public static final String STATEMENT_STATS = "newsflow.postgres.statement-stats";
    /** {@code -Dnewsflow.postgres.shared-buffers=2GB}: PostgreSQL's buffer cache, 512 MB unless set. */
    public static final String SHARED_BUFFERS = "newsflow.postgres.shared-buffers";

    public synchronized EmbeddedPostgresServer start() {
        if (postgres != null) {
            return this;
        }
        if (anyPort) {
            port = Ports.stillFreeOrAnother(port);
        } else {
            Ports.requireFree(port, "PostgreSQL");
        }
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (Boolean.getBoolean(STATEMENT_STATS)) {
                // What each statement costs, for measuring the writes (LoadTest prints the top ones).
                builder.setServerConfig("shared_preload_libraries", "pg_stat_statements")
                        .setServerConfig("pg_stat_statements.track", "all");
            }
            postgres = builder
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "200")
                    // PostgreSQL's compiled-in 128 MB held less than the article table at 100,000
                    // articles: a broad full-text search then read most of its matches from the OS,
                    // 5 times slower than from the buffers. Memory is taken only as pages are used.
                    .setServerConfig("shared_buffers", System.getProperty(SHARED_BUFFERS, "512MB"))
                    // Bulk loads filled the default 1 GB of WAL every 30 s, each time a checkpoint.
                    .setServerConfig("max_wal_size", "2GB")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start in " + dataDirectory, e);
        }
        createDatabaseIfMissing();
        return this;
    }

    public synchronized String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
    }

    public synchronized int port() {
        return port;
    }

    /** Whether the port was given (and must be free), rather than any free one. */
    public boolean fixedPort() {
        return !anyPort;
    }

    public synchronized void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException("PostgreSQL did not stop cleanly", e);
            } finally {
                postgres = null;
            }
        }
    }

    @Override
    public synchronized void close() {
        stop();
        if (temporary) {
            Directories.deleteRecursively(dataDirectory);
        }
    }

    private void createDatabaseIfMissing() {
        String adminUrl = "jdbc:postgresql://localhost:" + port + "/postgres";
        try (Connection connection = DriverManager.getConnection(adminUrl, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            var exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'");
            if (!exists.next()) {
                statement.execute("CREATE DATABASE " + DATABASE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + DATABASE, e);
        }
    }
}
