package io.newsflow.extract.engine.event;

import static io.newsflow.extract.engine.event.QuoteSpeakers.speakerAt;
import static io.newsflow.extract.engine.event.SourceSlots.firstPersonSubject;

import java.util.ArrayList;
import java.util.List;

import io.newsflow.extract.engine.entity.EntityKey;
import io.newsflow.extract.engine.entity.EntityTable;
import io.newsflow.extract.engine.nlp.Lemmatiser;
import io.newsflow.extract.engine.nlp.Token;
import io.newsflow.extract.engine.quote.FoundQuote;

/**
 * What a political speaker says a named actor must do, read as a demand (100) by the speaker, and what should be
 * done or must be done by no one named, as an appeal (020): "Wang Yi told Blinken that Washington must stop arming
 * Taiwan" demands; "Japan should take seriously the concerns" and "All hostages must be released," the UN chief said,
 * appeal. The own and dev gold code 9 of their 13 acts told with "must" as demands (the UN chief's passive "must be
 * released" among the appeals) and 4 of their 6 told with "should" as appeals. "We must be ready" is the speaker's
 * own business and codes nothing.
 */
final class Obligations {
    static final VerbPattern DEMAND = new VerbPattern("100",
            List.of(new VerbPattern.Words(List.of(List.of("must")))), "a demand in a quote", false);
    static final VerbPattern ADVICE = new VerbPattern("020",
            List.of(new VerbPattern.Words(List.of(List.of("should", "must")))), "advice in a quote", false);

    private final Lemmatiser lemmatiser;
    private final SourceSlots sources;
    private final PoliticalActors politicalActors;
    private final LocalCountries countries;

    Obligations(Lemmatiser lemmatiser, SourceSlots sources, PoliticalActors politicalActors, LocalCountries countries) {
        this.lemmatiser = lemmatiser;
        this.sources = sources;
        this.politicalActors = politicalActors;
        this.countries = countries;
    }

    /** A demand for "must", an appeal for "should". */
    private static VerbPattern patternOf(List<Token> tokens, int modal) {
        return tokens.get(modal).is("must") ? DEMAND : ADVICE;
    }

    /** The demands and appeals the sentence tells with "must" or "should". */
    List<ReaderAct> read(List<Token> tokens, List<ActorSpan> actors, EntityTable table, List<FoundQuote> quotes) {
        List<ReaderAct> appeals = new ArrayList<>();
        for (int k = 1; k + 2 < tokens.size(); k++) {
            if (!(tokens.get(k).is("must") || tokens.get(k).is("should"))) {
                continue;
            }
            ReaderAct appeal = tokens.get(k + 1).is("be") ? passiveObligation(tokens, actors, table, quotes, k)
                    : namedObligation(tokens, actors, table, quotes, k);
            if (appeal != null) {
                appeals.add(appeal);
            }
        }
        return appeals;
    }

    /**
     * "All hostages must be released": an appeal by the speaker, to the actor the clause names if it is not the
     * speaker's own side.
     */
    private ReaderAct passiveObligation(List<Token> tokens, List<ActorSpan> actors, EntityTable table,
            List<FoundQuote> quotes, int must) {
        int participle = must + 2;
        while (participle + 1 < tokens.size() && (tokens.get(participle).lower().endsWith("ly")
                || tokens.get(participle).is("very"))) {
            participle++;
        }
        String verb = tokens.get(participle).lower();
        EntityKey speaker = speakerOf(tokens, actors, quotes, must); // "Guterres said all hostages must be released"
        if (!verb.endsWith("ed") && !lemmatiser.isPastParticiple(verb) || speaker == null
                || !politicalActors.canAct(table, speaker) || politicalActors.judge(table, speaker)
                || firstPersonSubject(tokens, must)) {
            // ("A defendant must be tried for what he is accused of doing," the judge wrote: a ruling's reasoning)
            return null;
        }
        ActorSpan subject = sources.subjectSpan(tokens, actors, must);
        EntityKey target = subject == null || countries.sameActor(table, speaker, subject.mention().key())
                ? null : subject.mention().key();
        if (target == null && !politicalActors.international(table, speaker)) {
            // ("the planes must be inspected," the aviation regulator said; "the judiciary must be allowed to work," the
            // prime minister said: a state's own business, where the UN's "all hostages must be released" asks the world)
            return null;
        }
        // (what must be done by no one named is an appeal to the world, as the dev gold codes the UN chief's)
        return new ReaderAct(new PatternMatch(ADVICE, must, participle, null, null, false), speaker, target);
    }

    /**
     * "Washington must stop arming Taiwan": an appeal to the named actor before "must". Without one ("all sides must
     * show restraint") nothing is coded, as the actor asked is unknown.
     */
    private ReaderAct namedObligation(List<Token> tokens, List<ActorSpan> actors, EntityTable table,
            List<FoundQuote> quotes, int must) {
        int before = must - 1;
        if (before > 0 && tokens.get(before).is("\"")) {
            before--; // 'warned that Japan "should not harm"': the quote opens after the subject
        }
        ActorSpan subject = ActorSpan.endingAt(actors, before);
        if (subject == null || !tokens.get(must + 1).isWord() || firstPersonSubject(tokens, must)) {
            return null;
        }
        EntityKey speaker = speakerOf(tokens, actors, quotes, must);
        EntityKey target = subject.mention().key();
        if (speaker == null || !politicalActors.canAct(table, speaker) || countries.sameActor(table, speaker, target)
                || ownPeople(tokens, table, subject, speaker)) {
            return null;
        }
        return new ReaderAct(new PatternMatch(patternOf(tokens, must), must, must + 1, null, null, false), speaker,
                target);
    }

    /**
     * "Morrison told reporters that Australians should prepare themselves": a leader's advice to his own people, named
     * by their demonym, is no act between actors.
     */
    private static boolean ownPeople(List<Token> tokens, EntityTable table, ActorSpan subject, EntityKey speaker) {
        String home = EventExtractor.actor(table, speaker).countryCode();
        return home != null && home.equals(subject.mention().key().countryCode())
                && StateAndPeopleNouns.peopleByDemonym(tokens, subject);
    }

    /** Who says it: the speaker of the quote around it, else the one who reports the clause. */
    private EntityKey speakerOf(List<Token> tokens, List<ActorSpan> actors, List<FoundQuote> quotes, int must) {
        EntityKey speaker = speakerAt(quotes, tokens.get(must).start());
        return speaker != null ? speaker : sources.reporter(tokens, actors, must);
    }
}
