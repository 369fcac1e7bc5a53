package io.newsflow.common.kafka;

import java.time.Instant;

/**
 * One record of a dead-letter topic as an operator sees it: where it sits, why it failed, where it
 * came from, and the start of its value.
 */
public record DeadLetter(int partition, long offset, Instant timestamp, String key, String reason, String cause,
        String exception, String originTopic, String originPartition, String originOffset, String valuePreview) {
}
