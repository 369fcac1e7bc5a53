package io.newsflow.common.kafka;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;

import io.newsflow.contract.DeadLetterHeaders;

/**
 * Dead letters as every service writes them: the original key and bytes, untouched, with headers
 * ({@link DeadLetterHeaders}) saying why the record failed and where it was read.
 */
public final class DeadLetterRecords {

    private DeadLetterRecords() {
    }

    /** Where a failed record was read. */
    public record Origin(String topic, int partition, long offset) {
    }

    /** {@code cause} may be null when the reason says it all. */
    public static ProducerRecord<String, byte[]> of(String deadLetterTopic, String key, byte[] value, Origin origin,
            String reason, Throwable cause) {
        RecordHeaders headers = new RecordHeaders();
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

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
