package io.newsflow.ingest.service;

import java.util.List;

/** The outcome of every article of one request, in upload order. */
public record UploadOutcome(boolean batch, List<ItemOutcome> items) {

    public long count(ItemOutcome.Status status) {
        return items.stream().filter(item -> item.status() == status).count();
    }

    public boolean anyNotStored() {
        return items.stream().anyMatch(item -> item.problem() != null && item.problem().notStored());
    }
}
