package io.newsflow.query.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.common.kafka.DeadLetterRecords;
import io.newsflow.common.kafka.DeadLetterTopic;
import io.newsflow.query.persistence.Backoff;

/**
 * Sends the news.articles records this service cannot store to news.articles.dlq. The consumer
 * commits a batch's offsets only after its dead letters are acknowledged, so while Kafka is away
 * the send is retried: a record leaves news.articles only into the database or into the DLQ.
 */
@ApplicationScoped
public class ArticleDeadLetters {
    private static final Logger LOG = Logger.getLogger(ArticleDeadLetters.class);

    private final DeadLetterTopic topic;
    private final MeterRegistry registry;

    ArticleDeadLetters(DeadLetterTopic topic, MeterRegistry registry) {
        this.topic = topic;
        this.registry = registry;
    }

    /** {@code cause}: the parser's or the database's error, named in the headers. */
    void send(ConsumerRecord<String, byte[]> record, String reason, Throwable cause) {
        var letter = DeadLetterRecords.of(topic.topic(), record.key(), record.value(),
                new DeadLetterRecords.Origin(record.topic(), record.partition(), record.offset()), reason, cause);
        Backoff backoff = new Backoff();
        while (true) {
            try {
                topic.send(letter);
                LOG.errorf("Dead-lettered %s/%d/%d (key %s) to %s: %s (%s)", record.topic(), record.partition(),
                        record.offset(), record.key(), topic.topic(), reason, cause.getMessage());
                registry.counter("newsflow.query.dead.letters", "topic", topic.topic()).increment();
                return;
            } catch (RuntimeException unsent) {
                LOG.warnf("Could not send a dead letter to %s (%s); retrying in %s", topic.topic(),
                        unsent.getMessage(), backoff.next());
                backoff.pause();
            }
        }
    }
}
