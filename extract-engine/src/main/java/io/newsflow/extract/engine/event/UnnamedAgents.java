package io.newsflow.extract.engine.event;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.newsflow.extract.engine.dictionary.CameoCode;
import io.newsflow.extract.engine.dictionary.DictionaryIndex;
import io.newsflow.extract.engine.entity.EntityKey;
import io.newsflow.extract.engine.event.EventExtractor.ArticleContext;
import io.newsflow.extract.engine.nlp.Sentence;
import io.newsflow.extract.engine.nlp.Token;

/**
 * Who did what a passive tells without "by": the state of a state noun that does it ("were detained by police"), the
 * state where an arrest happened ("Former president Rodrigo Duterte was arrested", filed from Manila; "was arrested
 * in Yekaterinburg"), the state whose body reports a coercive act ("the interior ministry said 44 people had been
 * detained"), or the one who reports a diplomatic act ("Prévot said Rwandan diplomats had been declared persona non
 * grata"); null when the passive names no one who did it ("were test-fired").
 */
final class UnnamedAgents {
    /**
     * Arrests and sentences (173), charges (1121) and indictments (115), which the state where they happen does: "Mr
     * Khan was sentenced to ten years", "were charged with the murder".
     */
    private static final Set<String> JUDICIAL = Set.of("173", "1121", "115");
    /** Roots of diplomatic acts a government itself reports in the passive: reduced relations. */
    private static final Set<String> DIPLOMATIC_PASSIVE = Set.of("16");

    private final Map<String, CameoCode> codes;
    private final ClauseReadings clauses;
    private final SourceSlots sources;
    private final StateAndPeopleNouns nouns;
    private final LocalCountries countries;

    UnnamedAgents(DictionaryIndex index, ClauseReadings clauses, SourceSlots sources, StateAndPeopleNouns nouns,
            LocalCountries countries) {
        this.codes = index.dictionaries().cameoCodes();
        this.clauses = clauses;
        this.sources = sources;
        this.nouns = nouns;
        this.countries = countries;
    }

    /** The words of a court's own judgment: "had been sentenced", "was convicted". */
    private static final Set<String> SENTENCING = Set.of("sentenced", "convicted");
    /** The international criminal courts, which try persons: a sentence in a story about one is theirs. */
    private static final Set<String> CRIMINAL_COURTS = Set.of("ICC", "ICTY", "ICTR", "IRMCT", "STL", "SCSL", "ECCC");

    EntityKey of(PatternMatch m, Sentence sentence, List<Token> tokens, List<ActorSpan> actors, ArticleContext ctx) {
        String code = m.pattern().code();
        boolean coercion = codes.get(code).root().equals("17");
        ActorSpan arrested = JUDICIAL.stream().anyMatch(code::startsWith) ? sources.subjectSpan(tokens, actors, m.first())
                : null;
        // (not the one who reports it: "Alabo said two informants had been arrested")
        boolean arrest = arrested != null && !clauses.saidBetween(tokens, arrested.last(), m.first());
        EntityKey agent = nouns.stateNounAgent(tokens, m) || arrest
                || coercion && nouns.passiveReportedByStateNoun(tokens, m.first())
                ? countries.localCountryKey(ctx, sentence) : null;
        if (arrest) {
            EntityKey abroad = countries.countryWhereDone(ctx, sentence, tokens, m, arrested.mention().key());
            agent = abroad != null ? abroad : agent;
            // "under which Gotovina had been sentenced to 24 years" in a story about the ICTY's appeal: the
            // international criminal court the story names passed the sentence
            EntityKey court = SENTENCING.contains(tokens.get(m.first()).lower())
                    ? ReactionTargets.bodyNamedIn(ctx.table(), CRIMINAL_COURTS) : null;
            agent = court != null ? court : agent;
        }
        if (agent == null && DIPLOMATIC_PASSIVE.contains(codes.get(code).root())) {
            agent = sources.sayerOfPassive(tokens, actors, m.first());
        }
        return agent;
    }

}
