package io.newsflow.extract.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.newsflow.contract.ContractJson;
import io.newsflow.contract.RawArticle;

/**
 * What an uploader would have sent with each article file: a {@code manifest.json} beside the articles directory
 * (or inside it) lists, per file, the url and the publishedAt that the page showed. Without it the articles are
 * scored as bare text, as a user uploading plain wire copy would send them.
 */
final class EvalManifest {
    private final Map<String, JsonNode> entries;

    private EvalManifest(Map<String, JsonNode> entries) {
        this.entries = entries;
    }

    static EvalManifest near(Path articlesDir) throws IOException {
        Map<String, JsonNode> entries = new HashMap<>();
        for (Path candidate : new Path[] {articlesDir.resolve("manifest.json"), articlesDir.toAbsolutePath().getParent()
                .resolve("manifest.json")}) {
            if (Files.isRegularFile(candidate)) {
                JsonNode root = ContractJson.mapper().readTree(Files.readString(candidate));
                root.forEach(entry -> entries.put(entry.path("file").asText(), entry));
                break;
            }
        }
        return new EvalManifest(entries);
    }

    /** The article with the manifest's publishedAt, url and agency where the file has none of its own. */
    RawArticle complete(String file, RawArticle article) {
        JsonNode entry = entries.get(file);
        if (entry == null) {
            return article;
        }
        Instant published = article.publishedAt() != null ? article.publishedAt() : instant(entry.path("publishedAt"));
        String url = article.url() != null ? article.url() : text(entry.path("url"));
        String source = article.source() != null ? article.source() : text(entry.path("agency"));
        return new RawArticle(article.schemaVersion(), article.id(), article.receivedAt(), source, url,
                published, article.language(), article.contentType(), article.headline(), article.subtitle(),
                article.text(), article.contentSha256());
    }

    /** "2013-07-30" (a day: its start in UTC) or "2021-06-28T15:36:00+09:00". */
    static Instant instant(JsonNode value) {
        String s = text(value);
        if (s == null) {
            return null;
        }
        return s.length() == 10 ? LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant()
                : OffsetDateTime.parse(s).toInstant();
    }

    private static String text(JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode() ? null : value.asText();
    }
}
