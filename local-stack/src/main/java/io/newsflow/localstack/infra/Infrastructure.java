package io.newsflow.localstack.infra;

/** A running Kafka broker and PostgreSQL server, wherever they run. */
public interface Infrastructure extends AutoCloseable {

    String kafkaBootstrapServers();

    String jdbcUrl();

    String databaseUser();

    String databasePassword();

    /** Stops the Kafka broker only, leaving PostgreSQL up; fault tests use it. */
    void stopKafka();

    /** Starts the Kafka broker again on the same port and data, after {@link #stopKafka()}. */
    void startKafka();

    @Override
    void close();
}
