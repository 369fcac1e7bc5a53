package io.newsflow.ingest.service;

/** Where parsers push the articles they read, one at a time, so no parser holds a whole batch. */
@FunctionalInterface
public interface ItemSink {
    void accept(UploadItem item);
}
