package io.newsflow.examples.events;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads news.events as the contract asks, with kafka-clients and Jackson only, into {@link EventCounts}.
 * <ul>
 * <li>{@code isolation.level=read_committed}: Newsflow writes an analysis, its events and its
 * retractions in one Kafka transaction; a read_uncommitted consumer would also see the records of
 * transactions that were aborted and written again.</li>
 * <li>A record is a retraction when its {@code ce_type} header says so; anything else is an event.</li>
 * <li>The counts live in memory, so this consumer reads the topic from its start at every
 * assignment and commits no offsets. A consumer with a database stores its events and the offsets
 * in one database transaction instead, and starts from those offsets.</li>
 * </ul>
 * Run: {@code java -cp ... io.newsflow.examples.events.EventsConsumer localhost:9092 my-group}; it
 * prints the counts every 10 seconds until stopped.
 */
public final class EventsConsumer implements AutoCloseable {
    public static final String TOPIC = "news.events";
    public static final String RETRACTED_TYPE = "io.newsflow.event.retracted.v1";
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration PRINT_EVERY = Duration.ofSeconds(10);

    private final ObjectMapper json = new ObjectMapper();
    private final EventCounts counts = new EventCounts();
    private final KafkaConsumer<String, String> consumer;
    private final AtomicBoolean stopped = new AtomicBoolean();

    public EventsConsumer(String bootstrapServers, String groupId) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, groupId,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
                new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(TOPIC), new ConsumerRebalanceListener() {
            @Override
            public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                consumer.seekToBeginning(partitions);
            }

            @Override
            public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            }
        });
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("Usage: EventsConsumer BOOTSTRAP_SERVERS GROUP_ID");
            System.exit(2);
        }
        try (EventsConsumer events = new EventsConsumer(args[0], args[1])) {
            Thread main = Thread.currentThread();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                events.stop();
                try {
                    main.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            events.run(PRINT_EVERY, counts -> System.out.println(Instant.now() + " " + counts));
        }
    }

    /** Polls until {@link #stop()}, handing the counts to {@code report} every {@code interval}. */
    public void run(Duration interval, java.util.function.Consumer<EventCounts> report) {
        Instant nextReport = Instant.now().plus(interval);
        while (!stopped.get()) {
            try {
                poll();
            } catch (WakeupException stopping) {
                break;
            }
            if (Instant.now().isAfter(nextReport)) {
                report.accept(counts);
                nextReport = Instant.now().plus(interval);
            }
        }
    }

    /** One poll, every record of it applied in partition order. */
    public void poll() {
        for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
            apply(record);
        }
    }

    /** Ends {@link #run}; safe from any thread. */
    public void stop() {
        stopped.set(true);
        consumer.wakeup();
    }

    public EventCounts counts() {
        return counts;
    }

    private void apply(ConsumerRecord<String, String> record) {
        JsonNode body;
        try {
            body = json.readTree(record.value());
        } catch (Exception e) {
            System.err.println("Skipping a record that is not JSON at " + record.partition() + "/" + record.offset());
            return;
        }
        if (RETRACTED_TYPE.equals(header(record, "ce_type"))) {
            counts.retraction(body.path("eventId").asText());
        } else {
            counts.event(body.path("eventId").asText(), body.path("source").path("countryCode").textValue(),
                    body.path("cameo").path("root").asText());
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
