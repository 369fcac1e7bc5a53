package io.newsflow.extract.engine.event;

import java.util.List;
import java.util.Set;

import io.newsflow.extract.engine.dictionary.Dictionaries;
import io.newsflow.extract.engine.entity.EntityKey;
import io.newsflow.extract.engine.event.EventExtractor.ArticleContext;
import io.newsflow.extract.engine.nlp.Lemmatiser;
import io.newsflow.extract.engine.nlp.Sentence;
import io.newsflow.extract.engine.nlp.Token;

/**
 * "Ten Russian soldiers were killed in Ukraine", "there were 10 Russian soldiers killed in Ukraine": soldiers who fell
 * in a foreign country, told without an agent, were fought by that country. The event runs from the country they fell
 * in to theirs; read as an active clause it would have their own country do the killing.
 */
final class FallenAbroad {
    private static final Set<String> MILITARY = Set.copyOf(Dictionaries.readWords("military-nouns.txt"));
    private static final Set<String> VIOLENT_ROOTS = Set.of("18", "19", "20");
    /** What may stand between the soldiers and the participle: "were reportedly killed", "have been killed". */
    private static final Set<String> BETWEEN = Set.of("was", "were", "been", "be", "being", "had", "have", "has");

    /** Who fought (the country they fell in) and who fell (the soldiers' country). */
    record Sides(EntityKey source, EntityKey target) {
    }

    private final Lemmatiser lemmatiser;
    private final LocalCountries countries;

    FallenAbroad(Lemmatiser lemmatiser, LocalCountries countries) {
        this.lemmatiser = lemmatiser;
        this.countries = countries;
    }

    Sides of(PatternMatch m, Sentence sentence, List<Token> tokens, List<ActorSpan> actors, ArticleContext ctx) {
        String code = m.pattern().code();
        if (code.length() < 2 || !VIOLENT_ROOTS.contains(code.substring(0, 2))
                || !lemmatiser.isPastParticiple(tokens.get(m.first()).lower())
                || m.first() + 1 < tokens.size() && tokens.get(m.first() + 1).is("by")) {
            return null;
        }
        int k = m.first() - 1;
        while (k >= 0 && (BETWEEN.contains(tokens.get(k).lower()) || tokens.get(k).lower().endsWith("ly"))) {
            k--;
        }
        if (k < 1 || !MILITARY.contains(tokens.get(k).lower())) {
            return null;
        }
        ActorSpan fallen = ActorSpan.endingAt(actors, k - 1);
        if (fallen == null) {
            return null;
        }
        EntityKey fought = countries.countryWhereDone(ctx, sentence, tokens, m, fallen.mention().key());
        return fought == null ? null : new Sides(fought, fallen.mention().key());
    }
}
