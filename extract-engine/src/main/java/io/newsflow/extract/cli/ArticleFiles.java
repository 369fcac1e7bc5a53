package io.newsflow.extract.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

import io.newsflow.contract.ArticleIds;
import io.newsflow.contract.ContractJson;
import io.newsflow.contract.PublishedDates;
import io.newsflow.contract.RawArticle;
import io.newsflow.contract.WireStory;

/** Reads an article from plain wire text or from a RawArticle-shaped JSON object. */
public final class ArticleFiles {
    private ArticleFiles() {
    }

    public static RawArticle read(Path path) throws IOException {
        return fromContent(Files.readString(path));
    }

    public static RawArticle fromContent(String content) throws IOException {
        String trimmed = content.stripLeading();
        if (trimmed.startsWith("{")) {
            JsonNode n = ContractJson.mapper().readTree(trimmed);
            String published = text(n, "publishedAt");
            Instant publishedAt = published == null ? null : PublishedDates.parseOrNull(published);
            if (published != null && publishedAt == null) {
                // ingest refuses such an upload with the same words
                throw new IOException("publishedAt '" + published + "' is not " + PublishedDates.FORMS + ".");
            }
            return article(text(n, "headline"), text(n, "subtitle"), text(n, "text"), publishedAt, text(n, "source"),
                    text(n, "url"), "application/json");
        }
        WireStory story = WireStory.parse(content);
        return article(story.headline(), story.subtitle(), story.body(), null, null, null, "text/plain");
    }

    public static RawArticle article(String headline, String subtitle, String body, Instant publishedAt, String source,
            String url, String contentType) {
        String h = headline == null ? "" : headline;
        String b = body == null ? "" : body;
        String contentSha256 = ArticleIds.contentSha256(h, b);
        return new RawArticle(RawArticle.SCHEMA_VERSION, ArticleIds.idOf(contentSha256), Instant.now(), source, url,
                publishedAt, "en", contentType, h, subtitle, b, contentSha256);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
