package io.newsflow.query.messaging;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.common.kafka.DeadLetterRecords;
import io.newsflow.common.kafka.DeadLetterTopic;
import io.newsflow.contract.retry.RetryPolicy;

/**
 * Sends the news.articles records this service cannot store to news.articles.dlq. The consumer
 * commits a batch's offsets only after its dead letters are acknowledged, so while Kafka is away
 * the send is retried: a record leaves news.articles only into the database or into the DLQ.
 */
@ApplicationScoped
public class ArticleDeadLetters {
    private static final Logger LOG = Logger.getLogger(ArticleDeadLetters.class);
    /**
     * Without end: the batch's offsets wait for its dead letters, so giving up would lose the record.
     * Every failure is retried (a send fails only when Kafka did not acknowledge it); jitter spreads instances out.
     */
    private static final RetryPolicy SEND_RETRY = RetryPolicy.startingAt(Duration.ofMillis(200))
            .maxDelay(Duration.ofSeconds(10)).jitter(0.2).retryOn(RuntimeException.class::isInstance).build();

    private final DeadLetterTopic topic;
    private final MeterRegistry registry;

    ArticleDeadLetters(DeadLetterTopic topic, MeterRegistry registry) {
        this.topic = topic;
        this.registry = registry;
    }

    /** {@code cause}: the parser's or the database's error, named in the headers. */
    void send(ConsumerRecord<String, byte[]> record, String reason, Throwable cause) {
        var letter = DeadLetterRecords.of(topic.topic(), record.key(), record.value(),
                new DeadLetterRecords.Origin(record.topic(), record.partition(), record.offset()), record.headers(),
                reason, cause);
        try {
            SEND_RETRY.call(() -> {
                topic.send(letter);
                return null;
            }, (attempt, unsent, delay) -> LOG.warnf("Could not send a dead letter to %s (%s); retrying in %s",
                    topic.topic(), unsent.getMessage(), delay));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while sending a dead letter to " + topic.topic(), e);
        }
        LOG.errorf("Dead-lettered %s/%d/%d (key %s) to %s: %s (%s)", record.topic(), record.partition(),
                record.offset(), record.key(), topic.topic(), reason, cause.getMessage());
        registry.counter("newsflow.query.dead.letters", "topic", topic.topic()).increment();
    }
}
