package io.newsflow.extract.service;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.newsflow.contract.ContractJson;
import io.newsflow.contract.RawArticle;
import io.newsflow.extract.config.ExtractConfig;
import io.newsflow.extract.engine.AnalysisTimedOut;
import io.newsflow.extract.engine.Deadline;
import io.newsflow.extract.engine.ExtractionEngine;

/**
 * Reads one {@code articles.raw} record and runs the engine on it. Never throws: a record that
 * cannot be read or analysed becomes a failed outcome, so one bad record cannot stop the stream.
 */
@ApplicationScoped
public class ArticleAnalyser {
    private static final Logger LOG = Logger.getLogger(ArticleAnalyser.class);

    private final ExtractionEngine engine;
    private final int maxArticleChars;
    private final Duration budget;

    ArticleAnalyser(ExtractionEngine engine, ExtractConfig config) {
        this.engine = engine;
        this.maxArticleChars = config.maxArticleChars();
        this.budget = config.articleTimeBudget();
    }

    /** The analysis of one record, given up with {@link AnalysisOutcome#overBudget} once the deadline is over. */
    public AnalysisOutcome analyse(byte[] value, Deadline deadline) {
        RawArticle article;
        try {
            article = ContractJson.read(new String(value == null ? new byte[0] : value, StandardCharsets.UTF_8),
                    RawArticle.class);
        } catch (JsonProcessingException e) {
            return AnalysisOutcome.failed("Not a RawArticle JSON document", e);
        }
        if (article == null || article.id() == null || article.text() == null || article.headline() == null) {
            return AnalysisOutcome.failed("RawArticle without id, headline or text", null);
        }
        if (article.text().length() > maxArticleChars) {
            return AnalysisOutcome.failed("Text of " + article.text().length() + " characters is over the limit of "
                    + maxArticleChars, null);
        }
        try {
            return AnalysisOutcome.analysed(engine.analyse(article, deadline));
        } catch (AnalysisTimedOut e) {
            LOG.warnf("Article %s: %s", article.id(), e.getMessage());
            return AnalysisOutcome.overBudget(budget, e);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.warnf(e, "The engine failed on article %s", article.id());
            return AnalysisOutcome.failed("The extraction engine failed", e);
        }
    }
}
