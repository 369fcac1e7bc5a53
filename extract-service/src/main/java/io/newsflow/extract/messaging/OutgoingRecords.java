package io.newsflow.extract.messaging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.producer.ProducerRecord;

import io.newsflow.common.kafka.DeadLetterRecords;
import io.newsflow.contract.AnalysedArticle;
import io.newsflow.contract.ContractJson;
import io.newsflow.contract.NewsEvent;
import io.newsflow.contract.Topics;
import io.newsflow.extract.service.AnalysisOutcome;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;

/** The records one raw record turns into: its analysis and events, or one dead letter. */
final class OutgoingRecords {

    private OutgoingRecords() {
    }

    static List<ProducerRecord<String, byte[]>> of(KafkaRecord<String, byte[]> raw, AnalysisOutcome outcome) {
        if (!outcome.succeeded()) {
            return List.of(deadLetter(raw, outcome.failure()));
        }
        AnalysedArticle analysis = outcome.analysis();
        List<ProducerRecord<String, byte[]>> messages = new ArrayList<>(2 + analysis.events().size());
        messages.add(record(Topics.NEWS_ARTICLES, analysis.articleId(), ContractJson.write(analysis)));
        messages.add(seen(partitionOf(raw), analysis));
        for (NewsEvent event : analysis.events()) {
            messages.add(record(Topics.NEWS_EVENTS, event.articleId(), ContractJson.write(event)));
        }
        return messages;
    }

    /** The partition of a raw record, which its seen-record shares so the partition's owner finds it. */
    static int partitionOf(KafkaRecord<String, byte[]> raw) {
        return originOf(raw).getPartition();
    }

    /** Where a raw record was read: topic, partition, offset. */
    static IncomingKafkaRecordMetadata<?, ?> originOf(KafkaRecord<String, byte[]> raw) {
        return raw.getMetadata(IncomingKafkaRecordMetadata.class)
                .orElseThrow(() -> new IllegalStateException("A raw record without Kafka metadata"));
    }

    private static ProducerRecord<String, byte[]> seen(int partition, AnalysedArticle analysis) {
        return new ProducerRecord<>(Topics.ARTICLES_SEEN, partition, analysis.articleId(),
                analysis.extractor().version().getBytes(StandardCharsets.UTF_8));
    }

    private static ProducerRecord<String, byte[]> record(String topic, String key, String json) {
        return new ProducerRecord<>(topic, key, json.getBytes(StandardCharsets.UTF_8));
    }

    /** The original bytes, untouched, with headers saying what failed and where the record came from. */
    private static ProducerRecord<String, byte[]> deadLetter(KafkaRecord<String, byte[]> raw, AnalysisOutcome.Failure failure) {
        IncomingKafkaRecordMetadata<?, ?> origin = originOf(raw);
        return DeadLetterRecords.of(Topics.ARTICLES_RAW_DLQ, raw.getKey(), raw.getPayload(),
                new DeadLetterRecords.Origin(origin.getTopic(), origin.getPartition(), origin.getOffset()),
                failure.reason(), failure.cause());
    }
}
