package io.newsflow.ingest.rest;

import java.time.Duration;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.newsflow.contract.ContractJson;
import io.newsflow.contract.RawArticle;
import io.newsflow.contract.Topics;
import io.newsflow.localstack.test.NewsflowTestResource;
import io.newsflow.localstack.test.TopicReader;

/** What the upload tests share: a reader of articles.raw from the beginning, and a deadline. */
abstract class RawArticlesTopic {
    static final Duration DEADLINE = Duration.ofSeconds(30);
    static TopicReader rawArticles;

    @BeforeAll
    static void readRawArticles() {
        rawArticles = new TopicReader(NewsflowTestResource.infrastructure().kafkaBootstrapServers(),
                Topics.ARTICLES_RAW);
    }

    @AfterAll
    static void closeReader() {
        rawArticles.close();
    }

    static RawArticle published(String id) throws JsonProcessingException {
        ConsumerRecord<String, String> record = rawArticles.awaitKey(id, DEADLINE);
        return ContractJson.read(record.value(), RawArticle.class);
    }
}
