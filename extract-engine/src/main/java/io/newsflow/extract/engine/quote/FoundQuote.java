package io.newsflow.extract.engine.quote;

import io.newsflow.extract.engine.entity.EntityKey;

/**
 * A direct quotation, text offsets [start, end) without the quote marks, in paragraph. speaker is the entity who said
 * it; describedSpeaker the words that describe a speaker the text does not name ("senior police officer"); both
 * null when it is unclear who spoke.
 */
public record FoundQuote(int start, int end, int paragraph, EntityKey speaker, String describedSpeaker) {

    /** The same quote said by the named entity or, when there is none, the described speaker. */
    FoundQuote spokenBy(EntityKey named, String described) {
        return new FoundQuote(start, end, paragraph, named, described);
    }

    FoundQuote withSpeakerOf(FoundQuote other) {
        return spokenBy(other.speaker, other.describedSpeaker);
    }

    boolean hasSpeaker() {
        return speaker != null || describedSpeaker != null;
    }

    public boolean covers(int offset) {
        return offset >= start && offset < end;
    }
}
