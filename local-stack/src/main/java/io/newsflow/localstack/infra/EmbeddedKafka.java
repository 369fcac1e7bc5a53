package io.newsflow.localstack.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.kafka.common.Endpoint;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.apache.kafka.common.security.plain.PlainLoginModule;

import io.newsflow.contract.Topics;

import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;

/**
 * A real single-node Kafka broker (KRaft, broker and controller in one) in this JVM. With a data
 * directory its log survives a restart: the cluster id is kept next to the log so the second start
 * finds the formatted storage instead of formatting it again.
 */
public final class EmbeddedKafka implements AutoCloseable {
    private static final String CLUSTER_ID_FILE = "cluster.id";
    private static final String SASL_LISTENER = "SASL";

    private final Path dataDirectory;
    private final boolean deleteOnClose;
    /** Whether the port was asked for as any free one: then a port taken meanwhile is replaced, not an error. */
    private final boolean anyPort;
    private int port;
    private Map<String, String> saslPlainUsers = Map.of();
    private int saslPort;
    private EmbeddedKafkaBroker broker;

    /**
     * @param dataDirectory where the log lives; null for a temporary one deleted on close
     * @param port the client port; 0 for any free port
     */
    public EmbeddedKafka(Path dataDirectory, int port) {
        this.deleteOnClose = dataDirectory == null;
        this.dataDirectory = dataDirectory != null ? dataDirectory : Directories.temporary("newsflow-kafka");
        this.anyPort = port == 0;
        this.port = port != 0 ? port : Ports.freePort();
    }

    /**
     * Adds a second client listener, on a port of its own, that admits only these SASL/PLAIN users
     * (name to password): for tests of clients that must take a service's security settings. The
     * first listener stays as it is, for the broker itself.
     */
    public synchronized EmbeddedKafka withSaslPlainUsers(Map<String, String> users) {
        if (broker != null) {
            throw new IllegalStateException("Listeners are set before the broker starts");
        }
        this.saslPlainUsers = Map.copyOf(users);
        this.saslPort = Ports.freePort();
        return this;
    }

    public synchronized EmbeddedKafka start() {
        if (broker != null) {
            return this;
        }
        if (anyPort) {
            port = Ports.stillFreeOrAnother(port);
        } else {
            Ports.requireFree(port, "Kafka");
        }
        String logDir = dataDirectory.resolve("log").toString();
        broker = new EmbeddedKafkaBroker()
                .withKafkaHost("localhost")
                .withKafkaPort(port)
                .withClusterId(clusterId())
                .withDeleteLogDirsOnClose(false)
                .withAdvertisedListeners(listeners())
                .withAdditionalProperties(properties -> {
                    if (!saslPlainUsers.isEmpty()) {
                        properties.put("sasl.enabled.mechanisms", "PLAIN");
                        properties.put("listener.name." + SASL_LISTENER.toLowerCase(Locale.ROOT) + ".plain.sasl.jaas.config",
                                PlainLoginModule.class.getName() + " required " + saslPlainUsers.entrySet().stream()
                                        .map(user -> "user_" + user.getKey() + "=\"" + user.getValue() + "\"")
                                        .collect(Collectors.joining(" ")) + ";");
                    }
                    properties.put("log.dir", logDir);
                    properties.put("auto.create.topics.enable", "true");
                    properties.put("message.max.bytes", Integer.toString(Topics.MAX_RECORD_BYTES));
                    // Small segments and a bounded retention keep a laptop's disk in check.
                    properties.put("log.retention.hours", "168");
                    properties.put("transaction.state.log.replication.factor", "1");
                    properties.put("transaction.state.log.min.isr", "1");
                    properties.put("group.initial.rebalance.delay.ms", "0");
                })
                .start();
        return this;
    }

    /** The plain listener (the broker's own), and the SASL one when there are users for it. */
    private Endpoint[] listeners() {
        Endpoint plain = EmbeddedKafkaBroker.endpoint(SecurityProtocol.PLAINTEXT, "localhost", port);
        if (saslPlainUsers.isEmpty()) {
            return new Endpoint[] {plain};
        }
        return new Endpoint[] {plain,
                EmbeddedKafkaBroker.endpoint(SASL_LISTENER, SecurityProtocol.SASL_PLAINTEXT, "localhost", saslPort)};
    }

    public synchronized String bootstrapServers() {
        return "localhost:" + port;
    }

    /** The listener that wants SASL/PLAIN; see {@link #withSaslPlainUsers(Map)}. */
    public String saslBootstrapServers() {
        if (saslPlainUsers.isEmpty()) {
            throw new IllegalStateException("This broker has no SASL listener");
        }
        return "localhost:" + saslPort;
    }

    public synchronized int port() {
        return port;
    }

    /** Whether the port was given (and must be free), rather than any free one. */
    public boolean fixedPort() {
        return !anyPort;
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
