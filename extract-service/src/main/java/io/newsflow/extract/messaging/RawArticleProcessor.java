package io.newsflow.extract.messaging;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

    @Inject
    SeenArticles seenArticles;

    @Incoming("raw-articles-in")
    @Blocking
    public Uni<Void> process(KafkaRecordBatch<String, byte[]> batch) {
        // The engine runs before the transaction opens, so the transaction stays short.
        List<KafkaRecord<String, byte[]>> records = batch.getRecords();
        List<AnalysisOutcome> outcomes = analyser.analyseAll(records.stream().map(KafkaRecord::getPayload).toList());
        List<Message<byte[]>> outgoing = new ArrayList<>();
        Set<Analysed> analysedNow = new HashSet<>();
        for (int i = 0; i < records.size(); i++) {
            AnalysisOutcome outcome = outcomes.get(i);
            if (outcome.succeeded()) {
                Analysed analysed = new Analysed(OutgoingRecords.partitionOf(records.get(i)),
                        outcome.analysis().articleId(), outcome.analysis().extractor().version());
                // The same article uploaded twice (a client retrying after a lost ack) is analysed once.
                if (seenArticles.analysed(analysed.partition(), analysed.articleId(), analysed.extractorVersion())
                        || !analysedNow.add(analysed)) {
                    continue;
                }
            }
            outgoing.addAll(OutgoingRecords.of(records.get(i), outcome));
        }
        return transactions.withTransaction(batch, emitter -> {
            outgoing.forEach(emitter::send);
            return Uni.createFrom().voidItem();
        })
                // Remembered only once committed: an aborted batch is redone in full.
                .onItem().invoke(() -> analysedNow.forEach(analysed -> seenArticles.remember(analysed.partition(),
                        analysed.articleId(), analysed.extractorVersion())))
                .onFailure().recoverWithUni(failure -> Uni.createFrom().completionStage(batch.nack(failure)))
                .onItem().transformToUni(done -> Uni.createFrom().completionStage(batch.ack()));
    }

    private record Analysed(int partition, String articleId, String extractorVersion) {
    }
}
