package io.newsflow.localstack.infra;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;

import io.newsflow.contract.Topics;

/** Creates the pipeline's topics when missing; partitions are how far a consumer group can scale out. */
public final class TopicSetup {
    /** articles.raw carries the extraction load, so it gets the most partitions. */
    public static final Map<String, Integer> PARTITIONS = Map.of(
            Topics.ARTICLES_RAW, 6,
            Topics.NEWS_ARTICLES, 3,
            Topics.NEWS_EVENTS, 3,
            Topics.ARTICLES_RAW_DLQ, 1,
            Topics.NEWS_ARTICLES_DLQ, 1);

    private TopicSetup() {
    }

    /** Topics made by an older version keep Kafka's 1 MB default; give them the limit too. */
    private static void raiseRecordLimit(Admin admin, Set<String> existing)
            throws InterruptedException, ExecutionException, TimeoutException {
        AlterConfigOp limit = new AlterConfigOp(
                new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(Topics.MAX_RECORD_BYTES)),
                AlterConfigOp.OpType.SET);
        Map<ConfigResource, Collection<AlterConfigOp>> changes = PARTITIONS.keySet().stream()
                .filter(existing::contains)
                .collect(Collectors.toMap(topic -> new ConfigResource(ConfigResource.Type.TOPIC, topic),
                        topic -> List.of(limit)));
        admin.incrementalAlterConfigs(changes).all().get(30, TimeUnit.SECONDS);
    }

    public static void createTopics(String bootstrapServers) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = PARTITIONS.entrySet().stream()
                    .filter(topic -> !existing.contains(topic.getKey()))
                    .map(topic -> new NewTopic(topic.getKey(), topic.getValue(), (short) 1)
                            .configs(Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(Topics.MAX_RECORD_BYTES))))
                    .toList();
            admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            raiseRecordLimit(admin, existing);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Cannot create topics on " + bootstrapServers, e);
        }
    }
}
