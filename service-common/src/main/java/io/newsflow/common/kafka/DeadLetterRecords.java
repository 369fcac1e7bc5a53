package io.newsflow.common.kafka;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

import io.newsflow.contract.DeadLetterHeaders;

/**
 * Dead letters as every service writes them: the original key, bytes and headers, untouched, with headers
 * ({@link DeadLetterHeaders}) added saying why the record failed and where it was read.
 */
public final class DeadLetterRecords {

    private DeadLetterRecords() {
    }

    /** Where a failed record was read. */
    public record Origin(String topic, int partition, long offset) {
    }

    /**
     * @param originalHeaders the failed record's headers (its CloudEvents attributes), kept so that a re-drive
     *        restores them; any dead-letter header among them is left out, the new ones say what failed now
     * @param cause may be null when the reason says it all
     */
    public static ProducerRecord<String, byte[]> of(String deadLetterTopic, String key, byte[] value, Origin origin,
            Headers originalHeaders, String reason, Throwable cause) {
        RecordHeaders headers = withoutDeadLetterHeaders(originalHeaders);
        header(headers, DeadLetterHeaders.REASON, reason);
        if (cause != null) {
            header(headers, DeadLetterHeaders.CAUSE, String.valueOf(cause.getMessage()));
            header(headers, DeadLetterHeaders.EXCEPTION, cause.getClass().getName());
        }
        header(headers, DeadLetterHeaders.TOPIC, origin.topic());
        header(headers, DeadLetterHeaders.PARTITION, Integer.toString(origin.partition()));
        header(headers, DeadLetterHeaders.OFFSET, Long.toString(origin.offset()));
        return new ProducerRecord<>(deadLetterTopic, null, key, value, headers);
    }

    /** A record's headers but for those a dead letter adds: what a re-drive sends on, and a new dead letter keeps. */
    public static RecordHeaders withoutDeadLetterHeaders(Headers original) {
        RecordHeaders kept = new RecordHeaders();
        if (original != null) {
            for (Header header : original) {
                if (!DeadLetterHeaders.isDeadLetterHeader(header.key())) {
                    kept.add(header);
                }
            }
        }
        return kept;
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
