package io.newsflow.query.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.newsflow.common.kafka.DeadLetterTopic;
import io.newsflow.contract.Topics;

/** news.articles.dlq: the analyses this service could not store; they re-drive to news.articles. */
@ApplicationScoped
public class DeadLetterTopicProducer {

    @Produces
    @ApplicationScoped
    DeadLetterTopic articlesDeadLetters(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        return new DeadLetterTopic(bootstrapServers, Topics.NEWS_ARTICLES_DLQ, Topics.NEWS_ARTICLES);
    }

    void close(@Disposes DeadLetterTopic topic) {
        topic.close();
    }
}
