package io.newsflow.extract.service;

import java.time.Duration;
import java.util.List;

import io.newsflow.contract.AnalysedArticle;

/**
 * What became of one raw record: its analysis, or the reason it goes to the dead-letter topic.
 * Exactly one of {@code analysis} and {@code failure} is set.
 */
public record AnalysisOutcome(AnalysedArticle analysis, Failure failure) {

    /** Why a record could not be analysed, for the dead-letter headers. */
    public record Failure(String reason, Throwable cause) {
    }

    public static AnalysisOutcome analysed(AnalysedArticle analysis) {
        return new AnalysisOutcome(analysis, null);
    }

    public static AnalysisOutcome failed(String reason, Throwable cause) {
        return new AnalysisOutcome(null, new Failure(reason, cause));
    }

    /** An article whose analysis ran out of its budget: the one reason for it, whoever noticed first. */
    public static AnalysisOutcome overBudget(Duration budget, Throwable cause) {
        return failed("Analysis exceeded the time budget of " + budget, cause);
    }

    public boolean succeeded() {
        return analysis != null;
    }

    public List<?> events() {
        return analysis == null ? List.of() : analysis.events();
    }
}
