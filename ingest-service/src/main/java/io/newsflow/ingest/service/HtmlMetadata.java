package io.newsflow.ingest.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a news page says about itself: JSON-LD {@code NewsArticle} first (the most precise), then
 * Open Graph and {@code article:*} meta tags, then the page's own {@code h1}, {@code title},
 * {@code time} and {@code lang}. The JSON-LD {@code articleBody}, when given, tells the main-text
 * extraction which blocks are the article.
 */
record HtmlMetadata(String headline, String description, String publishedAt, String source, String url,
        String language, String articleBody) {

    static HtmlMetadata of(Document page) {
        JsonNode ld = newsArticle(page);
        return new HtmlMetadata(
                first(text(ld, "headline"), meta(page, "og:title"), meta(page, "twitter:title"),
                        page.selectFirst("h1") == null ? null : page.selectFirst("h1").text(), page.title()),
                first(text(ld, "description"), meta(page, "og:description"), meta(page, "description")),
                first(text(ld, "datePublished"), meta(page, "article:published_time"),
                        meta(page, "og:article:published_time"), meta(page, "datePublished"),
                        meta(page, "pubdate"), meta(page, "publishdate"), meta(page, "dc.date"),
                        meta(page, "date"), attribute(page, "time[datetime]", "datetime")),
                first(text(ld.path("publisher"), "name"), meta(page, "og:site_name")),
                first(text(ld, "url"), meta(page, "og:url"), attribute(page, "link[rel=canonical]", "href")),
                first(text(ld, "inLanguage"), attribute(page, "html[lang]", "lang")),
                text(ld, "articleBody"));
    }

    /** The meta tag with this property, name or itemprop. */
    private static String meta(Document page, String key) {
        for (Element meta : page.select("meta[content]")) {
            for (String attribute : List.of("property", "name", "itemprop")) {
                if (meta.attr(attribute).equalsIgnoreCase(key)) {
                    return meta.attr("content");
                }
            }
        }
        return null;
    }

    private static String attribute(Document page, String selector, String attribute) {
        Element element = page.selectFirst(selector);
        return element == null ? null : element.attr(attribute);
    }

    /** The first JSON-LD object typed as an article, also inside {@code @graph} or a top-level array. */
    private static JsonNode newsArticle(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                JsonNode found = findArticle(JsonDocuments.MAPPER.readTree(script.data()));
                if (found != null) {
                    return found;
                }
            } catch (Exception brokenJsonLd) {
                // A page's broken structured data is the page's problem; the other sources remain.
            }
        }
        return JsonDocuments.MAPPER.missingNode();
    }

    private static JsonNode findArticle(JsonNode node) {
        if (node.isArray()) {
            for (JsonNode element : node) {
                JsonNode found = findArticle(element);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (node.has("@graph")) {
            return findArticle(node.get("@graph"));
        }
        List<String> types = new ArrayList<>();
        node.path("@type").forEach(type -> types.add(type.asText()));
        if (node.path("@type").isTextual()) {
            types.add(node.path("@type").asText());
        }
        boolean article = types.stream().map(type -> type.toLowerCase(Locale.ROOT))
                .anyMatch(type -> type.endsWith("article") || type.equals("reportage"));
        return article ? node : null;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() ? value.asText() : null;
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
