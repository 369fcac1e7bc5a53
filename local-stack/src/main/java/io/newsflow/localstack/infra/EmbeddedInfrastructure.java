package io.newsflow.localstack.infra;

import java.nio.file.Path;

/** Kafka and PostgreSQL in this JVM (PostgreSQL as a child process), from Maven artifacts alone. */
public final class EmbeddedInfrastructure implements Infrastructure {
    private final EmbeddedKafka kafka;
    private final EmbeddedPostgresServer postgres;

    private EmbeddedInfrastructure(EmbeddedKafka kafka, EmbeddedPostgresServer postgres) {
        this.kafka = kafka;
        this.postgres = postgres;
    }

    /** Throw-away data in temporary directories, any free ports: for tests. */
    public static EmbeddedInfrastructure temporary() {
        return start(new EmbeddedKafka(null, 0), new EmbeddedPostgresServer(null, 0));
    }

    /** Data kept under {@code dataDirectory}, on the given ports: for {@code ./newsflow up}. */
    public static EmbeddedInfrastructure persistent(Path dataDirectory, int kafkaPort, int postgresPort) {
        return start(new EmbeddedKafka(dataDirectory.resolve("kafka"), kafkaPort),
                new EmbeddedPostgresServer(dataDirectory.resolve("postgres"), postgresPort));
    }

    private static EmbeddedInfrastructure start(EmbeddedKafka kafka, EmbeddedPostgresServer postgres) {
        // a given port that is taken fails before anything starts; any free port is chosen again when it is bound
        if (kafka.fixedPort()) {
            Ports.requireFree(kafka.port(), "Kafka");
        }
        if (postgres.fixedPort()) {
            Ports.requireFree(postgres.port(), "PostgreSQL");
        }
        postgres.start();
        try {
            kafka.start();
        } catch (RuntimeException e) {
            postgres.close();
            throw e;
        }
        return new EmbeddedInfrastructure(kafka, postgres);
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    @Override
    public String jdbcUrl() {
        return postgres.jdbcUrl();
    }

    @Override
    public String databaseUser() {
        return EmbeddedPostgresServer.USER;
    }

    @Override
    public String databasePassword() {
        return EmbeddedPostgresServer.PASSWORD;
    }

    @Override
    public void stopKafka() {
        kafka.stop();
    }

    @Override
    public void startKafka() {
        kafka.start();
    }

    /** Stops PostgreSQL only; fault tests use it. */
    public void stopPostgres() {
        postgres.stop();
    }

    public void startPostgres() {
        postgres.start();
    }

    @Override
    public void close() {
        try {
            kafka.close();
        } finally {
            postgres.close();
        }
    }
}
