package io.newsflow.bench.producer;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import io.newsflow.bench.load.RunSources;
import io.newsflow.bench.load.SyntheticStories;
import io.newsflow.bench.load.SyntheticStory;
import io.newsflow.contract.ArticleIds;
import io.newsflow.contract.ContractJson;
import io.newsflow.contract.RawArticle;

/**
 * A payload file for Kafka's producer performance tool: one {@code articles.raw} record a line, as
 * ingest would publish the load generator's stories uploaded as text (the JSON has no raw newlines).
 */
final class RawArticlePayloads {
    private RawArticlePayloads() {
    }

    /** Writes {@code count} records; answers their mean size in bytes. */
    static double write(Path file, SyntheticStories stories, RunSources sources, int count) throws IOException {
        long bytes = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int number = 0; number < count; number++) {
                String record = ContractJson.write(rawArticle(stories.story(number), sources.of(number)));
                out.write(record);
                out.write('\n');
                bytes += record.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        return count == 0 ? 0 : (double) bytes / count;
    }

    /** What ingest's normaliser makes of an uploaded story: language detected as English, no date given. */
    static RawArticle rawArticle(SyntheticStory story, String source) {
        String contentSha256 = ArticleIds.contentSha256(story.headline(), story.body());
        return new RawArticle(RawArticle.SCHEMA_VERSION, ArticleIds.idOf(contentSha256), Instant.now(), source,
                null, null, "en", "text/plain", story.headline(), story.subtitle(), story.body(), contentSha256);
    }
}
