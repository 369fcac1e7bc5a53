package io.newsflow.ingest.admission;

import java.util.Map;

import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** The arithmetic of a backlog, apart from Kafka so that its rules can be tested alone. */
final class StageLag {
    private StageLag() {
    }

    /**
     * Records of {@code topic} the group has yet to read: each partition's end offset minus the group's committed
     * offset. A group that has committed nothing on the topic is no stage of this deployment (yet), and counts 0;
     * a partition it has not committed on counts from offset 0.
     */
    static long waiting(String topic, Map<TopicPartition, Long> endOffsets,
            Map<TopicPartition, OffsetAndMetadata> committed) {
        boolean started = committed.keySet().stream().anyMatch(partition -> partition.topic().equals(topic));
        if (!started) {
            return 0;
        }
        long waiting = 0;
        for (Map.Entry<TopicPartition, Long> end : endOffsets.entrySet()) {
            if (end.getKey().topic().equals(topic)) {
                OffsetAndMetadata done = committed.get(end.getKey());
                waiting += Math.max(0, end.getValue() - (done == null ? 0 : done.offset()));
            }
        }
        return waiting;
    }
}
