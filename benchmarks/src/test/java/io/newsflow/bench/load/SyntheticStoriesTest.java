package io.newsflow.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import io.newsflow.contract.WireStory;

class SyntheticStoriesTest {

    @Test
    void bodiesHaveTheWordsAsked() {
        SyntheticStories stories = new SyntheticStories(7, WordRange.parse("300-1500"));
        LongStream.range(0, 200).mapToObj(stories::story).forEach(story -> assertThat(story.body().split("\\s+"))
                .hasSizeBetween(300, 1500 + 30));
    }

    @Test
    void shortStoriesAreOneToFiveKilobytes() {
        SyntheticStories stories = new SyntheticStories(7, WordRange.parse("150-800"));
        LongStream.range(0, 200).mapToObj(number -> stories.story(number).wireText())
                .forEach(text -> assertThat(text.getBytes(StandardCharsets.UTF_8).length).isBetween(1000, 5500));
    }

    @Test
    void storiesAreDistinctAndReadAsWireTextWithADateline() {
        SyntheticStories stories = new SyntheticStories(7, WordRange.parse("150-800"));
        Set<String> headlines = new HashSet<>();
        Set<String> agencies = new HashSet<>();
        for (long number = 0; number < 100; number++) {
            SyntheticStory story = stories.story(number);
            WireStory parsed = WireStory.parse(story.wireText());
            assertThat(parsed.headline()).isEqualTo(story.headline());
            assertThat(parsed.subtitle()).isEqualTo(story.subtitle());
            assertThat(WireStory.startsWithDateline(parsed.body())).as(parsed.body()).isTrue();
            headlines.add(story.headline());
            agencies.add(parsed.body().replaceAll("(?s)^[^(/]*[(/]([A-Za-z]+).*", "$1"));
        }
        assertThat(headlines).hasSize(100);
        assertThat(agencies).contains("TASS", "Reuters", "AP", "Xinhua", "AFP");
    }

    @Test
    void wordRangesAreMinDashMax() {
        assertThat(WordRange.parse(" 150-800 ")).isEqualTo(new WordRange(150, 800));
        assertThatThrownBy(() -> WordRange.parse("800-150")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WordRange.parse("short")).hasMessageContaining("MIN-MAX");
    }
}
