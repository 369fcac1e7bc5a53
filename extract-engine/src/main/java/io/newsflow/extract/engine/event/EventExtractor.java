package io.newsflow.extract.engine.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.newsflow.contract.ArticleIds;
import io.newsflow.contract.DatePrecision;
import io.newsflow.contract.EntityKind;
import io.newsflow.contract.NewsEvent;
import io.newsflow.contract.RawArticle;
import io.newsflow.extract.engine.Deadline;
import io.newsflow.extract.engine.dictionary.CameoCode;
import io.newsflow.extract.engine.dictionary.Country;
import io.newsflow.extract.engine.dictionary.Dictionaries;
import io.newsflow.extract.engine.dictionary.DictionaryIndex;
import io.newsflow.extract.engine.dictionary.Place;
import io.newsflow.extract.engine.dictionary.TsvRow;
import io.newsflow.extract.engine.entity.EntityKey;
import io.newsflow.extract.engine.entity.EntityTable;
import io.newsflow.extract.engine.entity.FoundMention;
import io.newsflow.extract.engine.entity.PersonProfile;
import io.newsflow.extract.engine.nlp.Lemmatiser;
import io.newsflow.extract.engine.nlp.Sentence;
import io.newsflow.extract.engine.nlp.Token;
import io.newsflow.extract.engine.quote.FoundQuote;
import io.newsflow.extract.engine.time.TimeMention;
import io.newsflow.extract.engine.time.UntimedEventDate;
import io.newsflow.extract.engine.time.TimePoint;

/**
 * Who did what to whom, in CAMEO, sentence by sentence of the body: verb patterns from cameo-verbs.tsv give the
 * code and the trigger; the subject before the trigger (or the speaker, for "we" inside a quote) is the source;
 * the first actor after it in the clause is the target. Negated verbs, agentless passives and participles
 * describing a noun give no event.
 */
public final class EventExtractor {
    private static final Set<String> PREPOSITIONS = Set.of("of", "with", "against", "on", "to", "for", "from", "in",
            "at", "by", "between", "toward", "towards", "over", "about", "into", "upon", "among", "amid");
    private static final Set<String> BE_FORMS = Set.of("is", "are", "was", "were", "be", "been", "being", "'s", "'re");
    private static final Set<String> FIRST_PERSON = Set.of("we", "i", "us", "our", "my");
    private static final Set<String> BLOCKING_PRONOUNS = Set.of("it", "they", "them", "this", "which", "who", "those");
    private static final Set<String> CLAUSE_END = Set.of(".", ",", ";", ":", "\"", "which", "while", "but", "whereas", "who");
    private static final Set<String> FUTURE = Set.of("will", "would", "shall", "'ll");
    /** Words that announce an action still to come: "is scheduled to meet", "plans to visit". */
    private static final Set<String> INTENT_MARKERS = Dictionaries.readWords("plan-words.txt");
    /** "warplanes", "drones": the subject of an attack that makes it an air strike (195). */
    private static final Set<String> AIRCRAFT = Set.copyOf(Dictionaries.readWords("aircraft-nouns.txt"));
    /** What may stand between a future marker and the verb: "will also continue to bomb". */
    private static final Set<String> BETWEEN_FUTURE_AND_VERB = Set.of("to", "be", "is", "are", "was", "were", "also",
            "continue", "continues", "soon", "then", "again", "further", "not");
    private static final VerbPattern OBLIGATION = new VerbPattern("020",
            List.of(new VerbPattern.Words(List.of(List.of("must")))), "an obligation in a quote", false);
    /** Words that may stand between a subject and its verb: "forces have also struck". */
    private static final Set<String> BETWEEN_SUBJECT_AND_VERB = Set.of("have", "has", "had", "also", "will", "would",
            "did");
    private static final Set<String> NON_STATE_TYPES = Set.of("ARMED_GROUP", "PARTY", "NGO", "RELIGIOUS", "MEDIA",
            "COMPANY", "SPORTS", "AGENCY");
    private static final Set<String> POSSESSIVE_MARKS = Set.of("'", "\u2019", "'s", "\u2019s");
    /** Acts whose outcome a second verb reports ("attacked the hideouts and killed nine"). */
    private static final Set<String> VIOLENT_ROOTS = Set.of("18", "19", "20");
    /**
     * Unconventional violence (18) done by a state's forces is military force (19): an attack is 190, a bombing from
     * the air 195. A state is no suicide bomber.
     */
    private static final Map<String, String> STATE_FORCE = Map.of("180", "190", "183", "195");
    /** Those who fight for no state though a nationality names them ("Lebanese guerrillas attacked"). */
    private static final Set<String> IRREGULAR_FIGHTERS = Set.copyOf(Dictionaries.readWords("irregular-fighters.txt"));
    private static final Set<String> COORDINATORS = Set.of(",", "and", "&");
    private static final Set<String> ANAPHORIC_OBJECTS = Set.of("these", "this", "those", "it", "them", "such");

    private final DictionaryIndex index;
    /** "the", "its", "those": words that open a noun phrase. */
    private final Set<String> determiners;
    private final Lemmatiser lemmatiser;
    private final PatternMatcher matcher;
    private final PoliticalActors politicalActors;
    private final Map<String, CameoCode> codes;

    public EventExtractor(DictionaryIndex index, Lemmatiser lemmatiser) {
        this.index = index;
        this.lemmatiser = lemmatiser;
        this.politicalActors = new PoliticalActors(index);
        this.codes = index.dictionaries().cameoCodes();
        this.determiners = index.dictionaries().determiners();
        List<VerbPattern> patterns = new ArrayList<>();
        for (TsvRow row : index.dictionaries().cameoVerbRows()) {
            List<VerbPattern> variants = VerbPatternParser.parse(row);
            if (!codes.containsKey(variants.get(0).code())) {
                throw row.fail("CAMEO code " + variants.get(0).code() + " is not in cameo-codes.tsv");
            }
            patterns.addAll(variants);
        }
        this.matcher = new PatternMatcher(patterns);
    }

    /** Context of one article that every sentence's events need. */
    public record ArticleContext(RawArticle article, String articleId, String text, EntityTable table,
            List<FoundQuote> quotes, TimePoint defaultDate, String storyCountry) {
    }

    public List<NewsEvent> extract(Sentence sentence, List<TimeMention> times, ArticleContext ctx, Deadline deadline) {
        List<Token> tokens = sentence.tokens();
        String[][] forms = new String[tokens.size()][];
        for (int i = 0; i < tokens.size(); i++) {
            forms[i] = lemmatiser.candidates(tokens.get(i).lower());
        }
        List<ActorSpan> actors = actors(ctx.table().mentionsIn(sentence.index()));
        List<PatternMatch> chosen = nonOverlapping(matcher.matchAll(tokens, forms, actors, deadline));
        List<NewsEvent> events = new ArrayList<>();
        List<PatternMatch> emitted = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        EntityKey previousSource = null;
        List<FoundMention> mentions = mentions(ctx, sentence);
        Roles roles = new Roles();
        for (PatternMatch m : chosen) {
            deadline.tick();
            if (insideName(mentions, m.first()) || nounAfterDeterminer(tokens, m) || adjectivalParticiple(tokens, m)
                    || headOfNamedCompound(tokens, actors, m, emitted) || inDeniedClause(tokens, m.first())
                    || conditional(tokens, m.first()) || reducedPassive(tokens, m)) {
                continue;
            }
            if (complementOf(emitted, tokens, m)) {
                continue; // "called on Israel to withdraw": the withdrawal is what is asked for
            }
            // "struck the hideout, killing eight": a participle after a comma, like a verb after "and", shares the
            // main clause's subject
            boolean clauseParticiple = m.first() > 0 && tokens.get(m.first() - 1).is(",")
                    && Lemmatiser.isIngForm(tokens.get(m.first()).lower()) && !afterDocument(tokens, m.first() - 1);
            if (clauseParticiple && previousSource == null) {
                continue; // its subject is the main clause's, which acted in no event: the nearest name is no subject
            }
            boolean sharesSubject = clauseParticiple || m.first() > 0 && tokens.get(m.first() - 1).is("and");
            EntityKey inherited = sharesSubject ? previousSource : null;
            roles.clear();
            NewsEvent e = event(m, sentence, tokens, actors, times, ctx, ids, inherited, roles);
            if (e != null && e.target() == null && (sameRootAndSource(e, events) && sharesSubject
                    && VIOLENT_ROOTS.contains(e.cameo().root()) || !events.isEmpty() && insidePrepositionalPhrase(tokens, m))) {
                // "struck the hideouts, killing 12", "attacked the hideouts and killed nine": the outcome told again;
                // "arrived in Rome for a state visit", "thanked India for its support": a noun of the act before
                // ("conducted a nuclear test and launched a missile" are two; "is on a working visit" is one)
                continue;
            }
            if (e != null && !repeats(e, m, events, emitted)) {
                List<NewsEvent> found = new ArrayList<>();
                found.add(e);
                previousSource = roles.source;
                for (EntityKey partner : coordinatedTargets(ctx.table(), tokens, actors, m, e, roles.source)) {
                    found.add(withActors(e, e.source(), actor(ctx.table(), partner), ids));
                }
                if (roles.coSource != null) {
                    found.add(withActors(e, actor(ctx.table(), roles.coSource), e.target(), ids));
                }
                if (roles.agent != null) {
                    // "co-hosted by Egypt, Germany and Qatar": every coordinated agent did it
                    for (EntityKey partner : coordinatedAfter(tokens, actors, roles.agent, Set.of(e.source().entityId()))) {
                        found.add(withActors(e, actor(ctx.table(), partner), e.target(), ids));
                    }
                }
                if (m.pattern().mutual()) {
                    for (NewsEvent one : List.copyOf(found)) {
                        if (one.target() != null) {
                            found.add(withActors(one, one.target(), one.source(), ids)); // each side fired on the other
                        }
                    }
                }
                for (NewsEvent one : found) {
                    events.add(one);
                    emitted.add(m);
                }
            }
        }
        events.addAll(obligations(sentence, tokens, actors, times, ctx, ids));
        return events;
    }

    /**
     * "All hostages must be released," the UN chief said: what a political speaker says must be done is an appeal
     * (02) by the speaker, to the actor the clause names if any. "We must be ready" is the speaker's own business.
     */
    private List<NewsEvent> obligations(Sentence sentence, List<Token> tokens, List<ActorSpan> actors,
            List<TimeMention> times, ArticleContext ctx, Set<String> ids) {
        List<NewsEvent> appeals = new ArrayList<>();
        for (int k = 1; k + 2 < tokens.size(); k++) {
            if (!(tokens.get(k).is("must") || tokens.get(k).is("should")) || !tokens.get(k + 1).is("be")) {
                continue;
            }
            int participle = k + 2;
            while (participle + 1 < tokens.size() && (tokens.get(participle).lower().endsWith("ly")
                    || tokens.get(participle).is("very"))) {
                participle++;
            }
            String verb = tokens.get(participle).lower();
            EntityKey speaker = speakerAt(ctx.quotes(), tokens.get(k).start());
            if (speaker == null) {
                speaker = reporter(tokens, actors, k); // "Guterres said all hostages must be released"
            }
            if (!verb.endsWith("ed") && !lemmatiser.isPastParticiple(verb) || speaker == null
                    || !politicalActors.canAct(ctx.table(), speaker) || firstPersonSubject(tokens, k)) {
                continue;
            }
            ActorSpan subject = subjectSpan(tokens, actors, k);
            EntityKey target = subject == null || sameActor(ctx.table(), speaker, subject.mention().key()) ? null
                    : subject.mention().key();
            PatternMatch m = new PatternMatch(OBLIGATION, k, participle, null, null, false);
            appeals.add(compose(m, sentence, tokens, times, ctx, ids, speaker, target, codes.get(OBLIGATION.code())));
        }
        return appeals;
    }

    /** Who reports a clause: the subject of a verb of saying before it in the sentence, outside any quote. */
    private EntityKey reporter(List<Token> tokens, List<ActorSpan> actors, int clause) {
        for (int k = clause - 1; k > 0; k--) {
            if (tokens.get(k).is("\"")) {
                return null;
            }
            if (index.isSpeechVerb(tokens.get(k).lower())) {
                ActorSpan subject = subjectSpan(tokens, actors, k);
                return subject == null ? null : subject.mention().key();
            }
        }
        return null;
    }

    /** The clause before a "must" has "we", "I" or "you" as its subject. */
    private static boolean firstPersonSubject(List<Token> tokens, int must) {
        for (int k = must - 1; k >= 0 && !CLAUSE_END.contains(tokens.get(k).lower()); k--) {
            String w = tokens.get(k).lower();
            if (w.equals("we") || w.equals("i") || w.equals("you")) {
                return true;
            }
        }
        return false;
    }

    /** What event() found besides the event: its source, and the agent span of a passive ("hosted by X"). */
    private static final class Roles {
        private EntityKey source;
        private ActorSpan agent;
        private EntityKey coSource;

        void clear() {
            source = null;
            agent = null;
            coSource = null;
        }
    }

    private NewsEvent event(PatternMatch m, Sentence sentence, List<Token> tokens, List<ActorSpan> actors,
            List<TimeMention> times, ArticleContext ctx, Set<String> ids, EntityKey inherited, Roles roles) {
        VerbPattern p = m.pattern();
        boolean negated = m.negated() || negatedBefore(tokens, m.first());
        if (negated && !p.hasExplicitNegation()) {
            return null;
        }
        if (p.joint()) {
            return jointEvent(m, sentence, tokens, actors, times, ctx, ids);
        }
        Token head = tokens.get(m.first());
        boolean explicitForm = writtenForm(p, head.lower());
        int aux = previousNonAdverb(tokens, m.first());
        boolean afterBe = aux >= 0 && BE_FORMS.contains(tokens.get(aux).lower());
        EntityKey speaker = speakerAt(ctx.quotes(), head.start());
        ActorSpan source = m.source();
        EntityKey sourceKey = source == null ? inherited : source.mention().key();
        EntityKey coordinated = null;
        boolean passive = false;
        boolean byAgent = m.first() + 1 < tokens.size() && tokens.get(m.first() + 1).is("by");
        if (!p.startsWithBe() && (afterBe || byAgent) && lemmatiser.isPastParticiple(head.lower())) {
            ActorSpan agent = agent(actors, tokens, m.first(), m.last());
            if (agent == null && m.target() != null && m.target().first() > 0 && tokens.get(m.target().first() - 1).is("by")) {
                agent = m.target();
            }
            EntityKey stateAgent = agent == null && stateNounAgent(tokens, m) ? localCountryKey(ctx, sentence) : null;
            if (agent == null && stateAgent == null) {
                return null; // "were test-fired": no agent, no actor
            }
            sourceKey = agent != null ? agent.mention().key() : stateAgent; // "was arrested by police in Kampala"
            roles.agent = agent;
            ActorSpan patient = subjectSpan(tokens, actors, m.first());
            coordinated = patient == null ? null : patient.mention().key(); // "Israel was criticized by China"
            passive = true;
        } else if (!explicitForm && Lemmatiser.isIngForm(head.lower()) && !afterBe && inherited == null
                && !populationBefore(tokens, m.first())) {
            return null; // "a resolution imposing sanctions": the participle describes a noun
        }
        boolean peopleAct = populationBefore(tokens, m.first()) || index.isPopulationNoun(head.lower()); // "protesters marched"
        if (sourceKey == null && peopleAct && !peopleOfANamedCountry(tokens, actors, m.first())) {
            sourceKey = localCountryKey(ctx, sentence); // "supporters staging a sit-in": the people, not the leader named before
        }
        if (sourceKey == null) {
            ActorSpan possessor = nominalPossessor(tokens, actors, m.first());
            if (possessor != null) {
                sourceKey = possessor.mention().key(); // "Russia's decision to expel", "Israel's strikes on Gaza"
            } else if (p.possessed()) {
                return null; // "the strikes on Gaza": a noun names no one who struck
            }
        }
        if (sourceKey == null) {
            ActorSpan subject = subjectSpan(tokens, actors, m.first());
            if (subject != null) {
                sourceKey = subject.mention().key();
                ActorSpan partner = partnerBefore(tokens, actors, subject);
                if (partner != null && !p.mutual() && codes.get(p.code()).quadClass() > 2
                        && modifiesPeople(tokens, subject, m.first())) {
                    // "US and British activists staged a protest": both countries' people did it, to a third party
                    roles.coSource = sourceKey;
                    sourceKey = partner.mention().key();
                } else if (partner != null) {
                    coordinated = sourceKey; // "China and Brazil signed": China the source, Brazil the target
                    sourceKey = partner.mention().key();
                }
            } else {
                sourceKey = subject(tokens, actors, m.first(), speaker, p.impersonal());
                if (sourceKey == null && (headedByStateNoun(tokens, m.first()) || reportedByStateNoun(tokens, m.first()))) {
                    sourceKey = localCountryKey(ctx, sentence); // "government forces' warplanes struck" in a story from Kabul
                }
            }
        }
        if (sourceKey == null || !politicalActors.canAct(ctx.table(), sourceKey)) {
            return null;
        }
        boolean cooperative = codes.get(p.code()).quadClass() <= 2;
        EntityKey targetKey = passive ? null
                : m.target() != null ? m.target().mention().key()
                : objectAfter(ctx.table(), tokens, actors, m, sourceKey, cooperative);
        if (targetKey == null) {
            targetKey = coordinated;
        } else if (coordinated != null && !passive && foreignToBoth(ctx.table(), targetKey, sourceKey, coordinated)) {
            roles.coSource = coordinated; // "Chung and Blinken agreed to engage with North Korea": both did
        }
        if (targetKey == null && refersBack(tokens, m)) {
            targetKey = topic(actors, sourceKey);
        }
        if (targetKey != null && sameActor(ctx.table(), sourceKey, targetKey)) {
            targetKey = null;
        }
        if (targetKey == null && !passive && populationAfter(tokens, actors, m)) {
            targetKey = localCountryKey(ctx, sentence, sourceKey); // "fired tear gas at protesters": the local people
        } else if (targetKey == null && !passive && stateNounObject(tokens, m)) {
            // "urged the army to": the forces of the story's country; "arrested an opposition leader", "protests
            // against the government": the actor's own when the dateline's country is named nowhere
            String root = codes.get(p.code()).root();
            boolean atHome = root.equals("17") || root.equals("14"); // coercion and protest are mostly domestic
            targetKey = localCountryKey(ctx, sentence, atHome ? sourceKey : null);
        }
        if (targetKey == null && !passive) {
            targetKey = placeObject(ctx, sentence, tokens, m, sourceKey); // "visit Tokyo", "shells at Seoul"
        }
        if (targetKey == null && !passive && codes.get(p.code()).root().equals("14")) {
            targetKey = foreignPlaceAfter(ctx, sentence, tokens, m, sourceKey); // "a protest in Beijing"
            if (targetKey == null) {
                targetKey = homeGovernment(ctx, sentence, sourceKey); // "protesters marched in Islamabad"
            }
        }
        if (targetKey == null && bilateral(tokens, m)) {
            targetKey = topic(actors, sourceKey); // "ruled out a bilateral summit": with the other state named
        }
        roles.source = sourceKey;
        CameoCode code = codes.get(p.code());
        if ((code.code().equals("190") || code.code().equals("183")) && byAircraft(tokens, m.first())) {
            code = codes.get("195"); // "the government forces' warplanes targeted a hideout": an air strike
        } else if (sourceKey.kind() == EntityKind.COUNTRY && STATE_FORCE.containsKey(code.code())
                && !IRREGULAR_FIGHTERS.contains(subjectHead(tokens, m.first()))) {
            code = codes.get(STATE_FORCE.get(code.code())); // "Syrian government forces bombed": not a terrorist's bomb
        } else if (code.code().equals("063") && targetKey != null && targetKey.kind() == EntityKind.PERSON) {
            code = codes.get("174"); // "extradited the drug lord X": a person deported; to a state it is cooperation
        }
        if (toCome(tokens, m.first())) {
            String intent = index.futureCode(code.root());
            code = intent == null ? code : codes.get(intent);
        }
        return compose(m, sentence, tokens, times, ctx, ids, sourceKey, targetKey, code);
    }

    /** "X and Y ... during their phone talks": X with Y, whatever else the clause says they did. */
    private NewsEvent jointEvent(PatternMatch m, Sentence sentence, List<Token> tokens, List<ActorSpan> actors,
            List<TimeMention> times, ArticleContext ctx, Set<String> ids) {
        ActorSpan second = subjectSpan(tokens, actors, m.first());
        ActorSpan first = second == null ? null : JointSubjects.partnerBefore(tokens, actors, second, PREPOSITIONS);
        if (first == null || !politicalActors.canAct(ctx.table(), first.mention().key())
                || sameActor(ctx.table(), first.mention().key(), second.mention().key())) {
            return null;
        }
        return compose(m, sentence, tokens, times, ctx, ids, first.mention().key(), second.mention().key(),
                codes.get(m.pattern().code()));
    }

    /** The event of a match once its actors and code are known. */
    private NewsEvent compose(PatternMatch m, Sentence sentence, List<Token> tokens, List<TimeMention> times,
            ArticleContext ctx, Set<String> ids, EntityKey sourceKey, EntityKey targetKey, CameoCode code) {
        Token head = tokens.get(m.first());
        boolean negated = m.negated() || negatedBefore(tokens, m.first());
        negated |= negatedBefore(tokens, m.last() + 1) && m.pattern().hasExplicitNegation();
        NewsEvent.Actor sourceActor = actor(ctx.table(), sourceKey);
        NewsEvent.Actor targetActor = targetKey == null ? null : actor(ctx.table(), targetKey);
        TimePoint untimed = UntimedEventDate.of(tokens, m.first(), ctx.defaultDate(), index::isSpeechVerb);
        // what a sentence says is still to come is coded as the intent (036, 138, ...), and an intent is expressed
        // when the story reports it, not on the day it looks forward to ("will visit Japan on Thursday")
        boolean intent = code.root().equals("03") || code.root().equals("13");
        TimePoint when = intent && toCome(tokens, m.first()) ? untimed : dateFor(times, tokens, m.first(), untimed);
        String id = ArticleIds.derivedId("e", ctx.articleId(), Integer.toString(sentence.index()), code.code(),
                actorId(sourceActor), actorId(targetActor));
        if (!ids.add(id)) {
            id = ArticleIds.derivedId("e", ctx.articleId(), Integer.toString(sentence.index()), code.code(),
                    actorId(sourceActor), actorId(targetActor), Integer.toString(m.first()));
        }
        String text = ctx.text();
        RawArticle a = ctx.article();
        return new NewsEvent(NewsEvent.SCHEMA_VERSION, id, ctx.articleId(),
                new NewsEvent.Cameo(code.code(), code.root(), code.label(), code.quadClass(), code.goldstein()),
                sourceActor, targetActor, text.substring(head.start(), tokens.get(m.last()).end()), negated,
                when.text(), when.precision(), location(ctx.table(), sentence.index()),
                text.substring(sentence.start(), sentence.end()), sentence.index(), sentence.start(), sentence.end(),
                m.target() != null ? 0.8 : 0.6, a.headline(), a.url(), a.source());
    }

    /**
     * "commended the United States, Qatar, Egypt and Turkey": every actor coordinated with the target is a target
     * of its own event.
     */
    private static List<EntityKey> coordinatedTargets(EntityTable table, List<Token> tokens, List<ActorSpan> actors,
            PatternMatch m, NewsEvent e, EntityKey sourceKey) {
        if (e.target() == null) {
            return List.of();
        }
        ActorSpan target = null;
        for (ActorSpan a : actors) {
            if (a.first() > m.first() && actor(table, a.mention().key()).entityId().equals(e.target().entityId())) {
                target = a;
                break;
            }
        }
        if (target == null) {
            return List.of();
        }
        return coordinatedAfter(tokens, actors, target, Set.of(sourceKey == null ? "" : sourceKey.id(),
                e.target().entityId()));
    }

    /** The actors coordinated after one ("Egypt, Germany and the EU"), other than those excluded by id. */
    private static List<EntityKey> coordinatedAfter(List<Token> tokens, List<ActorSpan> actors, ActorSpan first,
            Set<String> excludedIds) {
        List<EntityKey> partners = new ArrayList<>();
        boolean closedByAnd = false;
        int k = first.last() + 1;
        while (k + 1 < tokens.size() && COORDINATORS.contains(tokens.get(k).lower())) {
            int next = k + 1;
            if (tokens.get(k).is(",") && tokens.get(next).is("and")) {
                next++;
            }
            closedByAnd |= tokens.get(next - 1).is("and") || tokens.get(next - 1).is("&");
            ActorSpan partner = null;
            // "Qatar and the European Union", "Wen Jiabao and President Hu Jintao": past "the" and a title
            for (int t = next; t < Math.min(tokens.size(), next + 4) && partner == null; t++) {
                partner = ActorSpan.startingAt(actors, t);
                if (!(tokens.get(t).is("the") || tokens.get(t).isCapitalised() && tokens.get(t).isWord())) {
                    break;
                }
            }
            if (partner == null) {
                break;
            }
            EntityKey key = partner.mention().key();
            if (!excludedIds.contains(key.id()) && !partners.contains(key)) {
                partners.add(key);
            }
            k = partner.last() + 1;
        }
        // "met Saiki, the Chinese Foreign Ministry said": a list closes with "and"; a comma alone is no list
        return closedByAnd ? partners : List.of();
    }

    private static NewsEvent withActors(NewsEvent e, NewsEvent.Actor source, NewsEvent.Actor target, Set<String> ids) {
        String id = ArticleIds.derivedId("e", e.articleId(), Integer.toString(e.sentenceIndex()), e.cameo().code(),
                actorId(source), actorId(target));
        if (!ids.add(id)) {
            id = ArticleIds.derivedId("e", e.eventId(), actorId(source), actorId(target));
        }
        return new NewsEvent(e.schemaVersion(), id, e.articleId(), e.cameo(), source, target, e.actionText(),
                e.negated(), e.date(), e.datePrecision(), e.location(), e.sentence(), e.sentenceIndex(), e.start(),
                e.end(), e.confidence(), e.headline(), e.url(), e.articleSource());
    }

    /** A verb of saying just before a pronoun ("said it", "said in a statement that they"), or -1. */
    private int reportingVerbBefore(List<Token> tokens, int pronoun) {
        if (!(tokens.get(pronoun).is("it") || tokens.get(pronoun).is("they"))) {
            return -1;
        }
        for (int k = pronoun - 1; k >= Math.max(0, pronoun - 6); k--) {
            if (index.isSpeechVerb(tokens.get(k).lower())) {
                return k;
            }
            if (tokens.get(k).is(".") || tokens.get(k).is("\"")) {
                return -1;
            }
        }
        return -1;
    }

    /** An actor governed by a preposition ("sanctions against X"), directly or through a coordination. */
    private static boolean prepositionalObject(List<Token> tokens, List<ActorSpan> actors, ActorSpan actor) {
        return actor.first() > 0 && (PREPOSITIONS.contains(tokens.get(actor.first() - 1).lower())
                || coordinatedWithObject(tokens, actors, actor.first() - 1));
    }

    /** The actor span that subject() would choose, or null when the subject is a pronoun or the speaker. */
    private ActorSpan subjectSpan(List<Token> tokens, List<ActorSpan> actors, int trigger) {
        for (int k = trigger - 1; k >= 0; k--) {
            Token t = tokens.get(k);
            ActorSpan a = ActorSpan.endingAt(actors, k);
            if (a != null) {
                if (possessorOfNonState(tokens, a, trigger)) {
                    return null;
                }
                if (!prepositionalObject(tokens, actors, a)) {
                    return a;
                }
                k = a.first();
                continue;
            }
            if (t.is("\"") || FIRST_PERSON.contains(t.lower()) || BLOCKING_PRONOUNS.contains(t.lower())) {
                return null;
            }
        }
        return null;
    }

    /**
     * "Malaysia's telecommunications companies are investing": the country owns the subject without being it. Only
     * a state noun after the possessive ("Iran's army", "China's foreign minister") lets the country act.
     */
    private boolean possessorOfNonState(List<Token> tokens, ActorSpan a, int trigger) {
        int s = a.last() + 1;
        if (a.mention().key().kind() != EntityKind.COUNTRY || s + 1 >= trigger || !(tokens.get(s).is("'s") || tokens.get(s).is("\u2019s"))) {
            return false;
        }
        for (int k = s + 1; k < trigger && k <= s + 4; k++) {
            String w = tokens.get(k).lower();
            if (index.isStateNoun(w) || k + 1 < trigger && index.isStateNoun(w + " " + tokens.get(k + 1).lower())) {
                return false;
            }
        }
        return true;
    }

    /**
     * "China and Brazil", "Brazil and the United States", "the Sudanese army and the RSF": the first of two actors
     * joined by "and" as a subject (a country's forces stand for the country).
     */
    private ActorSpan partnerBefore(List<Token> tokens, List<ActorSpan> actors, ActorSpan subject) {
        int and = subject.first() - 1;
        if (and >= 1 && tokens.get(and).is("the")) {
            and--;
        }
        if (and < 1 || !tokens.get(and).is("and")) {
            return null;
        }
        ActorSpan before = ActorSpan.endingAt(actors, and - 1);
        if (before == null && and >= 2 && index.isStateNoun(tokens.get(and - 1).lower())) {
            int owner = and - 2;
            if (owner >= 1 && (tokens.get(owner).is("'s") || tokens.get(owner).is("\u2019s"))) {
                owner--; // "Colombia's government and ELN rebels"
            }
            before = ActorSpan.endingAt(actors, owner);
            before = before != null && before.mention().key().kind() == EntityKind.COUNTRY ? before : null;
        }
        if (before == null || before.first() > 0 && PREPOSITIONS.contains(tokens.get(before.first() - 1).lower())) {
            return null;
        }
        return before;
    }

    /** "US and British activists staged": the actors are adjectives of a people noun between them and the verb. */
    private boolean modifiesPeople(List<Token> tokens, ActorSpan subject, int trigger) {
        int noun = subject.last() + 1;
        return noun < trigger && (index.isPopulationNoun(tokens.get(noun).lower()) || index.isStateNoun(tokens.get(noun).lower()));
    }

    /**
     * A protest is aimed at the government of the place it is held in when that is a foreign one ("staged a protest
     * in Beijing"); at home the place only says where.
     */
    private EntityKey foreignPlaceAfter(ArticleContext ctx, Sentence sentence, List<Token> tokens, PatternMatch m,
            EntityKey source) {
        for (FoundMention mention : ctx.table().mentionsIn(sentence.index())) {
            int at = mention.first();
            if (mention.key().kind() != EntityKind.LOCATION || at <= m.last() || at > m.last() + 3
                    || !tokens.get(at - 1).is("in")) {
                continue;
            }
            return foreignCountryOf(ctx, mention, source);
        }
        return null;
    }

    private static List<FoundMention> mentions(ArticleContext ctx, Sentence sentence) {
        return ctx.table().mentionsIn(sentence.index());
    }

    private static boolean complementOf(List<PatternMatch> emitted, List<Token> tokens, PatternMatch m) {
        if (m.first() < 2 || !tokens.get(m.first() - 1).is("to")) {
            return false;
        }
        for (PatternMatch e : emitted) {
            if (e.last() >= m.first() - 4 && e.last() < m.first()) {
                return true;
            }
        }
        return false;
    }

    /** "Rapid Support Forces": a verb inside a name is no event. */
    private static boolean insideName(List<FoundMention> mentions, int token) {
        for (FoundMention m : mentions) {
            if (m.how() != FoundMention.How.PRONOUN && m.first() <= token && token <= m.last()) {
                return true;
            }
        }
        return false;
    }

    /** "for a state visit", "to seven days' jail": the trigger heads a phrase a preposition opens. */
    private static boolean insidePrepositionalPhrase(List<Token> tokens, PatternMatch m) {
        for (int k = m.first() - 1; k >= Math.max(0, m.first() - 5); k--) {
            Token t = tokens.get(k);
            if (PREPOSITIONS.contains(t.lower())) {
                return k < m.first() - 1; // a word at least between: "for a visit", not "visit" as "to visit"
            }
            boolean describing = t.isWord() && !t.isCapitalised() && !BETWEEN_SUBJECT_AND_VERB.contains(t.lower())
                    && !BLOCKING_PRONOUNS.contains(t.lower()) && !FUTURE.contains(t.lower());
            if (!describing && !POSSESSIVE_MARKS.contains(t.lower())) {
                return false; // "on Monday after Israeli troops shelled": a clause, not a noun phrase
            }
        }
        return false;
    }

    /** "condemned the attack", "the besieged enclave": a one-word pattern after a determiner is a noun or adjective. */
    private boolean nounAfterDeterminer(List<Token> tokens, PatternMatch m) {
        if (m.first() == 0 || m.pattern().elements().size() > 2 || m.pattern().possessed()
                || index.isPopulationNoun(tokens.get(m.first()).lower())) {
            return false; // "thousands of protesters marched", "Israel's warning that": patterns meant as nouns
        }
        return index.isNounMarker(tokens.get(m.first() - 1).lower());
    }

    /**
     * "an Islamic State target", "a Taliban attack", "struck Hamas targets", "attacks on Taliban positions": a one-word
     * pattern right after a name is the noun the name describes when the name cannot be a subject: "a" or "an" opens
     * it (no article stands before a subject: "the Taliban attacked" is a verb), or, for a word that can be a noun
     * (not "accused": "the ambassador to Britain accused"), a preposition governs the name or it is the object of the
     * verb of an event just coded.
     */
    private boolean headOfNamedCompound(List<Token> tokens, List<ActorSpan> actors, PatternMatch m,
            List<PatternMatch> emitted) {
        if (m.first() == 0) {
            return false;
        }
        ActorSpan name = ActorSpan.endingAt(actors, m.first() - 1);
        if (name == null) {
            return false;
        }
        int before = name.mention().first() - 1;
        if (before < 0) {
            return false;
        }
        Token word = tokens.get(before);
        if (word.is("a") || word.is("an")) {
            return true; // "rejected an Israeli offer to resume talks": the noun of any pattern
        }
        if (m.pattern().elements().size() > 2) {
            return false;
        }
        boolean pastForm = lemmatiser.isPastParticiple(tokens.get(m.first()).lower());
        return !pastForm && (PREPOSITIONS.contains(word.lower())
                || emitted.stream().anyMatch(e -> e.first() <= before && before <= e.last()));
    }

    /** What may follow a participle that describes the noun before it instead of acting on an object. */
    private static final Set<String> AFTER_DESCRIBING_PARTICIPLE = Set.of("over", "in", "on", "last", "for", "since",
            "after", "during", "earlier", "at", "under", "without", "of", ",", ".", ";", ")");

    /**
     * "a member of the Hamas movement jailed over a year ago", "a journalist detained last month", "a diplomat
     * accused of spying": a coercive, legal or accusing verb that needs its object, as a participle right after a common noun and with no object after it,
     * describes that noun (a passive without "was"); nobody before it did it.
     */
    private boolean reducedPassive(List<Token> tokens, PatternMatch m) {
        String code = m.pattern().code();
        boolean needsObject = code.startsWith("17") || code.startsWith("084") || code.equals("174")
                || code.startsWith("11"); // "a diplomat accused of spying", "a man convicted of fraud"
        if (!needsObject || m.first() == 0 || m.first() + 1 >= tokens.size()
                || !lemmatiser.isPastParticiple(tokens.get(m.first()).lower())) {
            return false;
        }
        Token before = tokens.get(m.first() - 1);
        boolean commonNoun = before.isWord() && !before.isCapitalised() && !BE_FORMS.contains(before.lower())
                && !BETWEEN_SUBJECT_AND_VERB.contains(before.lower()) && !before.lower().endsWith("ly");
        return commonNoun && AFTER_DESCRIBING_PARTICIPLE.contains(tokens.get(m.first() + 1).lower());
    }

    /**
     * Nouns through which a possessor does what follows: "Russia's decision to expel". Not those that say it was not
     * or not yet done ("refusal to", "attempt to", "threat to").
     */
    private static final Set<String> ACT_NOUNS = Set.of("decision", "move", "plan", "plans", "pledge", "promise",
            "readiness", "willingness");

    /**
     * The actor whose act a noun phrase names: the possessor right before the trigger or before an act noun and "to"
     * ("Russia's decision to expel"); null otherwise.
     */
    private static ActorSpan nominalPossessor(List<Token> tokens, List<ActorSpan> actors, int trigger) {
        int k = trigger - 1;
        if (k >= 2 && tokens.get(k).is("to") && ACT_NOUNS.contains(tokens.get(k - 1).lower())) {
            k -= 2;
        }
        if (k < 1 || !(tokens.get(k).is("'s") || tokens.get(k).is("\u2019s"))) {
            return null;
        }
        ActorSpan possessor = ActorSpan.endingAt(actors, k - 1);
        return possessor != null && possessor.mention().key().kind() != EntityKind.LOCATION ? possessor : null;
    }

    /** "if convicted", "unless attacked": what a condition supposes has not happened. */
    private static boolean conditional(List<Token> tokens, int trigger) {
        int k = previousNonAdverb(tokens, trigger);
        return k >= 0 && (tokens.get(k).is("if") || tokens.get(k).is("unless"));
    }

    /** Verbs whose "that" clause says something did not happen: "denied that Russian forces had shelled the city". */
    private static final Set<String> DENIALS = Set.of("deny", "denied", "denies", "denying", "dismissed", "dismisses",
            "refuted", "refutes", "rejected", "rejects");

    /** The trigger stands in a clause its sentence denies: "The Kremlin denied (reports) that forces had shelled". */
    private static boolean inDeniedClause(List<Token> tokens, int trigger) {
        for (int k = trigger - 1; k > 0; k--) {
            String w = tokens.get(k).lower();
            if (w.equals("that")) {
                return DENIALS.contains(tokens.get(k - 1).lower())
                        || k > 1 && DENIALS.contains(tokens.get(k - 2).lower()); // "denied reports that"
            }
            if (CLAUSE_END.contains(w)) {
                return false;
            }
        }
        return false;
    }

    /** The attack's subject ends in an aircraft word: "warplanes targeted", "military aircrafts had also attacked". */
    private static boolean byAircraft(List<Token> tokens, int trigger) {
        int k = subjectHeadAt(tokens, trigger);
        return k >= 0 && (AIRCRAFT.contains(tokens.get(k).lower())
                || tokens.get(k).is("force") && k > 0 && tokens.get(k - 1).is("air"));
    }

    /**
     * "a proposed summit", "the expelled diplomat", "50 kidnapped schoolchildren": a past participle after a
     * determiner or a number describes a noun.
     */
    private boolean adjectivalParticiple(List<Token> tokens, PatternMatch m) {
        String head = tokens.get(m.first()).lower();
        if (m.first() == 0 || !head.endsWith("ed") || !lemmatiser.isPastParticiple(head)) {
            return false;
        }
        String before = tokens.get(m.first() - 1).lower();
        return determiners.contains(before) || before.matches("\\d[\\d,.]*"); // "50 kidnapped schoolchildren"
    }

    /** The action is still to come: "will meet", "would continue to bomb", "is scheduled to visit". */
    private static boolean toCome(List<Token> tokens, int trigger) {
        for (int k = trigger - 1; k >= Math.max(0, trigger - 6); k--) {
            String w = tokens.get(k).lower();
            if (FUTURE.contains(w) || INTENT_MARKERS.contains(w) && k + 1 < trigger && tokens.get(k + 1).is("to")) {
                return true;
            }
            if (!(BETWEEN_FUTURE_AND_VERB.contains(w) || w.endsWith("ly"))) {
                return false;
            }
        }
        return false;
    }

    /** "the resolution 2356, imposing sanctions": the comma follows a text (and its number) the participle describes. */
    private boolean afterDocument(List<Token> tokens, int comma) {
        int k = comma - 1;
        if (k > 0 && Character.isDigit(tokens.get(k).text().charAt(0))) {
            k--;
        }
        return k >= 0 && index.isDocumentNoun(tokens.get(k).lower());
    }

    private static boolean sameRootAndSource(NewsEvent e, List<NewsEvent> events) {
        for (NewsEvent o : events) {
            if (o.cameo().root().equals(e.cameo().root()) && actorId(o.source()).equals(actorId(e.source()))) {
                return true;
            }
        }
        return false;
    }

    /** The same code, source and target a few words apart ("fired tear gas to disperse") is one event. */
    private static boolean repeats(NewsEvent e, PatternMatch m, List<NewsEvent> events, List<PatternMatch> emitted) {
        for (int i = 0; i < events.size(); i++) {
            NewsEvent o = events.get(i);
            if (o.cameo().root().equals(e.cameo().root()) && java.util.Objects.equals(actorId(o.source()), actorId(e.source()))
                    && java.util.Objects.equals(actorId(o.target()), actorId(e.target()))
                    && m.first() - emitted.get(i).last() <= 3 && !m.pattern().code().startsWith("15")) {
                return true;
            }
        }
        return false;
    }

    /** The subject: the nearest actor before the trigger that is not the object of a preposition. */
    private EntityKey subject(List<Token> tokens, List<ActorSpan> actors, int trigger, EntityKey speaker,
            boolean impersonal) {
        boolean viaReport = false;
        EntityKey forces = null;
        for (int k = trigger - 1; k >= 0; k--) {
            Token t = tokens.get(k);
            ActorSpan a = ActorSpan.endingAt(actors, k);
            if (a != null) {
                if (possessorOfNonState(tokens, a, trigger)) {
                    return null;
                }
                if (!prepositionalObject(tokens, actors, a)) {
                    return a.mention().key();
                }
                if (forces == null && a.mention().key().kind() == EntityKind.COUNTRY && stateNounBefore(tokens, a.first())) {
                    forces = a.mention().key(); // "soldiers in the West African nation of Guinea detained"
                }
                k = a.first();
                continue;
            }
            if (t.is("\"")) {
                break;
            }
            if (FIRST_PERSON.contains(t.lower())) {
                return viaReport ? null : speaker; // "Some of our partners say they are ready": not the speaker
            }
            if (BLOCKING_PRONOUNS.contains(t.lower())) {
                int verb = reportingVerbBefore(tokens, k);
                if (verb < 0) {
                    return null;
                }
                k = verb; // "Russia said it was ready": "it" is the one who said so
                viaReport = true;
            }
        }
        return forces != null ? forces : impersonal ? speaker : null;
    }

    /**
     * The subject right before the trigger is a state noun without a named country: "the government forces'
     * warplanes targeted", "Police fired". Wire copy leaves the country to the dateline.
     */
    private boolean headedByStateNoun(List<Token> tokens, int trigger) {
        int k = trigger - 1;
        while (k >= 0 && (tokens.get(k).lower().endsWith("ly") || BETWEEN_SUBJECT_AND_VERB.contains(tokens.get(k).lower()))) {
            k--;
        }
        for (int j = k - 1; j >= Math.max(0, k - 4); j--) {
            if (tokens.get(j).is("including")) {
                k = j - 1; // "aircraft including helicopter gunships struck": the head is before "including"
                break;
            }
        }
        if (k >= 2 && (tokens.get(k - 1).is("'") || tokens.get(k - 1).is("'s"))) {
            k -= 2; // "the government forces' warplanes": the possessor heads the subject
        }
        for (int j = k; j >= Math.max(1, k - 3) && tokens.get(j).isCapitalised(); j--) {
            if (tokens.get(j - 1).is("in")) {
                k = j - 2; // "a court in Paris convicted", "police in New Delhi said": the noun before the place
                break;
            }
        }
        if (k < 0) {
            return false;
        }
        String w = tokens.get(k).lower();
        return index.isStateNoun(w) && !(k > 0 && (tokens.get(k - 1).is("'s") || tokens.get(k - 1).isCapitalised()
                && tokens.get(k - 1).isWord() && k - 1 > 0));
    }

    private EntityKey storyCountryKey(ArticleContext ctx) {
        return countryKey(ctx.storyCountry());
    }

    /**
     * Whose police, troops or protesters a sentence speaks of: the country of the place a state or people noun is
     * named by ("a court in Tehran", "supporters in Nairobi"), else the dateline's country, else the country of the
     * place the sentence says they acted in ("Police arrested 20 activists in Minsk" in a story without a dateline).
     */
    private EntityKey localCountryKey(ArticleContext ctx, Sentence sentence) {
        return localCountryKey(ctx, sentence, null);
    }

    /**
     * The same for the people an actor acts on: when the dateline's country is named nowhere in the story (a wire
     * desk's city: "Maduro's government arrested an opposition leader" filed from Washington), they are the actor's
     * own people rather than the dateline's.
     */
    private EntityKey localCountryKey(ArticleContext ctx, Sentence sentence, EntityKey actor) {
        List<Token> tokens = sentence.tokens();
        EntityKey story = storyCountryKey(ctx);
        for (FoundMention mention : ctx.table().mentionsIn(sentence.index())) {
            int in = mention.first() - 1;
            boolean placeOrCountry = mention.key().kind() == EntityKind.LOCATION || mention.key().kind() == EntityKind.COUNTRY;
            if (!placeOrCountry || in < 0 || !tokens.get(in).is("in")) {
                continue;
            }
            String noun = in > 0 ? tokens.get(in - 1).lower() : "";
            if (mention.key().kind() == EntityKind.COUNTRY && !index.isStateNoun(noun) && !index.isPopulationNoun(noun)) {
                continue; // a country after "in" counts only for "soldiers in Niger", "protesters in Pakistan"
            }
            if (story == null || index.isStateNoun(noun) || index.isPopulationNoun(noun)) {
                Place place = index.place(mention.key().name());
                EntityKey country = countryKey(place != null ? place.countryIso3() : mention.key().countryCode());
                if (country != null) {
                    return country;
                }
            }
        }
        String actorCountry = actor == null ? null : actor(ctx.table(), actor).countryCode();
        if (story != null && actorCountry != null && !actorCountry.equals(story.countryCode()) && !named(ctx, story)) {
            return countryKey(actorCountry);
        }
        return story;
    }

    /** Whether the story names a country, or a place or actor of it, anywhere in its text. */
    private static boolean named(ArticleContext ctx, EntityKey country) {
        return ctx.table().mentions().stream()
                .anyMatch(m -> m.key() != null && country.countryCode().equals(actor(ctx.table(), m.key()).countryCode()));
    }

    private EntityKey countryKey(String iso3) {
        if (iso3 == null) {
            return null;
        }
        Country c = index.country(iso3);
        return c == null ? null : new EntityKey(EntityKind.COUNTRY, c.name(), c.iso3());
    }

    /** A state noun heads the phrase a country is the object of: "soldiers of Guinea", "police in Pakistan". */
    private boolean stateNounBefore(List<Token> tokens, int actorFirst) {
        for (int k = actorFirst - 1; k >= Math.max(0, actorFirst - 8); k--) {
            String w = tokens.get(k).lower();
            if (w.equals(",") || w.equals("\"") || index.isSpeechVerb(w)) {
                return false;
            }
            if (index.isStateNoun(w) && (k == 0 || !tokens.get(k - 1).is("'s"))) {
                return true;
            }
        }
        return false;
    }

    /** "sanctions against Russia and Iran": an actor joined by "and" to an object is an object too. */
    private static boolean coordinatedWithObject(List<Token> tokens, List<ActorSpan> actors, int and) {
        if (and < 1 || !tokens.get(and).is("and")) {
            return false;
        }
        ActorSpan before = ActorSpan.endingAt(actors, and - 1);
        return before != null && before.first() > 0 && PREPOSITIONS.contains(tokens.get(before.first() - 1).lower());
    }

    /**
     * The first actor after the trigger in its clause. A cooperative act goes to a foreign partner when the clause
     * names one after a compatriot: "sealed the agreement signed by its home minister and Indonesia's minister".
     */
    private static EntityKey objectAfter(EntityTable table, List<Token> tokens, List<ActorSpan> actors, PatternMatch m,
            EntityKey source, boolean cooperative) {
        EntityKey first = null;
        String own = actor(table, source).countryCode();
        for (int k = m.first() + 1; k < tokens.size(); k++) {
            if (k > m.last() && CLAUSE_END.contains(tokens.get(k).lower())) {
                break;
            }
            ActorSpan a = ActorSpan.startingAt(actors, k);
            if (a == null || a.mention().key().equals(source)) {
                continue;
            }
            EntityKey key = a.mention().key();
            String country = actor(table, key).countryCode();
            if (!cooperative || own == null || country != null && !own.equals(country)) {
                return key;
            }
            if (first == null) {
                first = key;
            }
            k = a.last();
        }
        return first;
    }

    /** The subject right before the trigger is a people noun: "protesters marching", "demonstrators demanding". */
    /** "US and British activists staged": the people noun before the verb says whose people they are. */
    private static boolean peopleOfANamedCountry(List<Token> tokens, List<ActorSpan> actors, int trigger) {
        int k = trigger - 1;
        while (k >= 0 && BETWEEN_SUBJECT_AND_VERB.contains(tokens.get(k).lower())) {
            k--;
        }
        ActorSpan before = k > 0 ? ActorSpan.endingAt(actors, k - 1) : null;
        return before != null && before.mention().key().kind() == EntityKind.COUNTRY;
    }

    /** The word right before the trigger, past auxiliaries and adverbs: the head of its subject, lower case. */
    private static String subjectHead(List<Token> tokens, int trigger) {
        int k = subjectHeadAt(tokens, trigger);
        return k >= 0 ? tokens.get(k).lower() : "";
    }

    /** Where the subject's head stands before the trigger, past auxiliaries and adverbs; -1 at the sentence's start. */
    private static int subjectHeadAt(List<Token> tokens, int trigger) {
        int k = trigger - 1;
        while (k >= 0 && (BETWEEN_SUBJECT_AND_VERB.contains(tokens.get(k).lower()) || tokens.get(k).lower().endsWith("ly"))) {
            k--;
        }
        return k;
    }

    private boolean populationBefore(List<Token> tokens, int trigger) {
        int k = trigger - 1;
        while (k >= 0 && BETWEEN_SUBJECT_AND_VERB.contains(tokens.get(k).lower())) {
            k--;
        }
        return k >= 0 && index.isPopulationNoun(tokens.get(k).lower());
    }

    /**
     * A place as the direct object ("visit Tokyo", "fired shells at Seoul") stands for its country; a place after
     * "in" or "from" only says where, and a place of the source's own country is no partner.
     */
    private EntityKey placeObject(ArticleContext ctx, Sentence sentence, List<Token> tokens, PatternMatch m,
            EntityKey source) {
        int object = m.last() + 1;
        if (object < tokens.size() && tokens.get(object).is("to")) {
            object++; // "a visit to Beirut", "sent troops to Kabul"
        }
        if (object < tokens.size() && tokens.get(object).is("the")) {
            object++;
        }
        for (FoundMention mention : ctx.table().mentionsIn(sentence.index())) {
            if (mention.key().kind() != EntityKind.LOCATION || mention.first() != object) {
                continue;
            }
            return foreignCountryOf(ctx, mention, source);
        }
        return null;
    }

    /**
     * A protest at home is aimed at the country's own government: the country where it happens when that is the
     * protesters' own (a foreign government protesting from abroad gets no target from the place).
     */
    private EntityKey homeGovernment(ArticleContext ctx, Sentence sentence, EntityKey source) {
        EntityKey local = localCountryKey(ctx, sentence);
        String sourceCountry = actor(ctx.table(), source).countryCode();
        return local != null && local.kind() == EntityKind.COUNTRY && sourceCountry != null
                && sourceCountry.equals(actor(ctx.table(), local).countryCode()) ? local : null;
    }

    /** The country of a place, or null when it is the source's own: a place at home is no partner. */
    private EntityKey foreignCountryOf(ArticleContext ctx, FoundMention place, EntityKey source) {
        Place known = index.place(place.key().name());
        String iso3 = known != null ? known.countryIso3() : place.key().countryCode();
        EntityKey country = countryKey(iso3);
        return country == null || iso3.equals(actor(ctx.table(), source).countryCode()) ? null : country;
    }

    /** The object belongs to neither of two coordinated subjects: both act on it. */
    private static boolean foreignToBoth(EntityTable table, EntityKey object, EntityKey one, EntityKey other) {
        String country = actor(table, object).countryCode();
        return country == null || !country.equals(actor(table, one).countryCode())
                && !country.equals(actor(table, other).countryCode());
    }

    /** "ruled out the possibility of a bilateral summit": the summit is with the other state of the sentence. */
    private static boolean bilateral(List<Token> tokens, PatternMatch m) {
        for (int k = m.first(); k <= Math.min(tokens.size() - 1, m.last() + 5); k++) {
            if (tokens.get(k).is("bilateral")) {
                return true;
            }
        }
        return false;
    }

    /** "urged the army to": the object right after the pattern is a state noun. */
    private boolean stateNounObject(List<Token> tokens, PatternMatch m) {
        int k = m.last() + 1;
        if (k < tokens.size() && determiners.contains(tokens.get(k).lower())) {
            k++;
        }
        return k < tokens.size() && index.isStateNoun(tokens.get(k).lower())
                && !(k + 1 < tokens.size() && tokens.get(k + 1).is("of"));
    }

    /** "Police said they had detained": the one who said so, a state noun, is the subject of "they". */
    private boolean reportedByStateNoun(List<Token> tokens, int trigger) {
        for (int k = trigger - 1; k >= Math.max(1, trigger - 5); k--) {
            if (tokens.get(k).is("they") || tokens.get(k).is("it")) {
                int verb = reportingVerbBefore(tokens, k);
                return verb > 0 && headedByStateNoun(tokens, verb);
            }
        }
        return false;
    }

    /** A people noun ("protesters", "civilians") after the trigger, before any actor, in its clause. */
    private boolean populationAfter(List<Token> tokens, List<ActorSpan> actors, PatternMatch m) {
        for (int k = m.first() + 1; k < tokens.size() && k <= m.last() + 8; k++) {
            if (k > m.last() && CLAUSE_END.contains(tokens.get(k).lower()) || ActorSpan.startingAt(actors, k) != null) {
                return false;
            }
            if (index.isPopulationNoun(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** "does not recognize these documents": the documents are what the sentence started with. */
    private static EntityKey topic(List<ActorSpan> actors, EntityKey source) {
        for (ActorSpan a : actors) {
            if (!a.mention().key().equals(source)) {
                return a.mention().key();
            }
        }
        return null;
    }

    private static boolean refersBack(List<Token> tokens, PatternMatch m) {
        for (int k = m.first() + 1; k <= Math.min(tokens.size() - 1, m.last() + 1); k++) {
            if (ANAPHORIC_OBJECTS.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** The actor after "by" within the match ("killed by Israeli troops") or up to four words after it. */
    private ActorSpan agent(List<ActorSpan> actors, List<Token> tokens, int first, int last) {
        for (int k = first + 1; k < Math.min(tokens.size(), last + 5); k++) {
            if (tokens.get(k).is("by")) {
                ActorSpan right = ActorSpan.startingAt(actors, k + 1);
                boolean determiner = k + 2 < tokens.size() && determiners.contains(tokens.get(k + 1).lower());
                // "by the Israeli army", not "by recent U.S. economic data"
                return right != null ? right : determiner ? ActorSpan.startingAt(actors, k + 2) : null;
            }
        }
        return null;
    }

    /** "arrested by police", "killed by the army": a state noun right after "by" (or its determiner) is the agent. */
    private boolean stateNounAgent(List<Token> tokens, PatternMatch m) {
        for (int k = m.first() + 1; k < Math.min(tokens.size() - 1, m.last() + 3); k++) {
            if (tokens.get(k).is("by")) {
                int noun = determiners.contains(tokens.get(k + 1).lower()) ? k + 2 : k + 1;
                return noun < tokens.size() && index.isStateNoun(tokens.get(noun).lower());
            }
        }
        return false;
    }

    private static boolean writtenForm(VerbPattern p, String lower) {
        VerbPattern.Words first = (VerbPattern.Words) p.elements().get(0);
        return first.alternatives().stream().anyMatch(a -> a.get(0).equals(lower));
    }

    private static int previousNonAdverb(List<Token> tokens, int from) {
        for (int k = from - 1; k >= 0; k--) {
            String w = tokens.get(k).lower();
            if (!(w.endsWith("ly") || PatternMatcher.NEGATIONS.contains(w) || w.equals("also") || w.equals("already"))) {
                return k;
            }
        }
        return -1;
    }

    private static boolean negatedBefore(List<Token> tokens, int first) {
        for (int k = first - 1; k >= Math.max(0, first - 4); k--) {
            if (PatternMatcher.NEGATIONS.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private static List<ActorSpan> actors(List<FoundMention> mentions) {
        List<ActorSpan> actors = new ArrayList<>();
        for (FoundMention m : mentions) {
            if (m.key().kind() == EntityKind.LOCATION) {
                continue;
            }
            boolean inner = false;
            for (FoundMention other : mentions) {
                if (other.contains(m)) {
                    inner = true;
                    break;
                }
            }
            if (!inner) {
                actors.add(new ActorSpan(m.phraseFirst(), m.last(), m));
            }
        }
        return actors;
    }

    private static List<PatternMatch> nonOverlapping(List<PatternMatch> matches) {
        matches.sort(Comparator.comparingInt(PatternMatch::length).reversed()
                .thenComparing(m -> -m.pattern().code().length()));
        List<PatternMatch> chosen = new ArrayList<>();
        for (PatternMatch m : matches) {
            boolean overlaps = chosen.stream().anyMatch(c -> m.first() <= c.last() && c.first() <= m.last());
            if (!overlaps) {
                chosen.add(m);
            }
        }
        chosen.sort(Comparator.comparingInt(PatternMatch::first));
        return chosen;
    }



    private static EntityKey speakerAt(List<FoundQuote> quotes, int offset) {
        for (FoundQuote q : quotes) {
            if (q.covers(offset)) {
                return q.speaker();
            }
        }
        return null;
    }

    /**
     * Words that open a clause of its own time: a time before them is not the time of what the clause tells ("met on
     * Tuesday after the army had shelled the town"). "when" and "as" tie their clause to the main clause's time ("in
     * early 2016 when North Korea conducted a nuclear test"), so they are none.
     */
    private static final Set<String> CLAUSE_OPENERS = Set.of("while", "after", "before", "whereas", "although",
            "though", "because");

    /**
     * The time expression of the trigger's clause: the nearest before it, else the first after it. A time before a
     * clause opener that the trigger stands in is another clause's, and a day is never a present perfect's.
     */
    private static TimePoint dateFor(List<TimeMention> times, List<Token> tokens, int trigger, TimePoint fallback) {
        int triggerStart = tokens.get(trigger).start();
        TimeMention before = null;
        TimeMention after = null;
        boolean presentPerfect = UntimedEventDate.presentPerfect(tokens, trigger);
        for (TimeMention t : times) {
            if (presentPerfect && t.point().precision() == DatePrecision.DAY) {
                continue;
            }
            if (t.start() < triggerStart) {
                before = t;
            } else if (after == null) {
                after = t;
            }
        }
        if (before != null && opensClauseBetween(tokens, before.end(), trigger)) {
            before = null;
        }
        TimeMention chosen = before != null ? before : after;
        return chosen == null ? fallback : chosen.point();
    }

    /** A clause opener after {@code from} (a character offset) whose clause runs on to the trigger (no comma closes it). */
    private static boolean opensClauseBetween(List<Token> tokens, int from, int trigger) {
        boolean open = false;
        for (int k = 0; k < trigger; k++) {
            Token t = tokens.get(k);
            if (t.start() < from) {
                continue;
            }
            if (CLAUSE_OPENERS.contains(t.lower()) && !(k + 1 < tokens.size()
                    && (tokens.get(k + 1).is("that") || tokens.get(k + 1).is("this")))) {
                open = true; // "and after that launched a missile" goes on in the same time
            } else if (t.is(",")) {
                open = false;
            }
        }
        return open;
    }

    private boolean sameActor(EntityTable table, EntityKey a, EntityKey b) {
        if (a.equals(b)) {
            return true;
        }
        String ca = actor(table, a).countryCode();
        String cb = actor(table, b).countryCode();
        // "Russia ... the Russian Foreign Ministry" is one actor; a state acting on one of its own people is an event
        boolean person = a.kind() == EntityKind.PERSON || b.kind() == EntityKind.PERSON;
        if (person || nonState(a) || nonState(b)) {
            return false; // the Afghan government attacking the Taliban is an event, not one actor
        }
        return ca != null && ca.equals(cb) && (a.kind() == EntityKind.COUNTRY || b.kind() == EntityKind.COUNTRY);
    }

    /** An armed group, a party or another body outside the state: it never merges with its country. */
    private boolean nonState(EntityKey key) {
        io.newsflow.extract.engine.dictionary.KnownOrganization known = key.kind() == EntityKind.ORGANIZATION
                ? index.organization(key.name()) : null;
        return known != null && NON_STATE_TYPES.contains(known.type());
    }

    static NewsEvent.Actor actor(EntityTable table, EntityKey key) {
        PersonProfile person = table.profile(key);
        if (person != null) {
            // an IGO's official acts for it: the UN Secretary-General's appeal codes as the UN's
            String code = person.countryCode() != null ? person.countryCode() : person.affiliation();
            return new NewsEvent.Actor(person.name(), EntityKind.PERSON, code, table.finalKey(key).id(), person.role());
        }
        return new NewsEvent.Actor(key.name(), key.kind(), key.countryCode(), key.id(), null);
    }

    private static String actorId(NewsEvent.Actor actor) {
        return actor == null ? "" : actor.entityId();
    }

    /** Where it happened: a place named in the sentence, or a country after "in". */
    private NewsEvent.Location location(EntityTable table, int sentence) {
        for (FoundMention m : table.mentionsIn(sentence)) {
            if (m.key().kind() == EntityKind.LOCATION) {
                Place p = index.place(m.key().name());
                if (p != null) {
                    return new NewsEvent.Location(p.name(), p.countryIso3(), p.lat(), p.lon());
                }
                Country c = m.key().countryCode() == null ? null : index.country(m.key().countryCode());
                return new NewsEvent.Location(m.key().name(), m.key().countryCode(), c == null ? null : c.capitalLat(),
                        c == null ? null : c.capitalLon());
            }
        }
        return null;
    }
}
