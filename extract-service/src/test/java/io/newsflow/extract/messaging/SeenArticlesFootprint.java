package io.newsflow.extract.messaging;

import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import io.newsflow.common.kafka.KafkaClientConfig;
import io.newsflow.contract.Topics;
import io.newsflow.localstack.infra.EmbeddedKafka;

/**
 * Heap and rebuild time of the seen-articles state, before (every id in a map, as SeenArticles kept
 * them until issue 17) and after (Bloom filter and recent ids per partition), at the given numbers of
 * ids. Not a test: a tool whose figures go to docs/benchmarks.md.
 * <p>
 * {@code memory N...}: the state built from generated ids (32 hex characters, as article ids are),
 * spread over 6 partitions. {@code topic N}: N seen-records written to articles.seen on an embedded
 * broker, then read back the old way and the new way ({@link SeenArticles#load}), timed.
 * {@code topic-with-events N...}: the same with the value issue 16 writes, the version and the event
 * ids of the analysis, {@value #EVENTS_PER_ARTICLE} of them (what a 300–1,500-word story gives).
 */
public final class SeenArticlesFootprint {
    private static final int PARTITIONS = 6;
    private static final String VERSION = "0.1.0";
    private static final double RATE = 1e-4;
    private static final long MAX_FILTER_BYTES = 32L * 1024 * 1024;
    private static final int RECENT = 20_000;
    private static final HexFormat HEX = HexFormat.of();
    private static final int EVENTS_PER_ARTICLE = 20;

    private SeenArticlesFootprint() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        for (int i = 1; i < args.length; i++) {
            int ids = Integer.parseInt(args[i]);
            if (mode.equals("memory")) {
                memory(ids);
            } else {
                topic(ids, mode.equals("topic-with-events") ? EVENTS_PER_ARTICLE : 0);
            }
        }
        System.exit(0);
    }

    private static void memory(int ids) {
        measure("before: map of every id", ids, () -> {
            Map<Integer, Map<String, String>> versions = new ConcurrentHashMap<>();
            // A fresh version string per record, as the StringDeserializer gives them.
            IntStream.range(0, ids).forEach(i -> versions.computeIfAbsent(i % PARTITIONS, p -> new ConcurrentHashMap<>())
                    .put(id(i), new String(VERSION.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)));
            return versions;
        });
        measure("after: Bloom filter + recent ids", ids, () -> {
            Map<Integer, SeenPartition> partitions = new HashMap<>();
            SeenFilter.Sizing sizing = ArticleBloomFilter.sizing(RATE, MAX_FILTER_BYTES);
            IntStream.range(0, PARTITIONS).forEach(p -> partitions.put(p, new SeenPartition(
                    sizing.forIds(ids / PARTITIONS), new RecentArticles(RECENT))));
            IntStream.range(0, ids).forEach(i -> partitions.get(i % PARTITIONS).add(id(i),
                    new String(VERSION.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)));
            return partitions;
        });
    }

    private static void topic(int ids, int eventsPerArticle) throws Exception {
        try (EmbeddedKafka kafka = new EmbeddedKafka(null, 0).start()) {
            KafkaClientConfig config = new KafkaClientConfig(Map.of("bootstrap.servers", kafka.bootstrapServers()));
            SeenTopic topic = new SeenTopic(config);
            topic.ensure();
            long writeStart = System.nanoTime();
            write(kafka.bootstrapServers(), ids, eventsPerArticle);
            System.out.printf("wrote %,d seen-records in %.1f s%n", ids, seconds(writeStart));
            List<Integer> all = IntStream.range(0, PARTITIONS).boxed().toList();
            measure("before: map of every id, read from articles.seen", ids, () -> loadTheOldWay(config, all));
            measure("after: SeenArticles.load", ids, () -> {
                SeenArticles seen = new SeenArticles(new SeenTopicReader(config, topic),
                        ArticleBloomFilter.sizing(RATE, MAX_FILTER_BYTES), RECENT);
                seen.load(all);
                return seen;
            });
        }
    }

    /** SeenArticles.load as it was before issue 17 (commit 3a1e8cc). */
    private static Map<Integer, Map<String, String>> loadTheOldWay(KafkaClientConfig kafka, List<Integer> partitions) {
        Map<Integer, Map<String, String>> versionsByPartition = new ConcurrentHashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(kafka.with(Map.of(
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false")),
                new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> seen = partitions.stream()
                    .map(partition -> new TopicPartition(Topics.ARTICLES_SEEN, partition)).toList();
            consumer.assign(seen);
            consumer.seekToBeginning(seen);
            Map<TopicPartition, Long> ends = consumer.endOffsets(seen);
            seen.forEach(partition -> versionsByPartition.put(partition.partition(), new ConcurrentHashMap<>()));
            while (!ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue())) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> versionsByPartition.get(record.partition())
                        .put(record.key(), record.value()));
            }
        }
        return versionsByPartition;
    }

    private static void write(String bootstrapServers, int ids, int eventsPerArticle) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "1",
                ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.BATCH_SIZE_CONFIG, 512 * 1024,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4"), new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < ids; i++) {
                StringBuilder value = new StringBuilder(VERSION);
                for (int event = 0; event < eventsPerArticle; event++) {
                    value.append('\n').append(id(ids + i * eventsPerArticle + event));
                }
                producer.send(new ProducerRecord<>(Topics.ARTICLES_SEEN, i % PARTITIONS, id(i), value.toString()));
            }
            producer.flush();
        }
    }

    /** Builds the state, then reports the time it took and the heap it holds after a full collection. */
    private static void measure(String what, int ids, Supplier<Object> build) {
        long before = usedHeapAfterGc();
        long start = System.nanoTime();
        Object state = build.get();
        double took = seconds(start);
        long held = usedHeapAfterGc() - before;
        System.out.printf("%-50s %,12d ids: %7.1f s, %,10.1f MB held (%.1f bytes per id)%n", what, ids, took,
                held / 1e6, (double) held / ids);
        // The state must live until the heap it holds is measured.
        Reference.reachabilityFence(state);
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** 32 hex characters, as article ids are, all distinct. */
    private static String id(int i) {
        return HEX.toHexDigits(i * 0x9E3779B97F4A7C15L) + HEX.toHexDigits((long) i);
    }
}
