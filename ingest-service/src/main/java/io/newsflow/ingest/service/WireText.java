package io.newsflow.ingest.service;

import java.nio.charset.Charset;

import io.newsflow.contract.WireStory;

/** {@code text/plain}: a wire story, split by the contract's {@link WireStory}; metadata from the query. */
public final class WireText {
    public static final String CONTENT_TYPE = "text/plain";

    private WireText() {
    }

    public static UploadItem read(byte[] bytes, Charset declared, Position position, UploadMetadata metadata) {
        WireStory story = WireStory.parse(CharsetDecoding.decode(bytes, declared, false));
        if (story.headline().isEmpty()) {
            return UploadItem.failed(position, CONTENT_TYPE, IngestProblem.badRequest("empty-text",
                    "The text is empty; expected a headline line and a body."));
        }
        if (story.body().isEmpty()) {
            return UploadItem.failed(position, CONTENT_TYPE, IngestProblem.badRequest("missing-text",
                    "The text has a headline but no body after it."));
        }
        return UploadItem.parsed(position, CONTENT_TYPE, new ArticleFields(story.headline(), story.subtitle(),
                story.body(), null, null, null, null).orElse(metadata));
    }
}
