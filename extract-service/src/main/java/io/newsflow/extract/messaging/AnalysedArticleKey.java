package io.newsflow.extract.messaging;

/** An article analysed by an extractor version, filed under its raw record's partition. */
record AnalysedArticleKey(int partition, String articleId, String extractorVersion) {
}
