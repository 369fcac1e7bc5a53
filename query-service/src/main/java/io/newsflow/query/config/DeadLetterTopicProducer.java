package io.newsflow.query.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;

import io.newsflow.common.kafka.DeadLetterTopic;
import io.newsflow.common.kafka.KafkaClientConfig;
import io.newsflow.contract.Topics;

/** news.articles.dlq: the analyses this service could not store; they re-drive to news.articles. */
@ApplicationScoped
public class DeadLetterTopicProducer {

    @Produces
    @ApplicationScoped
    DeadLetterTopic articlesDeadLetters(KafkaClientConfig kafka) {
        return new DeadLetterTopic(kafka.properties(), Topics.NEWS_ARTICLES_DLQ, Topics.NEWS_ARTICLES);
    }

    void close(@Disposes DeadLetterTopic topic) {
        topic.close();
    }
}
