package io.newsflow.extract.messaging;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.newsflow.extract.messaging.BatchWrites.AnalysedArticleKey;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;

/**
 * The records of a batch the engine must see, decided before it runs: not one whose key (the article
 * id; ingest keys every raw record so) this extractor version already analysed in a committed
 * transaction, nor a second copy of a key earlier in the batch. A duplicate then costs a lookup
 * instead of an analysis. Its offset is still committed with the batch; it writes nothing. A second
 * copy is skipped whatever became of the first: if the first was dead-lettered, so is the article.
 *
 * @param toAnalyse the records to analyse, in the batch's order
 * @param duplicates how many were left out
 */
record FirstCopies(List<KafkaRecord<String, byte[]>> toAnalyse, int duplicates) {

    static FirstCopies of(List<KafkaRecord<String, byte[]>> records, SeenArticles seenArticles,
            String extractorVersion) {
        List<KafkaRecord<String, byte[]>> toAnalyse = new ArrayList<>(records.size());
        Set<AnalysedArticleKey> inThisBatch = new HashSet<>();
        for (KafkaRecord<String, byte[]> record : records) {
            String articleId = record.getKey();
            if (articleId != null) {
                AnalysedArticleKey key = new AnalysedArticleKey(OutgoingRecords.partitionOf(record), articleId,
                        extractorVersion);
                if (seenArticles.analysed(key.partition(), articleId, extractorVersion) || !inThisBatch.add(key)) {
                    continue;
                }
            }
            toAnalyse.add(record);
        }
        return new FirstCopies(List.copyOf(toAnalyse), records.size() - toAnalyse.size());
    }
}
