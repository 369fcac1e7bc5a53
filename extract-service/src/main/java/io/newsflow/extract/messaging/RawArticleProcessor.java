package io.newsflow.extract.messaging;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.newsflow.extract.service.AnalysisOutcome;
import io.newsflow.extract.service.BatchAnalyser;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
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
    BatchAnalyser analyser;

    @Incoming("raw-articles-in")
    @Blocking
    public Uni<Void> process(KafkaRecordBatch<String, byte[]> batch) {
        // The engine runs before the transaction opens, so the transaction stays short.
        List<KafkaRecord<String, byte[]>> records = batch.getRecords();
        List<AnalysisOutcome> outcomes = analyser.analyseAll(records.stream().map(KafkaRecord::getPayload).toList());
        List<Message<byte[]>> outgoing = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            outgoing.addAll(OutgoingRecords.of(records.get(i), outcomes.get(i)));
        }
        return transactions.withTransactionAndAck(batch, emitter -> {
            outgoing.forEach(emitter::send);
            return Uni.createFrom().voidItem();
        });
    }
}
