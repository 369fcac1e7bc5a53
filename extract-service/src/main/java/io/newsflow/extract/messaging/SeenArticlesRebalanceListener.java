package io.newsflow.extract.messaging;

import java.util.Collection;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;

/**
 * Loads what a partition's earlier owners analysed before its first batch is processed here, and
 * tells {@link RawArticlesConsumer} the group's generation each rebalance ends in.
 */
@ApplicationScoped
@Identifier("raw-articles-rebalance")
public class SeenArticlesRebalanceListener implements KafkaConsumerRebalanceListener {
    private final SeenArticles seenArticles;
    private final RawArticlesConsumer rawArticlesConsumer;

    SeenArticlesRebalanceListener(SeenArticles seenArticles, RawArticlesConsumer rawArticlesConsumer) {
        this.seenArticles = seenArticles;
        this.rawArticlesConsumer = rawArticlesConsumer;
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        seenArticles.load(partitions.stream().map(TopicPartition::partition).toList());
        rawArticlesConsumer.rebalanced(consumer.groupMetadata());
    }

    @Override
    public void onPartitionsRevoked(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        rawArticlesConsumer.rebalancing();
        seenArticles.forget(partitions.stream().map(TopicPartition::partition).toList());
    }

    @Override
    public void onPartitionsLost(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        onPartitionsRevoked(consumer, partitions);
    }
}
