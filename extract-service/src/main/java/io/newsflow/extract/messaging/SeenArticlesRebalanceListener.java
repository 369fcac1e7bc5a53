package io.newsflow.extract.messaging;

import java.util.Collection;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;

/** Loads what a partition's earlier owners analysed before its first batch is processed here. */
@ApplicationScoped
@Identifier("raw-articles-rebalance")
public class SeenArticlesRebalanceListener implements KafkaConsumerRebalanceListener {
    private final SeenArticles seenArticles;

    SeenArticlesRebalanceListener(SeenArticles seenArticles) {
        this.seenArticles = seenArticles;
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        seenArticles.load(partitions.stream().map(TopicPartition::partition).toList());
    }

    @Override
    public void onPartitionsRevoked(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        seenArticles.forget(partitions.stream().map(TopicPartition::partition).toList());
    }

    @Override
    public void onPartitionsLost(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        onPartitionsRevoked(consumer, partitions);
    }
}
