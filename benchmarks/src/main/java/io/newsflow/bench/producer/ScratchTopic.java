package io.newsflow.bench.producer;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

import io.newsflow.contract.Topics;

/**
 * A topic for the baseline's records, laid out as {@code articles.raw} (its partitions and replication,
 * when the broker has it), and deleted afterwards. Never articles.raw itself: extract would analyse them.
 */
final class ScratchTopic implements AutoCloseable {
    /** articles.raw's partitions in local-stack's TopicSetup, for a broker that has no articles.raw yet. */
    private static final int DEFAULT_PARTITIONS = 6;
    private static final long TIMEOUT_SECONDS = 30;

    private final Admin admin;
    private final String name;
    private final int partitions;

    private ScratchTopic(Admin admin, String name, int partitions) {
        this.admin = admin;
        this.name = name;
        this.partitions = partitions;
    }

    static ScratchTopic create(String bootstrapServers) throws InterruptedException, ExecutionException,
            TimeoutException {
        Admin admin = Admin.create(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
        try {
            NewTopic topic = likeArticlesRaw(admin, "bench.producer-perf." + System.currentTimeMillis());
            admin.createTopics(List.of(topic)).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return new ScratchTopic(admin, topic.name(), topic.numPartitions());
        } catch (InterruptedException | ExecutionException | TimeoutException | RuntimeException e) {
            admin.close();
            throw e;
        }
    }

    private static NewTopic likeArticlesRaw(Admin admin, String name) throws InterruptedException, ExecutionException,
            TimeoutException {
        try {
            TopicDescription raw = admin.describeTopics(List.of(Topics.ARTICLES_RAW)).allTopicNames()
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS).get(Topics.ARTICLES_RAW);
            return new NewTopic(name, raw.partitions().size(), (short) raw.partitions().get(0).replicas().size());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return new NewTopic(name, DEFAULT_PARTITIONS, (short) 1);
            }
            throw e;
        }
    }

    String name() {
        return name;
    }

    int partitions() {
        return partitions;
    }

    @Override
    public void close() throws InterruptedException, ExecutionException, TimeoutException {
        try {
            admin.deleteTopics(List.of(name)).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } finally {
            admin.close();
        }
    }
}
