package io.newsflow.extract.engine.event;

import java.util.Locale;
import java.util.Set;

import io.newsflow.contract.NewsEvent;
import io.newsflow.extract.engine.dictionary.Dictionaries;
import io.newsflow.extract.engine.dictionary.DictionaryIndex;
import io.newsflow.extract.engine.dictionary.Igo;

/**
 * The code an intergovernmental body acts under in an event: its parent organisation's ("UN" for OCHA's chief, "EU"
 * for the Council of the EU), unless it acts as itself (igos-acting-alone.txt: the Security Council, courts, central
 * banks). The actor's name still says which body it was.
 */
final class IgoParents {
    /** Lower case, as the word lists are read. */
    private static final Set<String> ACTING_ALONE = Set.copyOf(Dictionaries.readWords("igos-acting-alone.txt"));

    private final DictionaryIndex index;

    IgoParents(DictionaryIndex index) {
        this.index = index;
    }

    NewsEvent actingCodes(NewsEvent e) {
        NewsEvent.Actor source = acting(e.source());
        NewsEvent.Actor target = acting(e.target());
        return source == e.source() && target == e.target() ? e : e.withActors(source, target);
    }

    private NewsEvent.Actor acting(NewsEvent.Actor actor) {
        if (actor == null || actor.countryCode() == null) {
            return actor;
        }
        String code = actingCode(actor.countryCode());
        return code.equals(actor.countryCode()) ? actor
                : new NewsEvent.Actor(actor.name(), actor.kind(), code, actor.entityId(), actor.role());
    }

    /** The top organisation a body belongs to, stopping at one that acts alone. */
    private String actingCode(String code) {
        String acting = code;
        for (int depth = 0; depth < 4 && !ACTING_ALONE.contains(acting.toLowerCase(Locale.ROOT)); depth++) {
            Igo igo = index.igo(acting);
            if (igo == null || igo.parentCode() == null || igo.parentCode().isBlank()) {
                break;
            }
            acting = igo.parentCode();
        }
        return acting;
    }
}
