package io.newsflow.ingest.service;

/** The fields of an upload before normalisation, whatever form it came in. */
public record ArticleFields(String headline, String subtitle, String text, String source, String url,
        String publishedAt, String language) {
}
