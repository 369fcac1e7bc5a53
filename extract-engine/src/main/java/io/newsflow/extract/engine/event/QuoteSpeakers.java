package io.newsflow.extract.engine.event;

import java.util.List;

import io.newsflow.extract.engine.entity.EntityKey;
import io.newsflow.extract.engine.quote.FoundQuote;

/** Who said the quote at or just before a place in the text: the speaker an act inside or after a quote belongs to. */
final class QuoteSpeakers {
    /** How far (in characters) before a verb of saying the quote it attributes may end: '," the statement said'. */
    private static final int ATTRIBUTION_GAP = 30;

    private QuoteSpeakers() {
    }

    /** The speaker of the quote that ends just before offset, or null. */
    static EntityKey speakerBefore(List<FoundQuote> quotes, int offset) {
        for (FoundQuote q : quotes) {
            if (q.end() <= offset && offset - q.end() <= ATTRIBUTION_GAP) {
                return q.speaker();
            }
        }
        return null;
    }

    /** The speaker of the quote that covers offset, or null. */
    static EntityKey speakerAt(List<FoundQuote> quotes, int offset) {
        for (FoundQuote q : quotes) {
            if (q.covers(offset)) {
                return q.speaker();
            }
        }
        return null;
    }
}
