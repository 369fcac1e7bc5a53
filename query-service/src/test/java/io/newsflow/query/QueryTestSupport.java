package io.newsflow.query;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import io.newsflow.contract.AnalysedArticle;
import io.newsflow.contract.ContractJson;
import io.newsflow.contract.NewsEvent;
import io.newsflow.contract.Topics;
import io.newsflow.localstack.infra.Infrastructure;
import io.newsflow.localstack.test.NewsflowTestResource;
import io.newsflow.localstack.test.TopicWriter;

/** Publishing to the topics query-service consumes, waiting for the result, and counting rows. */
public final class QueryTestSupport {
    public static final Duration DEADLINE = Duration.ofSeconds(30);
    private static TopicWriter writer;

    private QueryTestSupport() {
    }

    private static synchronized TopicWriter writer() {
        if (writer == null) {
            writer = new TopicWriter(NewsflowTestResource.infrastructure().kafkaBootstrapServers());
            Runtime.getRuntime().addShutdownHook(new Thread(writer::close));
        }
        return writer;
    }

    /** A word no other test uses, for names and sources. */
    public static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** A country code no other test uses. */
    public static String uniqueCountry() {
        return "X" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
    }

    public static void publish(AnalysedArticle article) {
        writer().send(Topics.NEWS_ARTICLES, article.articleId(), ContractJson.write(article));
    }

    public static void publish(NewsEvent event) {
        writer().send(Topics.NEWS_EVENTS, event.articleId(), ContractJson.write(event));
    }

    public static void publishRaw(String topic, String key, String value) {
        writer().send(topic, key, value);
    }

    public static void awaitArticle(String id, String extractorVersion) {
        await().atMost(DEADLINE).untilAsserted(() -> given().get("/api/articles/{id}", id).then()
                .statusCode(200)
                .body("extractor.version", equalTo(extractorVersion)));
    }

    public static void publishAndAwait(AnalysedArticle... articles) {
        for (AnalysedArticle article : articles) {
            publish(article);
        }
        for (AnalysedArticle article : articles) {
            awaitArticle(article.articleId(), article.extractor().version());
        }
    }

    /** The single number {@code sql} selects, with {@code parameters} bound in order. */
    public static long count(String sql, Object... parameters) {
        Infrastructure infrastructure = NewsflowTestResource.infrastructure();
        try (Connection connection = DriverManager.getConnection(infrastructure.jdbcUrl(),
                infrastructure.databaseUser(), infrastructure.databasePassword());
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
