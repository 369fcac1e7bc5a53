package io.newsflow.extract.messaging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.producer.ProducerRecord;

import io.newsflow.extract.service.AnalysisOutcome;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;

/**
 * What one batch's transaction writes: the analyses, events and seen-records of the articles not
 * analysed before, the retractions of what their earlier analyses by another version found and they
 * do not, and a dead letter per failed record. {@link FirstCopies} keeps an article uploaded
 * twice (a client retrying after a lost ack) from the engine by its record key; the check here, by
 * the analysis' article id, still catches a record whose key was not its article's id. An analysis
 * too large for a record is a failed record too ({@link RecordLimit}).
 */
record BatchWrites(List<ProducerRecord<String, byte[]>> records, Set<AnalysedArticleKey> analysed, int deadLetters,
        int duplicates) {

    /** @param outcomes the engine's outcomes of {@code firstCopies.toAnalyse()}, in their order */
    static BatchWrites of(FirstCopies firstCopies, List<AnalysisOutcome> outcomes, SeenArticles seenArticles) {
        List<KafkaRecord<String, byte[]>> raw = firstCopies.toAnalyse();
        List<AnalysedArticleKey> keys = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            AnalysisOutcome outcome = outcomes.get(i);
            keys.add(outcome.succeeded() ? new AnalysedArticleKey(OutgoingRecords.partitionOf(raw.get(i)),
                    outcome.analysis().articleId(), outcome.analysis().extractor().version()) : null);
        }
        Set<AnalysedArticleKey> analysedBefore = seenArticles.alreadyAnalysed(keys.stream()
                .filter(key -> key != null && !firstCopies.checkedNew().contains(key)).toList());
        // In the order read; an article's records together, its retractions added once the earlier analyses are known.
        Map<Integer, List<ProducerRecord<String, byte[]>>> written = new LinkedHashMap<>();
        Map<AnalysedArticleKey, Integer> analysed = new LinkedHashMap<>();
        int deadLetters = 0;
        int duplicates = firstCopies.duplicates();
        for (int i = 0; i < raw.size(); i++) {
            AnalysedArticleKey key = keys.get(i);
            if (key != null && (analysedBefore.contains(key) || analysed.containsKey(key))) {
                duplicates++;
                continue;
            }
            List<ProducerRecord<String, byte[]>> records = OutgoingRecords.of(raw.get(i), outcomes.get(i));
            int oversize = key == null ? 0 : RecordLimit.oversize(records);
            if (oversize > 0) {
                records = List.of(OutgoingRecords.deadLetter(raw.get(i),
                        new AnalysisOutcome.Failure(RecordLimit.reason(oversize), null)));
                key = null;
            }
            if (key == null) {
                deadLetters++;
            } else {
                analysed.put(key, i);
            }
            written.put(i, records);
        }
        // Asked only for what is written, once for the batch: a read of articles.seen at most.
        Map<AnalysedArticleKey, SeenValue> earlier = seenArticles.earlierAnalyses(analysed.keySet());
        earlier.forEach((key, value) -> {
            int i = analysed.get(key);
            List<ProducerRecord<String, byte[]>> withRetractions = new ArrayList<>(written.get(i));
            withRetractions.addAll(OutgoingRecords.retractions(outcomes.get(i).analysis(), value));
            written.put(i, withRetractions);
        });
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        written.values().forEach(records::addAll);
        return new BatchWrites(records, analysed.keySet(), deadLetters, duplicates);
    }
}
