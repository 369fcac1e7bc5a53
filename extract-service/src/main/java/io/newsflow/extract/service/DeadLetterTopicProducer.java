package io.newsflow.extract.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;

import io.newsflow.common.kafka.DeadLetterTopic;
import io.newsflow.common.kafka.KafkaClientConfig;
import io.newsflow.contract.Topics;

/** articles.raw.dlq for operators: its dead letters re-drive to articles.raw. */
@ApplicationScoped
public class DeadLetterTopicProducer {

    @Produces
    @ApplicationScoped
    DeadLetterTopic rawArticlesDeadLetters(KafkaClientConfig kafka) {
        return new DeadLetterTopic(kafka.properties(), Topics.ARTICLES_RAW_DLQ, Topics.ARTICLES_RAW);
    }

    void close(@Disposes DeadLetterTopic topic) {
        topic.close();
    }
}
