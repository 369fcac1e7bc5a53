package io.newsflow.extract.engine.quote;

import io.newsflow.extract.engine.entity.EntityKey;

/** A direct quotation, text offsets [start, end) without the quote marks, in paragraph; speaker null when unclear. */
public record FoundQuote(int start, int end, int paragraph, EntityKey speaker) {

    public boolean covers(int offset) {
        return offset >= start && offset < end;
    }
}
