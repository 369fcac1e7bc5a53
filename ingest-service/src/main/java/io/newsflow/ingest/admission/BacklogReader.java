package io.newsflow.ingest.admission;

import java.time.Duration;
import java.util.List;
import java.util.Map;
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

import io.newsflow.common.kafka.KafkaClientConfig;

/**
 * Reads the pipeline's backlog from Kafka with the Admin client: the stages' topics' end offsets and their groups'
 * committed offsets. End offsets are read_committed ones, as the stages read: an open transaction of extract's is
 * not yet work for query-service.
 */
final class BacklogReader implements AutoCloseable {
    private final Admin admin;
    private final List<Stage> stages;
    private final long timeoutMillis;
    /** Read once: partitions are added by an operator, and a restart of ingest picks them up. */
    private Map<TopicPartition, OffsetSpec> partitions;

    /** @param kafka the service's Kafka settings (security included), to which the Admin client adds its own */
    BacklogReader(KafkaClientConfig kafka, List<Stage> stages, Duration timeout) {
        this.timeoutMillis = timeout.toMillis();
        this.admin = Admin.create(kafka.with(Map.of(
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeoutMillis,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeoutMillis,
                AdminClientConfig.CLIENT_ID_CONFIG, "newsflow-ingest-backlog")));
        this.stages = stages;
    }

    /** Records waiting for the stages, summed; throws when Kafka does not answer in time. */
    long read() throws ExecutionException, InterruptedException, TimeoutException {
        Map<TopicPartition, Long> ends = admin.listOffsets(partitions(), new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
                .all().get(timeoutMillis, TimeUnit.MILLISECONDS).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, end -> end.getValue().offset()));
        long waiting = 0;
        for (Stage stage : stages) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(stage.group())
                    .partitionsToOffsetAndMetadata().get(timeoutMillis, TimeUnit.MILLISECONDS);
            waiting += StageLag.waiting(stage.topic(), ends, committed);
        }
        return waiting;
    }

    private Map<TopicPartition, OffsetSpec> partitions()
            throws ExecutionException, InterruptedException, TimeoutException {
        if (partitions == null) {
            List<String> topics = stages.stream().map(Stage::topic).distinct().toList();
            partitions = admin.describeTopics(topics).allTopicNames().get(timeoutMillis, TimeUnit.MILLISECONDS)
                    .values().stream()
                    .flatMap(topic -> topic.partitions().stream()
                            .map(partition -> new TopicPartition(topic.name(), partition.partition())))
                    .collect(Collectors.toMap(Function.identity(), partition -> OffsetSpec.latest()));
        }
        return partitions;
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(2));
    }
}
