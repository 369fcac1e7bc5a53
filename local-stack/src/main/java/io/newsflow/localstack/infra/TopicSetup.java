package io.newsflow.localstack.infra;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

import io.newsflow.contract.Topics;

/** Creates the pipeline's topics when missing; partitions are how far a consumer group can scale out. */
public final class TopicSetup {
    /** articles.raw carries the extraction load, so it gets the most partitions. */
    public static final Map<String, Integer> PARTITIONS = Map.of(
            Topics.ARTICLES_RAW, 6,
            Topics.NEWS_ARTICLES, 3,
            Topics.NEWS_EVENTS, 3,
            Topics.ARTICLES_RAW_DLQ, 1);

    private TopicSetup() {
    }

    public static void createTopics(String bootstrapServers) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = PARTITIONS.entrySet().stream()
                    .filter(topic -> !existing.contains(topic.getKey()))
                    .map(topic -> new NewTopic(topic.getKey(), topic.getValue(), (short) 1))
                    .toList();
            admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Cannot create topics on " + bootstrapServers, e);
        }
    }
}
