package io.newsflow.extract.engine.event;

import static io.newsflow.extract.engine.event.ClauseReadings.previousNonAdverb;
import static io.newsflow.extract.engine.event.ClauseWords.BE_FORMS;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.newsflow.contract.EntityKind;
import io.newsflow.extract.engine.entity.EntityKey;
import io.newsflow.extract.engine.nlp.Token;

/**
 * The guests whose visit (042) to the country the story is filed from no verb of travel tells, so the patterns never
 * read it: a titled person after "visiting" ("talks with visiting Iraqi Foreign Minister Fuad Hussein"; "is visiting
 * Iraq" is a verb, read by the patterns), and the foreign guests a story lists at a gathering in its country ("Among
 * the participants were Greek Prime Minister Kyriakos Mitsotakis and Serbian President Aleksandar Vucic", "Djibouti's
 * Ismail Omar Guelleh and Somalia's Hassan Sheikh Mohamud were among the leaders who travelled to Guba", "Turkey was
 * represented by Foreign Minister Mevlut Cavusoglu", "the US delegation was headed by Energy Secretary Jennifer
 * Granholm").
 */
final class VisitingGuests {
    static final VerbPattern GUEST_VISIT = new VerbPattern("042",
            List.of(new VerbPattern.Words(List.of(List.of("visiting")))), "a visiting guest", false);
    /** How many words the title of a visiting guest may have: "Iraqi Deputy Prime Minister and Foreign Minister". */
    private static final int GUEST_TITLE_WORDS = 10;
    static final VerbPattern ATTENDANCE = new VerbPattern("042",
            List.of(new VerbPattern.Words(List.of(List.of("among")))), "a guest listed at a gathering", false);
    /** Nouns of the people a gathering is attended by: "among the participants", "among the leaders who travelled". */
    private static final Set<String> GUEST_NOUNS = Set.of("participants", "attendees", "guests", "leaders",
            "dignitaries", "delegations", "delegates", "heads", "presidents", "ministers", "officials", "those");
    /** How far after "among" its guests' noun may stand: "among the foreign heads of state". */
    private static final int NOUN_REACH = 4;
    /**
     * Words that make a list of people one of a gathering's guests: "among the leaders who attended the meeting",
     * "delegations who had travelled for the ceremony, among them" (but not "Rubio met a group of leaders, among them"
     * nor "targeted seven officials, among them").
     */
    private static final Set<String> GATHERING_WORDS = Set.of("participants", "attendees", "guests", "dignitaries",
            "attended", "attending", "attend", "present", "travelled", "traveled", "ceremony", "inauguration", "funeral",
            "summit", "conference", "gathering", "forum", "delegations");
    /** Verbs of standing in for a state or heading its delegation: "was represented by", "was headed by". */
    private static final Set<String> STANDING_IN = Set.of("represented", "headed", "led");

    private final PoliticalActors politicalActors;
    private final LocalCountries countries;

    VisitingGuests(PoliticalActors politicalActors, LocalCountries countries) {
        this.politicalActors = politicalActors;
        this.countries = countries;
    }

    /** The guests' visits the sentence tells, each to the story's host country. */
    List<ReaderAct> read(List<Token> tokens, List<ActorSpan> actors, EventExtractor.ArticleContext ctx) {
        List<ReaderAct> visits = new ArrayList<>(titledAfterVisiting(tokens, actors, ctx));
        visits.addAll(listed(tokens, actors, ctx));
        return visits;
    }

    /** The visits of the titled persons named after "visiting", each to the story's host country. */
    private List<ReaderAct> titledAfterVisiting(List<Token> tokens, List<ActorSpan> actors,
            EventExtractor.ArticleContext ctx) {
        List<ReaderAct> visits = new ArrayList<>();
        for (int k = 0; k + 1 < tokens.size(); k++) {
            if (!tokens.get(k).is("visiting")) {
                continue;
            }
            int aux = previousNonAdverb(tokens, k);
            ActorSpan guest = aux >= 0 && BE_FORMS.contains(tokens.get(aux).lower()) ? null
                    : titledPersonAfter(tokens, actors, k + 1);
            EntityKey host = guest == null ? null : countries.hostCountry(ctx);
            if (host != null && guestOf(ctx, guest, host)) {
                visits.add(new ReaderAct(new PatternMatch(GUEST_VISIT, k, k, null, guest, false),
                        guest.mention().key(), host));
            }
        }
        return visits;
    }

    /** Whether the actor can act and is not the host itself: a guest whose visit is an event. */
    private boolean guestOf(EventExtractor.ArticleContext ctx, ActorSpan guest, EntityKey host) {
        return politicalActors.canAct(ctx.table(), guest.mention().key())
                && !countries.sameActor(ctx.table(), guest.mention().key(), host);
    }

    /** The visits of the guests the sentence lists at a gathering, each to the host; none without a host. */
    private List<ReaderAct> listed(List<Token> tokens, List<ActorSpan> actors, EventExtractor.ArticleContext ctx) {
        EntityKey host = countries.hostCountry(ctx);
        if (host == null) {
            return List.of();
        }
        List<ActorSpan> guests = new ArrayList<>();
        int trigger = -1;
        for (int k = 0; k < tokens.size() && trigger < 0; k++) {
            if (tokens.get(k).is("among") && guestNounAfter(tokens, k) > 0 && gathering(tokens)) {
                trigger = k;
                boolean guestsBefore = k >= 2 && (tokens.get(k - 1).is("were") || tokens.get(k - 1).is("was"))
                        && k + 1 < tokens.size() && !tokens.get(k + 1).is("them");
                // "X and Y were among the leaders who": the names before; "Among the participants were X": after
                guests.addAll(guestsBefore ? personsIn(actors, 0, k) : personsIn(actors, k + 1, clauseEnd(tokens, k + 1)));
            } else if (STANDING_IN.contains(tokens.get(k).lower()) && k + 1 < tokens.size() && tokens.get(k + 1).is("by")
                    && standsInForAState(tokens, k)) {
                trigger = k;
                guests.addAll(personsIn(actors, k + 2, clauseEnd(tokens, k + 2)));
            }
        }
        List<ReaderAct> visits = new ArrayList<>();
        for (ActorSpan guest : guests) {
            String guestCountry = EventExtractor.actor(ctx.table(), guest.mention().key()).countryCode();
            // (a listed name of no known country may be the host's own)
            if (guestCountry != null && !host.countryCode().equals(guestCountry) && guestOf(ctx, guest, host)) {
                PatternMatch listing = new PatternMatch(ATTENDANCE, trigger, triggerEnd(tokens, trigger), null, guest,
                        false);
                visits.add(new ReaderAct(listing, guest.mention().key(), host));
            }
        }
        return visits;
    }

    /** The last word of the act's own words: "among the participants", "represented by". */
    private static int triggerEnd(List<Token> tokens, int trigger) {
        return tokens.get(trigger).is("among") ? guestNounAfter(tokens, trigger) : trigger + 1;
    }

    /** Where the guests' noun after "among" stands ("among the participants", "among them"), else -1. */
    private static int guestNounAfter(List<Token> tokens, int among) {
        for (int k = among + 1; k < Math.min(tokens.size(), among + 1 + NOUN_REACH); k++) {
            if (GUEST_NOUNS.contains(tokens.get(k).lower()) || tokens.get(k).is("them") && k == among + 1) {
                return k;
            }
        }
        return -1;
    }

    private static boolean gathering(List<Token> tokens) {
        return tokens.stream().anyMatch(t -> GATHERING_WORDS.contains(t.lower()));
    }

    /** "Turkey was represented by", "the US delegation was headed by", "delegation, led by": a state's stand-in. */
    private static boolean standsInForAState(List<Token> tokens, int verb) {
        int k = verb - 1;
        if (k >= 0 && (tokens.get(k).is("was") || tokens.get(k).is("were") || tokens.get(k).is(","))) {
            k--;
        }
        return k >= 0 && (tokens.get(k).is("delegation") || tokens.get(verb).is("represented") && tokens.get(k).isCapitalised());
    }

    /** Where the clause from {@code from} ends: at "who", "which", a semicolon or the sentence's end. */
    private static int clauseEnd(List<Token> tokens, int from) {
        for (int k = from; k < tokens.size(); k++) {
            if (tokens.get(k).is("who") || tokens.get(k).is("which") || tokens.get(k).is(";")) {
                return k;
            }
        }
        return tokens.size();
    }

    private static List<ActorSpan> personsIn(List<ActorSpan> actors, int from, int to) {
        List<ActorSpan> persons = new ArrayList<>();
        for (ActorSpan a : actors) {
            if (a.first() >= from && a.last() < to && a.mention().key().kind() == EntityKind.PERSON) {
                persons.add(a);
            }
        }
        return persons;
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
