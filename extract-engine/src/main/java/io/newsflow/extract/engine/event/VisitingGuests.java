package io.newsflow.extract.engine.event;

import static io.newsflow.extract.engine.event.ClauseReadings.previousNonAdverb;
import static io.newsflow.extract.engine.event.ClauseWords.BE_FORMS;

import java.util.ArrayList;
import java.util.List;

import io.newsflow.contract.EntityKind;
import io.newsflow.extract.engine.entity.EntityKey;
import io.newsflow.extract.engine.nlp.Token;

/**
 * "talks with visiting Iraqi Foreign Minister Fuad Hussein", "met visiting Zambian President Hakainde Hichilema":
 * "visiting" before a titled person names that person's visit (042) to the country the story is filed from, told
 * besides what the clause says was done with the guest. "is visiting Iraq" is a verb, read by the patterns.
 */
final class VisitingGuests {
    static final VerbPattern GUEST_VISIT = new VerbPattern("042",
            List.of(new VerbPattern.Words(List.of(List.of("visiting")))), "a visiting guest", false);
    /** How many words the title of a visiting guest may have: "Iraqi Deputy Prime Minister and Foreign Minister". */
    private static final int GUEST_TITLE_WORDS = 10;

    private final PoliticalActors politicalActors;
    private final LocalCountries countries;

    VisitingGuests(PoliticalActors politicalActors, LocalCountries countries) {
        this.politicalActors = politicalActors;
        this.countries = countries;
    }

    /** The guests' visits the sentence tells, each to the story's host country. */
    List<ReaderAct> read(List<Token> tokens, List<ActorSpan> actors, EventExtractor.ArticleContext ctx) {
        List<ReaderAct> visits = new ArrayList<>();
        for (int k = 0; k + 1 < tokens.size(); k++) {
            if (!tokens.get(k).is("visiting")) {
                continue;
            }
            int aux = previousNonAdverb(tokens, k);
            ActorSpan guest = aux >= 0 && BE_FORMS.contains(tokens.get(aux).lower()) ? null
                    : titledPersonAfter(tokens, actors, k + 1);
            EntityKey host = guest == null ? null : countries.hostCountry(ctx);
            if (host != null && politicalActors.canAct(ctx.table(), guest.mention().key())
                    && !countries.sameActor(ctx.table(), guest.mention().key(), host)) {
                visits.add(new ReaderAct(new PatternMatch(GUEST_VISIT, k, k, null, guest, false),
                        guest.mention().key(), host));
            }
        }
        return visits;
    }

    /** The person a title of capitalised words from {@code from} names ("Iraqi Foreign Minister Fuad Hussein"), else null. */
    private static ActorSpan titledPersonAfter(List<Token> tokens, List<ActorSpan> actors, int from) {
        for (int k = from; k < Math.min(tokens.size(), from + GUEST_TITLE_WORDS); k++) {
            ActorSpan person = ActorSpan.startingAt(actors, k);
            if (person != null && person.mention().key().kind() == EntityKind.PERSON) {
                return person;
            }
            if (!tokens.get(k).isCapitalised() && !tokens.get(k).is("and")) {
                return null;
            }
        }
        return null;
    }
}
