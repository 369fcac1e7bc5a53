package io.newsflow.extract.messaging;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.newsflow.extract.service.ArticleAnalyser;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.transactions.KafkaTransactions;

/**
 * Consume-transform-produce, exactly once: a batch of raw articles is analysed first, then its
 * analyses, events and dead letters are written and its offsets committed in one Kafka transaction.
 * A crash before the commit leaves nothing visible to read_committed consumers and the batch is redone.
 */
@ApplicationScoped
public class RawArticleProcessor {

    @Inject
    @Channel("analysis-out")
    KafkaTransactions<byte[]> transactions;

    @Inject
    ArticleAnalyser analyser;

    @Incoming("raw-articles-in")
    @Blocking
    public Uni<Void> process(KafkaRecordBatch<String, byte[]> batch) {
        // The engine runs before the transaction opens, so the transaction stays short.
        List<Message<byte[]>> outgoing = batch.getRecords().stream()
                .flatMap(raw -> OutgoingRecords.of(raw, analyser.analyse(raw.getPayload())).stream())
                .toList();
        return transactions.withTransactionAndAck(batch, emitter -> {
            outgoing.forEach(emitter::send);
            return Uni.createFrom().voidItem();
        });
    }
}
