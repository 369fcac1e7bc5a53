package io.newsflow.extract.engine.entity;

/**
 * One place an entity is named or referred to, in sentence {@code sentence}, tokens [first, last], text offsets
 * [start, end). phraseFirst is where the whole noun phrase starts (a person's role before the name), so that a
 * country inside "US President Donald Trump" is not taken for a separate actor.
 */
public record FoundMention(int sentence, int phraseFirst, int first, int last, int start, int end, EntityKey key,
        How how) {

    public enum How {
        NAME, DEMONYM, CAPITAL, ALIAS, SURNAME, PRONOUN, ROLE_NOUN,
        /** Words that name no one but stand for an actor all the same: "gunmen", "Kurdish militants". */
        UNNAMED
    }

    public boolean contains(FoundMention other) {
        return sentence == other.sentence && phraseFirst <= other.first && other.last <= last && this != other
                && !(phraseFirst == other.phraseFirst && last == other.last && first == other.first);
    }
}
