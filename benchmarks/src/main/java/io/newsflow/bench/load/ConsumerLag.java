package io.newsflow.bench.load;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

import io.newsflow.contract.Topics;

/**
 * How many records each consumer group of the pipeline has yet to read, sampled once a second with
 * Kafka's Admin client: the sum over a topic's partitions of the end offset minus the group's
 * committed offset. A lag that stays bounded under load is the "no growing backlog" of the target.
 * End offsets are read_committed ones (the last stable offset), as the groups read; a transactional
 * topic's lag may stay at one commit marker per partition when idle.
 */
final class ConsumerLag implements AutoCloseable {
    private static final long TIMEOUT_MILLIS = 2_000;

    /** A group reading a topic, named by its column in timeseries.csv. */
    record Consumer(String column, String group, String topic) {
    }

    /** The groups and topics of the services' application.properties (mp.messaging.incoming.*). */
    static final List<Consumer> PIPELINE = List.of(
            new Consumer("extract_lag", "extract-service", Topics.ARTICLES_RAW),
            new Consumer("query_articles_lag", "query-service", Topics.NEWS_ARTICLES));

    private final Admin admin;
    private final Map<Long, Map<String, Long>> bySecond = new TreeMap<>();
    /** The partitions of the consumed topics, read once (only the sampling thread touches it). */
    private List<TopicPartition> partitions;

    ConsumerLag(String bootstrapServers) {
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT_MILLIS,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT_MILLIS));
    }

    /** Samples every consumer's lag; a second Kafka did not answer in is left out of the series. */
    void sample(long second) {
        try {
            Map<TopicPartition, Long> ends = endOffsets();
            Map<String, Map<TopicPartition, OffsetAndMetadata>> committed = new HashMap<>();
            for (String group : PIPELINE.stream().map(Consumer::group).distinct().toList()) {
                committed.put(group, admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
                        .get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS));
            }
            Map<String, Long> lags = new LinkedHashMap<>();
            PIPELINE.forEach(consumer -> lags.put(consumer.column(),
                    lag(consumer.topic(), ends, committed.get(consumer.group()))));
            synchronized (bySecond) {
                bySecond.put(second, lags);
            }
        } catch (ExecutionException | TimeoutException e) {
            // Kafka busy or away: this second has no lag
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Map<TopicPartition, Long> endOffsets() throws ExecutionException, InterruptedException, TimeoutException {
        if (partitions == null) {
            List<String> topics = PIPELINE.stream().map(Consumer::topic).distinct().toList();
            partitions = admin.describeTopics(topics).allTopicNames().get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)
                    .values().stream().flatMap(topic -> topic.partitions().stream()
                            .map(partition -> new TopicPartition(topic.name(), partition.partition())))
                    .toList();
        }
        Map<TopicPartition, OffsetSpec> latest = partitions.stream()
                .collect(Collectors.toMap(Function.identity(), partition -> OffsetSpec.latest()));
        return admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all()
                .get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, end -> end.getValue().offset()));
    }

    /** A partition the group has not committed on yet counts from offset 0. */
    private static long lag(String topic, Map<TopicPartition, Long> ends,
            Map<TopicPartition, OffsetAndMetadata> committed) {
        return ends.entrySet().stream().filter(end -> end.getKey().topic().equals(topic))
                .mapToLong(end -> {
                    OffsetAndMetadata done = committed.get(end.getKey());
                    return Math.max(0, end.getValue() - (done == null ? 0 : done.offset()));
                })
                .sum();
    }

    /** Each sampled second's lag by column. */
    Map<Long, Map<String, Long>> bySecond() {
        synchronized (bySecond) {
            return new TreeMap<>(bySecond);
        }
    }

    @Override
    public void close() {
        admin.close(java.time.Duration.ofSeconds(2));
    }
}
