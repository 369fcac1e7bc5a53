package io.newsflow.ingest.service;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import io.newsflow.common.rest.ProblemException;
import io.newsflow.contract.ArticleIds;
import io.newsflow.contract.RawArticle;

/**
 * Turns an upload into the {@code articles.raw} record: NFC text, trimmed fields, a parsed date
 * and the deterministic id. Everything a client can get wrong is reported as a 400 here.
 */
@ApplicationScoped
public class ArticleNormaliser {

    public RawArticle normalise(ArticleFields fields, String contentType) {
        String headline = clean(fields.headline());
        String text = clean(fields.text());
        if (headline == null) {
            throw ProblemException.badRequest("The article has no headline.");
        }
        if (text == null) {
            throw ProblemException.badRequest("The article has no text.");
        }
        return new RawArticle(RawArticle.SCHEMA_VERSION, ArticleIds.articleId(headline, text), Instant.now(),
                clean(fields.source()), clean(fields.url()), parseDate(clean(fields.publishedAt())),
                language(clean(fields.language())), contentType, headline, clean(fields.subtitle()), text,
                ArticleIds.contentSha256(headline, text));
    }

    /** Control characters other than line breaks and tabs carry no text, and PostgreSQL refuses NUL. */
    private static final Pattern CONTROL_CHARACTERS = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]");

    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String withoutControls = CONTROL_CHARACTERS.matcher(value).replaceAll("");
        String normalised = Normalizer.normalize(withoutControls, Normalizer.Form.NFC).strip();
        return normalised.isEmpty() ? null : normalised;
    }

    /** Accepts an instant, a date-time with offset, or a bare date (taken as midnight UTC). */
    static Instant parseDate(String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notDateTime) {
            try {
                return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notDate) {
                throw ProblemException.badRequest("publishedAt '" + value
                        + "' is not an ISO-8601 date-time (2017-06-03T10:15:00Z) or date (2017-06-03).");
            }
        }
    }

    private static String language(String value) {
        if (value == null) {
            return null;
        }
        String code = value.toLowerCase(Locale.ROOT);
        if (!code.matches("[a-z]{2,3}")) {
            throw ProblemException.badRequest("language '" + value + "' is not an ISO 639 code such as 'en'.");
        }
        return code;
    }
}
