package io.newsflow.extract.messaging;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.kafka.clients.producer.ProducerRecord;

import io.newsflow.extract.service.AnalysisOutcome;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;

/**
 * What one batch's transaction writes: the analyses, events and seen-records of the articles not
 * analysed before, and a dead letter per failed record. {@link FirstCopies} keeps an article uploaded
 * twice (a client retrying after a lost ack) from the engine by its record key; the check here, by
 * the analysis' article id, still catches a record whose key was not its article's id.
 */
record BatchWrites(List<ProducerRecord<String, byte[]>> records, Set<AnalysedArticleKey> analysed, int deadLetters,
        int duplicates) {

    /** An article analysed by an extractor version, filed under its raw record's partition. */
    record AnalysedArticleKey(int partition, String articleId, String extractorVersion) {
    }

    /**
     * @param raw the records the engine analysed, in the order of their outcomes
     * @param skippedDuplicates the records left out before the engine ran
     */
    static BatchWrites of(List<KafkaRecord<String, byte[]>> raw, List<AnalysisOutcome> outcomes,
            SeenArticles seenArticles, int skippedDuplicates) {
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        Set<AnalysedArticleKey> analysed = new LinkedHashSet<>();
        int deadLetters = 0;
        int duplicates = skippedDuplicates;
        for (int i = 0; i < raw.size(); i++) {
            AnalysisOutcome outcome = outcomes.get(i);
            if (outcome.succeeded()) {
                AnalysedArticleKey key = new AnalysedArticleKey(OutgoingRecords.partitionOf(raw.get(i)),
                        outcome.analysis().articleId(), outcome.analysis().extractor().version());
                if (seenArticles.analysed(key.partition(), key.articleId(), key.extractorVersion())
                        || !analysed.add(key)) {
                    duplicates++;
                    continue;
                }
            } else {
                deadLetters++;
            }
            records.addAll(OutgoingRecords.of(raw.get(i), outcome));
        }
        return new BatchWrites(records, analysed, deadLetters, duplicates);
    }
}
