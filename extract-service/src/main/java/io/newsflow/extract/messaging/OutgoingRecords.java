package io.newsflow.extract.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.kafka.clients.producer.ProducerRecord;

import io.newsflow.common.kafka.DeadLetterRecords;
import io.newsflow.contract.AnalysedArticle;
import io.newsflow.contract.ArticleIds;
import io.newsflow.contract.ContractJson;
import io.newsflow.contract.EventRetraction;
import io.newsflow.contract.NewsEvent;
import io.newsflow.contract.Topics;
import io.newsflow.contract.cloudevents.CloudEventHeaders;
import io.newsflow.extract.service.AnalysisOutcome;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;

/**
 * The records one raw record turns into: its analysis, its seen-record, its events and the
 * retractions of the events of an earlier analysis it no longer contains, each but the seen-record a
 * CloudEvent in binary mode (the JSON payload as the value, the attributes as {@code ce_*} headers);
 * or one dead letter.
 */
final class OutgoingRecords {

    private OutgoingRecords() {
    }

    /**
     * A successful analysis' records: the analysis, its seen-record and its events; the failed record's dead
     * letter otherwise.
     */
    static List<ProducerRecord<String, byte[]>> of(KafkaRecord<String, byte[]> raw, AnalysisOutcome outcome) {
        if (!outcome.succeeded()) {
            return List.of(deadLetter(raw, outcome.failure()));
        }
        AnalysedArticle analysis = outcome.analysis();
        List<ProducerRecord<String, byte[]>> messages = new ArrayList<>(2 + analysis.events().size());
        Instant analysedAt = analysedAt(analysis);
        String extractorVersion = analysis.extractor().version();
        messages.add(record(Topics.NEWS_ARTICLES, analysis, new CloudEventHeaders.Attributes(
                CloudEventHeaders.EXTRACT_SOURCE, CloudEventHeaders.ARTICLE_ANALYSED, analysis.articleId(),
                analysis.articleId(), analysedAt, analysis.schemaVersion(), extractorVersion)));
        messages.add(seen(partitionOf(raw), analysis));
        for (NewsEvent event : analysis.events()) {
            messages.add(record(Topics.NEWS_EVENTS, event, new CloudEventHeaders.Attributes(
                    CloudEventHeaders.EXTRACT_SOURCE, CloudEventHeaders.EVENT_CODED, event.eventId(),
                    event.articleId(), analysedAt, event.schemaVersion(), extractorVersion)));
        }
        return messages;
    }

    /** The retractions of the events an earlier analysis by another extractor version found and this one does not. */
    static List<ProducerRecord<String, byte[]>> retractions(AnalysedArticle analysis, SeenValue earlier) {
        Set<String> found = new HashSet<>();
        analysis.events().forEach(event -> found.add(event.eventId()));
        return earlier.eventIds().stream().filter(id -> !found.contains(id)).distinct()
                .map(id -> retraction(EventRetraction.reanalysed(id, analysis))).toList();
    }

    /** Every retraction on news.events is built here: keyed by its article like the event it retracts. */
    static ProducerRecord<String, byte[]> retraction(EventRetraction retraction) {
        // its own ce_id (the payload's eventId names the event), or a consumer dropping duplicates by ce_id drops it
        String id = ArticleIds.derivedId("r", retraction.eventId(), retraction.extractor().version());
        Instant at = retraction.retractedAt() == null ? Instant.now() : retraction.retractedAt();
        return record(Topics.NEWS_EVENTS, retraction, new CloudEventHeaders.Attributes(CloudEventHeaders.EXTRACT_SOURCE,
                CloudEventHeaders.EVENT_RETRACTED, id, retraction.articleId(), at, retraction.schemaVersion(),
                retraction.extractor().version()));
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

    /** The payload as JSON, keyed by its article id (the subject), with its CloudEvents headers. */
    private static ProducerRecord<String, byte[]> record(String topic, Object payload,
            CloudEventHeaders.Attributes attributes) {
        return CloudEventHeaders.record(topic, null, ContractJson.write(payload).getBytes(StandardCharsets.UTF_8),
                attributes);
    }

    private static Instant analysedAt(AnalysedArticle analysis) {
        return analysis.analysedAt() == null ? Instant.now() : analysis.analysedAt();
    }

    /** The original bytes and headers, untouched, with headers added saying what failed and where it was read. */
    static ProducerRecord<String, byte[]> deadLetter(KafkaRecord<String, byte[]> raw, AnalysisOutcome.Failure failure) {
        IncomingKafkaRecordMetadata<?, ?> origin = originOf(raw);
        return DeadLetterRecords.of(Topics.ARTICLES_RAW_DLQ, raw.getKey(), raw.getPayload(),
                new DeadLetterRecords.Origin(origin.getTopic(), origin.getPartition(), origin.getOffset()),
                raw.getHeaders(), failure.reason(), failure.cause());
    }
}
