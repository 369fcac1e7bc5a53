package io.newsflow.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class PublishedDatesTest {

    @Test
    void readsADateTimeToTheMinuteOrWithAnOffsetAndADate() {
        assertThat(PublishedDates.parseOrNull("2019-11-20T10:43Z")).isEqualTo(Instant.parse("2019-11-20T10:43:00Z"));
        assertThat(PublishedDates.parseOrNull("2017-06-03T12:00:00+03:00")).isEqualTo(Instant.parse("2017-06-03T09:00:00Z"));
        assertThat(PublishedDates.parseOrNull("2017-06-03")).isEqualTo(Instant.parse("2017-06-03T00:00:00Z"));
        assertThat(PublishedDates.parseOrNull("June 3")).isNull();
    }
}
