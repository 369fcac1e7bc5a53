package io.newsflow.extract.messaging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.kafka.clients.producer.ProducerRecord;

import io.newsflow.common.kafka.DeadLetterRecords;
import io.newsflow.contract.AnalysedArticle;
import io.newsflow.contract.ContractJson;
import io.newsflow.contract.EventRetraction;
import io.newsflow.contract.NewsEvent;
import io.newsflow.contract.Topics;
import io.newsflow.extract.service.AnalysisOutcome;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;

/**
 * The records one raw record turns into: its analysis, its seen-record, its events and the
 * retractions of the events of an earlier analysis it no longer contains; or one dead letter.
 */
final class OutgoingRecords {
    /** The CloudEvents type header; a retraction carries it so a consumer tells it from an event without parsing. */
    static final String CE_TYPE_HEADER = "ce_type";

    private OutgoingRecords() {
    }

    /** @param earlier the article's analysis by another extractor version, or null when there was none */
    static List<ProducerRecord<String, byte[]>> of(KafkaRecord<String, byte[]> raw, AnalysisOutcome outcome,
            SeenValue earlier) {
        if (!outcome.succeeded()) {
            return List.of(deadLetter(raw, outcome.failure()));
        }
        AnalysedArticle analysis = outcome.analysis();
        List<ProducerRecord<String, byte[]>> messages = new ArrayList<>(2 + analysis.events().size());
        messages.add(record(Topics.NEWS_ARTICLES, analysis.articleId(), ContractJson.write(analysis)));
        messages.add(seen(partitionOf(raw), analysis));
        Set<String> found = new HashSet<>();
        for (NewsEvent event : analysis.events()) {
            messages.add(record(Topics.NEWS_EVENTS, event.articleId(), ContractJson.write(event)));
            found.add(event.eventId());
        }
        if (earlier != null) {
            earlier.eventIds().stream().filter(id -> !found.contains(id)).distinct()
                    .forEach(id -> messages.add(retraction(EventRetraction.reanalysed(id, analysis))));
        }
        return messages;
    }

    /** Every retraction on news.events is built here: keyed by its article like the event it retracts. */
    static ProducerRecord<String, byte[]> retraction(EventRetraction retraction) {
        ProducerRecord<String, byte[]> record = record(Topics.NEWS_EVENTS, retraction.articleId(),
                ContractJson.write(retraction));
        record.headers().add(CE_TYPE_HEADER, EventRetraction.CE_TYPE.getBytes(StandardCharsets.UTF_8));
        return record;
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
                SeenValue.of(analysis).text().getBytes(StandardCharsets.UTF_8));
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
