package io.newsflow.localstack.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.kafka.common.Uuid;

import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;

/**
 * A real single-node Kafka broker (KRaft, broker and controller in one) in this JVM. With a data
 * directory its log survives a restart: the cluster id is kept next to the log so the second start
 * finds the formatted storage instead of formatting it again.
 */
public final class EmbeddedKafka implements AutoCloseable {
    private static final String CLUSTER_ID_FILE = "cluster.id";

    private final Path dataDirectory;
    private final boolean deleteOnClose;
    private final int port;
    private EmbeddedKafkaBroker broker;

    /**
     * @param dataDirectory where the log lives; null for a temporary one deleted on close
     * @param port the client port; 0 for any free port
     */
    public EmbeddedKafka(Path dataDirectory, int port) {
        this.deleteOnClose = dataDirectory == null;
        this.dataDirectory = dataDirectory != null ? dataDirectory : Directories.temporary("newsflow-kafka");
        this.port = port != 0 ? port : Ports.freePort();
    }

    public synchronized EmbeddedKafka start() {
        if (broker != null) {
            return this;
        }
        Ports.requireFree(port, "Kafka");
        String logDir = dataDirectory.resolve("log").toString();
        broker = new EmbeddedKafkaBroker()
                .withKafkaHost("localhost")
                .withKafkaPort(port)
                .withClusterId(clusterId())
                .withDeleteLogDirsOnClose(false)
                .withAdditionalProperties(properties -> {
                    properties.put("log.dir", logDir);
                    properties.put("auto.create.topics.enable", "true");
                    properties.put("message.max.bytes", Integer.toString(TopicSetup.MAX_MESSAGE_BYTES));
                    // Small segments and a bounded retention keep a laptop's disk in check.
                    properties.put("log.retention.hours", "168");
                    properties.put("transaction.state.log.replication.factor", "1");
                    properties.put("transaction.state.log.min.isr", "1");
                    properties.put("group.initial.rebalance.delay.ms", "0");
                })
                .start();
        return this;
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public int port() {
        return port;
    }

    public synchronized boolean isRunning() {
        return broker != null && broker.isRunning();
    }

    /** Stops the broker; its data stays, so {@link #start()} brings the same topics back. */
    public synchronized void stop() {
        if (broker != null) {
            broker.close();
            broker = null;
        }
    }

    @Override
    public synchronized void close() {
        stop();
        if (deleteOnClose) {
            Directories.deleteRecursively(dataDirectory);
        }
    }

    private String clusterId() {
        try {
            Files.createDirectories(dataDirectory);
            Path file = dataDirectory.resolve(CLUSTER_ID_FILE);
            if (Files.exists(file)) {
                return Files.readString(file).strip();
            }
            String clusterId = Uuid.randomUuid().toString();
            Files.writeString(file, clusterId);
            return clusterId;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the Kafka cluster id in " + dataDirectory, e);
        }
    }
}
