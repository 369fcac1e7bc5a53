package io.newsflow.ingest.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class StageLagTest {
    private static final TopicPartition RAW_0 = new TopicPartition("articles.raw", 0);
    private static final TopicPartition RAW_1 = new TopicPartition("articles.raw", 1);
    private static final TopicPartition OTHER = new TopicPartition("news.articles", 0);
    private static final Map<TopicPartition, Long> ENDS = Map.of(RAW_0, 120L, RAW_1, 80L, OTHER, 1_000L);

    @Test
    void theBacklogIsTheEndOffsetsMinusTheCommittedOnesOfTheTopic() {
        assertThat(StageLag.waiting("articles.raw", ENDS,
                Map.of(RAW_0, new OffsetAndMetadata(100), RAW_1, new OffsetAndMetadata(80)))).isEqualTo(20);
    }

    @Test
    void aGroupThatNeverCommittedOnTheTopicIsNoStageYet() {
        assertThat(StageLag.waiting("articles.raw", ENDS, Map.of())).isZero();
        assertThat(StageLag.waiting("articles.raw", ENDS, Map.of(OTHER, new OffsetAndMetadata(3)))).isZero();
    }

    @Test
    void aPartitionNotCommittedInAStartedGroupCountsFromTheStart() {
        assertThat(StageLag.waiting("articles.raw", ENDS, Map.of(RAW_0, new OffsetAndMetadata(120)))).isEqualTo(80);
    }

    @Test
    void aStageIsATopicAndAGroup() {
        assertThat(Stage.parse("news.articles:query-service")).isEqualTo(new Stage("news.articles", "query-service"));
        assertThatThrownBy(() -> Stage.parse("news.articles")).hasMessageContaining("topic:consumer-group");
    }
}
