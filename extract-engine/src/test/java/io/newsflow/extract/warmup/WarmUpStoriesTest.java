package io.newsflow.extract.warmup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.newsflow.contract.AnalysedArticle;
import io.newsflow.contract.RawArticle;
import io.newsflow.extract.engine.SharedEngine;

class WarmUpStoriesTest {

    @Test
    void theWarmUpHasTheTwoSamplesAndEveryOwnStory() throws IOException {
        assertThat(WarmUpStories.FILES).as("WarmUpStories.FILES: the tass-* samples and every story of eval/articles")
                .containsExactlyInAnyOrderElementsOf(
                Stream.concat(filesIn(Path.of("../samples"), "tass-"), filesIn(Path.of("../eval/articles"), ""))
                        .toList());
    }

    @Test
    void everyStoryLoadsFromTheClasspathWithAnIdNoArticleHas() {
        List<RawArticle> stories = WarmUpStories.bundled();

        assertThat(stories).hasSameSizeAs(WarmUpStories.FILES);
        assertThat(stories).allSatisfy(story -> {
            assertThat(story.id()).startsWith(WarmUpStories.ID_PREFIX);
            assertThat(story.headline()).isNotBlank();
            assertThat(story.text()).hasSizeGreaterThan(500);
        });
        assertThat(stories).extracting(RawArticle::id).doesNotHaveDuplicates();
    }

    /** What the warm-up is for: the stories run through every stage, so it compiles the code articles run. */
    @Test
    void theStoriesReachEveryStageOfTheEngine() {
        List<AnalysedArticle> analyses = WarmUpStories.bundled().stream().map(SharedEngine.ENGINE::analyse).toList();

        assertThat(analyses).allSatisfy(analysis -> assertThat(analysis.entities()).isNotEmpty());
        assertThat(analyses).anySatisfy(analysis -> assertThat(analysis.quotes()).isNotEmpty());
        assertThat(analyses).anySatisfy(analysis -> assertThat(analysis.events()).isNotEmpty());
        assertThat(analyses).anySatisfy(analysis -> assertThat(analysis.dateline()).isNotNull());
    }

    private static Stream<String> filesIn(Path directory, String prefix) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.startsWith(prefix))
                    .filter(name -> name.endsWith(".txt") || name.endsWith(".json")).toList().stream();
        }
    }
}
