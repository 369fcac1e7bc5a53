package io.newsflow.extract.messaging;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;

import io.newsflow.contract.Topics;

/**
 * Whether an article's records fit the largest record the topics take. The producer refuses a larger one only
 * inside the transaction, which then cannot commit, and the batch read again would fail again for ever: such an
 * analysis has to become a dead letter before the transaction opens.
 */
final class RecordLimit {
    /**
     * What Kafka adds around a record (its batch header, lengths and offsets, under 100 bytes), with room to spare:
     * the producer checks the uncompressed size with these.
     */
    private static final int FRAMING_BYTES = 1024;

    private RecordLimit() {
    }

    /** The size of the largest of the records, when it is over the limit; 0 when every record fits. */
    static int oversize(List<ProducerRecord<String, byte[]>> records) {
        int largest = 0;
        for (ProducerRecord<String, byte[]> record : records) {
            largest = Math.max(largest, sizeOf(record));
        }
        return largest + FRAMING_BYTES > Topics.MAX_RECORD_BYTES ? largest : 0;
    }

    /** The reason in the dead letter of an article whose analysis does not fit. */
    static String reason(int size) {
        return "The analysis makes a record of " + size + " bytes, over the " + Topics.MAX_RECORD_BYTES
                + "-byte limit of the topics";
    }

    static int sizeOf(ProducerRecord<String, byte[]> record) {
        int size = record.key() == null ? 0 : record.key().getBytes(StandardCharsets.UTF_8).length;
        size += record.value() == null ? 0 : record.value().length;
        for (Header header : record.headers()) {
            size += header.key().getBytes(StandardCharsets.UTF_8).length + (header.value() == null ? 0 : header.value().length);
        }
        return size;
    }
}
