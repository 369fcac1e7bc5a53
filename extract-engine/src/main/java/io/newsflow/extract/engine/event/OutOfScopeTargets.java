package io.newsflow.extract.engine.event;

import io.newsflow.contract.EntityKind;
import io.newsflow.contract.NewsEvent;
import io.newsflow.extract.engine.dictionary.DictionaryIndex;

/**
 * Targets that make an act no political event: a university or a firm one means to work with, a compatriot called
 * before a committee. Read once a sentence's events are told.
 */
final class OutOfScopeTargets {
    private final DictionaryIndex index;

    OutOfScopeTargets(DictionaryIndex index) {
        this.index = index;
    }

    /**
     * "the federal government would work with the university": an intent to cooperate with a university, a hospital
     * or a firm (no international body) is no political act.
     */
    boolean nonPoliticalPartner(NewsEvent e) {
        return e.cameo().root().equals("03") && e.target() != null && e.target().kind() == EntityKind.ORGANIZATION
                && index.igo(e.target().countryCode()) == null && PoliticalActors.nonPoliticalByName(e.target().name());
    }

    /** "called on the speaker to summon her": a compatriot called before a committee is no envoy called in. */
    static boolean compatriotSummoned(NewsEvent e) {
        return e.cameo().code().startsWith(EventExtractor.SUMMONS) && e.target() != null
                && e.target().kind() == EntityKind.PERSON && e.target().countryCode() != null
                && e.target().countryCode().equals(e.source().countryCode());
    }
}
