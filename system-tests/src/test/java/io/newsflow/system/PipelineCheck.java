package io.newsflow.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.newsflow.contract.ContractJson;
import io.newsflow.contract.NewsEvent;
import io.newsflow.contract.Topics;
import io.newsflow.localstack.test.TopicReader;

/** What a downstream user would check: every accepted article once in the database and once on the topic. */
final class PipelineCheck {
    private final RunningPipeline running;

    PipelineCheck(RunningPipeline running) {
        this.running = running;
    }

    /** Ids of the stored articles whose headline starts with the marker. */
    Set<String> storedArticles(String marker) throws SQLException {
        return ids("SELECT id FROM article WHERE headline LIKE ?",
                (connection, statement) -> statement.setString(1, marker + "%"));
    }

    /** Ids of the stored events of these articles. */
    Set<String> storedEvents(Set<String> articleIds) throws SQLException {
        return ids("SELECT id FROM event WHERE article_id = ANY (?)", (connection, statement) -> statement
                .setArray(1, connection.createArrayOf("varchar", articleIds.toArray())));
    }

    /** The first column of every row {@code sql} selects, its parameters bound by {@code binder}. */
    private Set<String> ids(String sql, ParameterBinder binder) throws SQLException {
        Set<String> rows = new HashSet<>();
        try (Connection connection = DriverManager.getConnection(running.infrastructure.jdbcUrl(),
                running.infrastructure.databaseUser(), running.infrastructure.databasePassword());
                PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(connection, statement);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getString(1));
                }
            }
        }
        return rows;
    }

    @FunctionalInterface
    private interface ParameterBinder {
        void bind(Connection connection, PreparedStatement statement) throws SQLException;
    }

    /**
     * How often each event of these articles appears on news.events for a read_committed consumer,
     * by event id, once at least {@code expected} events arrived.
     */
    Map<String, Integer> publishedEvents(Set<String> articleIds, int expected, Duration deadline) throws Exception {
        Map<String, Integer> counts = new HashMap<>();
        try (TopicReader reader = new TopicReader(running.infrastructure.kafkaBootstrapServers(),
                Topics.NEWS_EVENTS)) {
            reader.awaitRecords(r -> articleIds.contains(r.key()), expected, deadline);
            for (ConsumerRecord<String, String> record : reader.readFor(r -> articleIds.contains(r.key()),
                    Duration.ofSeconds(2))) {
                counts.merge(ContractJson.read(record.value(), NewsEvent.class).eventId(), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** How often each of {@code ids} appears on news.articles for a read_committed consumer. */
    Map<String, Integer> publishedAnalyses(Set<String> ids, Duration deadline) {
        Map<String, Integer> counts = new HashMap<>();
        try (TopicReader reader = new TopicReader(running.infrastructure.kafkaBootstrapServers(),
                Topics.NEWS_ARTICLES)) {
            reader.awaitRecords(r -> ids.contains(r.key()), ids.size(), deadline);
            // A doubled analysis would be written with the rest: a short extra read catches stragglers.
            for (ConsumerRecord<String, String> record : reader.readFor(r -> ids.contains(r.key()),
                    Duration.ofSeconds(2))) {
                counts.merge(record.key(), 1, Integer::sum);
            }
        }
        return counts;
    }
}
