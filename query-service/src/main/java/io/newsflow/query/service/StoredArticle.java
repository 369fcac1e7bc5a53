package io.newsflow.query.service;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.newsflow.contract.AnalysedArticle;

/**
 * An article as served: its analysis as published on news.articles, and the date it is filed
 * under ({@code newsDate}) with where that came from ({@code dateSource}: published, dateline, received).
 */
public record StoredArticle(@JsonUnwrapped AnalysedArticle analysis, Instant newsDate, String dateSource) {
}
