package io.newsflow.extract.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newsflow.contract.AnalysedArticle;
import io.newsflow.contract.RawArticle;

/** Walking-skeleton engine: carries the article through with its dateline; the real analysis replaces it. */
public final class NewsflowEngine implements ExtractionEngine {
    private static final Pattern DATELINE = Pattern.compile(
            "^(?<place>\\p{Lu}[\\p{L} .'-]*?)(?:,\\s*(?<month>\\p{Lu}\\p{Ll}+)\\.?\\s+(?<day>\\d{1,2}))?\\s*[.,]?\\s*"
                    + "(?:/(?<agency1>[\\p{L} -]+)/|\\((?<agency2>[\\p{L} .-]+)\\))");
    private static final AnalysedArticle.Extractor EXTRACTOR = new AnalysedArticle.Extractor("newsflow-engine", "0.0.1");

    private NewsflowEngine() {
    }

    /** Loads models and dictionaries once; the returned engine is shared by all threads. */
    public static NewsflowEngine load() {
        return new NewsflowEngine();
    }

    @Override
    public AnalysedArticle analyse(RawArticle article) {
        return new AnalysedArticle(AnalysedArticle.SCHEMA_VERSION, article.id(), article.headline(), article.subtitle(),
                dateline(article), article.publishedAt(), article.language(), article.source(), article.url(), article.text(),
                List.of(), List.of(), List.of(), null, EXTRACTOR, Instant.now());
    }

    private static AnalysedArticle.Dateline dateline(RawArticle article) {
        Matcher matcher = DATELINE.matcher(article.text());
        if (!matcher.find()) {
            return null;
        }
        String agency = matcher.group("agency1") != null ? matcher.group("agency1") : matcher.group("agency2");
        String date = null;
        Instant reference = article.publishedAt() != null ? article.publishedAt() : article.receivedAt();
        if (matcher.group("month") != null && reference != null) {
            int year = reference.atZone(ZoneOffset.UTC).getYear();
            for (Month month : Month.values()) {
                if (month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).startsWith(matcher.group("month"))) {
                    date = LocalDate.of(year, month, Integer.parseInt(matcher.group("day"))).toString();
                }
            }
        }
        return new AnalysedArticle.Dateline(matcher.group("place").strip(), null, agency.strip(), date,
                date == null ? null : io.newsflow.contract.DatePrecision.DAY, 0.5);
    }

    @Override
    public AnalysedArticle.Extractor extractor() {
        return EXTRACTOR;
    }
}
