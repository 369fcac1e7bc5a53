package io.newsflow.extract.engine.article;

import java.time.LocalDate;

import io.newsflow.contract.DatePrecision;

/** The date of the story, how precise and how sure (1.0 printed or given, lower when inferred). */
public record ArticleDate(LocalDate date, DatePrecision precision, double confidence) {
}
