package io.newsflow.extract.messaging;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

import io.newsflow.common.kafka.KafkaClientConfig;
import io.newsflow.contract.Topics;

/**
 * extract-service owns {@code articles.seen}: it creates it, compacted, with as many partitions
 * as {@code articles.raw}, because a seen-record goes to the partition number of its raw record.
 */
@ApplicationScoped
public class SeenTopic {
    private static final int DEFAULT_PARTITIONS = 6;

    private final KafkaClientConfig kafka;
    private volatile boolean ensured;

    SeenTopic(KafkaClientConfig kafka) {
        this.kafka = kafka;
    }

    /** Creates or widens the topic once per process; the first partition assignment calls it. */
    synchronized void ensure() {
        if (ensured) {
            return;
        }
        try {
            create();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Cannot create " + Topics.ARTICLES_SEEN, e);
        }
        ensured = true;
    }

    private void create() throws InterruptedException, ExecutionException, TimeoutException {
        try (Admin admin = Admin.create(kafka.with(Map.of()))) {
            Set<String> topics = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            int rawPartitions = topics.contains(Topics.ARTICLES_RAW)
                    ? partitions(admin, Topics.ARTICLES_RAW)
                    : DEFAULT_PARTITIONS;
            if (!topics.contains(Topics.ARTICLES_SEEN)) {
                admin.createTopics(List.of(new NewTopic(Topics.ARTICLES_SEEN, Optional.of(rawPartitions), Optional.empty())
                        .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT))))
                        .all().get(30, TimeUnit.SECONDS);
            } else if (partitions(admin, Topics.ARTICLES_SEEN) < rawPartitions) {
                admin.createPartitions(Map.of(Topics.ARTICLES_SEEN, NewPartitions.increaseTo(rawPartitions)))
                        .all().get(30, TimeUnit.SECONDS);
            }
        }
    }

    private static int partitions(Admin admin, String topic)
            throws InterruptedException, ExecutionException, TimeoutException {
        return admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic).partitions()
                .size();
    }
}
