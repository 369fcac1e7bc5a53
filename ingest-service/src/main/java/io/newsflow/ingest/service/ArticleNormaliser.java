package io.newsflow.ingest.service;

import java.text.Normalizer;
import java.time.Instant;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import io.newsflow.contract.ArticleIds;
import io.newsflow.contract.PublishedDates;
import io.newsflow.contract.RawArticle;
import io.newsflow.ingest.config.IngestConfig;

/**
 * Turns an upload into the {@code articles.raw} record: NFC text, trimmed fields, a parsed date, a
 * language (detected when not given) and the deterministic id. Everything a client can get wrong
 * about one article is an {@link IngestProblem} here.
 */
@ApplicationScoped
public class ArticleNormaliser {
    private final LanguageDetection languages;
    private final int maxArticleChars;

    ArticleNormaliser(LanguageDetection languages, IngestConfig config) {
        this.languages = languages;
        this.maxArticleChars = config.maxArticleChars();
    }

    public RawArticle normalise(ArticleFields fields, String contentType) {
        String headline = clean(fields.headline());
        String text = clean(fields.text());
        if (headline == null) {
            throw IngestProblem.badRequest("missing-headline", "The article has no headline.");
        }
        if (text == null) {
            throw IngestProblem.badRequest("missing-text", "The article has no text.");
        }
        if (text.length() > maxArticleChars) {
            throw IngestProblem.tooLarge("The article's text has " + text.length()
                    + " characters; at most " + maxArticleChars + " are accepted per article.");
        }
        String language = language(clean(fields.language()));
        if (language == null) {
            language = languages.detect(headline, text);
        }
        String contentSha256 = ArticleIds.contentSha256(headline, text);
        return new RawArticle(RawArticle.SCHEMA_VERSION, ArticleIds.idOf(contentSha256), Instant.now(),
                clean(fields.source()), clean(fields.url()), parseDate(clean(fields.publishedAt())),
                language, contentType, headline, clean(fields.subtitle()), text, contentSha256);
    }

    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String withoutControls = withoutControlCharacters(value);
        // Most uploads are NFC already; the check is a read where normalising would copy the text.
        String normalised = (Normalizer.isNormalized(withoutControls, Normalizer.Form.NFC) ? withoutControls
                : Normalizer.normalize(withoutControls, Normalizer.Form.NFC)).strip();
        return normalised.isEmpty() ? null : normalised;
    }

    /**
     * Control characters (Unicode's Cc) other than line breaks and tabs carry no text, and PostgreSQL
     * refuses NUL. A loop, not a regex: the text is copied only when it holds one.
     */
    static String withoutControlCharacters(String value) {
        int first = 0;
        while (first < value.length() && !isDroppedControl(value.charAt(first))) {
            first++;
        }
        if (first == value.length()) {
            return value;
        }
        StringBuilder kept = new StringBuilder(value.length()).append(value, 0, first);
        for (int i = first + 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!isDroppedControl(c)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    private static boolean isDroppedControl(char c) {
        return (c < ' ' && c != '\n' && c != '\r' && c != '\t') || (c >= '\u007F' && c <= '\u009F');
    }

    /** Accepts an instant, a date-time with offset, or a bare date (taken as midnight UTC). */
    static Instant parseDate(String value) {
        if (value == null) {
            return null;
        }
        Instant parsed = PublishedDates.parseOrNull(value);
        if (parsed == null) {
            throw IngestProblem.badRequest("bad-date", "publishedAt '" + value + "' is not " + PublishedDates.FORMS + ".");
        }
        return parsed;
    }

    private static String language(String value) {
        if (value == null) {
            return null;
        }
        String code = value.toLowerCase(Locale.ROOT);
        if (!code.matches("[a-z]{2,3}")) {
            throw IngestProblem.badRequest("bad-language",
                    "language '" + value + "' is not an ISO 639 code such as 'en'.");
        }
        return code;
    }
}
