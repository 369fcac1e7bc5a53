package io.newsflow.extract.engine.article;

import java.time.LocalDate;

import io.newsflow.contract.DatePrecision;

/**
 * The date of the story, how precise and how sure (1.0 printed or given, lower when inferred), and whether its day
 * is known (publishedAt, a dateline that prints the day) or only stands in for one (the day the article arrived).
 */
public record ArticleDate(LocalDate date, DatePrecision precision, double confidence, boolean dayKnown) {

    public ArticleDate(LocalDate date, DatePrecision precision, double confidence) {
        this(date, precision, confidence, true);
    }
}
