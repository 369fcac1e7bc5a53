package io.newsflow.bench.load;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.newsflow.contract.ContractJson;

/**
 * Builds the uploads of a run: one article per request in the plain wire-text form, or NDJSON
 * bodies of {@code batch} articles, as ingest's users send them.
 */
final class UploadRequests {
    private final SyntheticStories stories;
    private final RunSources sources;
    private final int batch;

    /** An NDJSON line: the article fields ingest reads; no language or date, so ingest fills them as for text. */
    record NdjsonArticle(String headline, String subtitle, String text, String source) {
    }

    UploadRequests(SyntheticStories stories, RunSources sources, int batch) {
        this.stories = stories;
        this.sources = sources;
        this.batch = batch;
    }

    int articlesPerRequest() {
        return batch;
    }

    /** The request holding articles {@code first} onwards. */
    UploadRequest request(long first) {
        return batch == 1 ? wireText(first) : ndjson(first);
    }

    private UploadRequest wireText(long number) {
        String source = sources.of(number);
        return new UploadRequest("?source=" + source, "text/plain; charset=UTF-8",
                stories.story(number).wireText().getBytes(StandardCharsets.UTF_8), List.of(source));
    }

    private UploadRequest ndjson(long first) {
        ByteArrayOutputStream body = new ByteArrayOutputStream(batch * 8192);
        List<String> batchSources = new ArrayList<>(batch);
        for (long number = first; number < first + batch; number++) {
            SyntheticStory story = stories.story(number);
            String source = sources.of(number);
            body.writeBytes(ContractJson.write(new NdjsonArticle(story.headline(), story.subtitle(), story.body(),
                    source)).getBytes(StandardCharsets.UTF_8));
            body.write('\n');
            batchSources.add(source);
        }
        return new UploadRequest("", "application/x-ndjson", body.toByteArray(), batchSources);
    }
}
