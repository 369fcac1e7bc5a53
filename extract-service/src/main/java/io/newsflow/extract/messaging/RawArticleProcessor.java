package io.newsflow.extract.messaging;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.newsflow.extract.engine.ExtractionEngine;
import io.newsflow.extract.service.AnalysisOutcome;
import io.newsflow.extract.service.BatchAnalyser;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;

/**
 * Consume-transform-produce, exactly once: the articles of a batch not analysed before are analysed
 * first, then their analyses, events and dead letters are written and the batch's offsets committed
 * in one Kafka transaction.
 * A crash before the commit leaves nothing visible to read_committed consumers and the batch is
 * redone; a commit that fails rewinds the consumer so the batch is redone in this process.
 */
@ApplicationScoped
public class RawArticleProcessor {
    private final BatchAnalyser analyser;
    private final ExtractionEngine engine;
    private final SeenArticles seenArticles;
    private final AnalysisTransactions transactions;
    private final RawArticlesConsumer consumer;
    private final FailedBatchRecovery recovery;
    private final ExtractMetrics metrics;

    RawArticleProcessor(BatchAnalyser analyser, ExtractionEngine engine, SeenArticles seenArticles,
            AnalysisTransactions transactions, RawArticlesConsumer consumer, FailedBatchRecovery recovery,
            ExtractMetrics metrics) {
        this.analyser = analyser;
        this.engine = engine;
        this.seenArticles = seenArticles;
        this.transactions = transactions;
        this.consumer = consumer;
        this.recovery = recovery;
        this.metrics = metrics;
    }

    @Incoming(RawArticlesConsumer.CHANNEL)
    @Blocking
    public CompletionStage<Void> process(KafkaRecordBatch<String, byte[]> batch) {
        if (recovery.abandoned()) {
            return batch.nack(new IllegalStateException("Stopping after a failed batch; nothing more commits"));
        }
        List<KafkaRecord<String, byte[]>> records = batch.getRecords();
        BatchWrites writes;
        // The seen-articles check may read articles.seen, so it can fail like the commit, and must be
        // recovered the same way: a batch given up without a rewind would be skipped by the next commit.
        try {
            FirstCopies firstCopies = FirstCopies.of(records, seenArticles, engine.extractor().version());
            // The engine runs before the transaction opens, so the transaction stays short.
            List<AnalysisOutcome> outcomes = analyser.analyseAll(firstCopies.toAnalyse().stream()
                    .map(KafkaRecord::getPayload).toList());
            writes = BatchWrites.of(firstCopies, outcomes, seenArticles);
            transactions.commit(writes.records(), nextOffsets(records), consumer.groupMetadataFor(batch));
        } catch (RuntimeException e) {
            recovery.recover(e);
            return batch.nack(e);
        }
        // Remembered only once committed: an aborted batch is redone in full.
        writes.analysed().forEach(analysed -> seenArticles.remember(analysed.partition(), analysed.articleId(),
                analysed.extractorVersion()));
        metrics.committed(writes.analysed().size(), writes.deadLetters(), writes.duplicates());
        return batch.ack();
    }

    /** Per partition, the offset after the batch's last record: what the transaction commits. */
    private static Map<TopicPartition, OffsetAndMetadata> nextOffsets(List<KafkaRecord<String, byte[]>> records) {
        Map<TopicPartition, OffsetAndMetadata> next = new HashMap<>();
        for (KafkaRecord<String, byte[]> record : records) {
            IncomingKafkaRecordMetadata<?, ?> origin = OutgoingRecords.originOf(record);
            next.merge(new TopicPartition(origin.getTopic(), origin.getPartition()),
                    new OffsetAndMetadata(origin.getOffset() + 1),
                    (a, b) -> a.offset() >= b.offset() ? a : b);
        }
        return next;
    }
}
