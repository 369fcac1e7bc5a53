package io.newsflow.ingest.service;

/** The fields of an upload before normalisation, whatever form it came in. */
public record ArticleFields(String headline, String subtitle, String text, String source, String url,
        String publishedAt, String language) {

    /** These fields, with what they lack taken from {@code defaults} (the request's query parameters). */
    public ArticleFields orElse(UploadMetadata defaults) {
        if (defaults == null) {
            return this;
        }
        return new ArticleFields(headline, subtitle, text, first(source, defaults.source()),
                first(url, defaults.url()), first(publishedAt, defaults.publishedAt()),
                first(language, defaults.language()));
    }

    private static String first(String value, String fallback) {
        return value != null && !value.isBlank() ? value : fallback;
    }
}
