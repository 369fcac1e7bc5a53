package io.newsflow.extract.messaging;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

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
 * @param checkedNew the keys of the records to analyse, found not analysed before: the check after
 *        the engine need not ask again (asking may cost a read of articles.seen)
 */
record FirstCopies(List<KafkaRecord<String, byte[]>> toAnalyse, int duplicates, Set<AnalysedArticleKey> checkedNew) {

    static FirstCopies of(List<KafkaRecord<String, byte[]>> records, SeenArticles seenArticles,
            String extractorVersion) {
        List<AnalysedArticleKey> keys = new ArrayList<>(records.size());
        for (KafkaRecord<String, byte[]> record : records) {
            String articleId = record.getKey();
            keys.add(articleId == null ? null
                    : new AnalysedArticleKey(OutgoingRecords.partitionOf(record), articleId, extractorVersion));
        }
        // One question for the whole batch: the "maybe"s among them cost one read of articles.seen.
        Set<AnalysedArticleKey> analysedBefore = seenArticles.alreadyAnalysed(
                keys.stream().filter(Objects::nonNull).toList());
        List<KafkaRecord<String, byte[]>> toAnalyse = new ArrayList<>(records.size());
        Set<AnalysedArticleKey> inThisBatch = new HashSet<>();
        for (int i = 0; i < records.size(); i++) {
            AnalysedArticleKey key = keys.get(i);
            if (key != null && (analysedBefore.contains(key) || !inThisBatch.add(key))) {
                continue;
            }
            toAnalyse.add(records.get(i));
        }
        return new FirstCopies(List.copyOf(toAnalyse), records.size() - toAnalyse.size(), Set.copyOf(inThisBatch));
    }
}
