package io.newsflow.extract.engine.event;

import static io.newsflow.extract.engine.event.ClauseReadings.bilateral;
import static io.newsflow.extract.engine.event.ClauseReadings.byAircraft;
import static io.newsflow.extract.engine.event.ClauseReadings.conditional;
import static io.newsflow.extract.engine.event.ClauseReadings.inDeniedClause;
import static io.newsflow.extract.engine.event.ClauseReadings.insideName;
import static io.newsflow.extract.engine.event.ClauseReadings.insidePrepositionalPhrase;
import static io.newsflow.extract.engine.event.ClauseReadings.negatedBefore;
import static io.newsflow.extract.engine.event.ClauseReadings.notAsserted;
import static io.newsflow.extract.engine.event.ClauseReadings.previousNonAdverb;
import static io.newsflow.extract.engine.event.ClauseReadings.refersBack;
import static io.newsflow.extract.engine.event.ClauseReadings.subjectHead;
import static io.newsflow.extract.engine.event.ClauseReadings.toCome;
import static io.newsflow.extract.engine.event.ClauseReadings.writtenForm;
import static io.newsflow.extract.engine.event.ClauseWords.BE_FORMS;
import static io.newsflow.extract.engine.event.ClauseWords.ENVOYS;
import static io.newsflow.extract.engine.event.ClauseWords.PREPOSITIONS;
import static io.newsflow.extract.engine.event.LocalCountries.foreignToBoth;
import static io.newsflow.extract.engine.event.QuoteSpeakers.speakerAt;
import static io.newsflow.extract.engine.event.QuoteSpeakers.speakerBefore;
import static io.newsflow.extract.engine.event.SourceSlots.nominalPossessor;
import static io.newsflow.extract.engine.event.StateAndPeopleNouns.peopleOfANamedCountry;
import static io.newsflow.extract.engine.event.TargetSlots.coordinatedAfter;
import static io.newsflow.extract.engine.event.TargetSlots.coordinatedTargets;
import static io.newsflow.extract.engine.event.TargetSlots.objectAfter;
import static io.newsflow.extract.engine.event.TargetSlots.topic;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.newsflow.contract.ArticleIds;
import io.newsflow.contract.EntityKind;
import io.newsflow.contract.NewsEvent;
import io.newsflow.contract.RawArticle;
import io.newsflow.extract.engine.Deadline;
import io.newsflow.extract.engine.dictionary.CameoCode;
import io.newsflow.extract.engine.dictionary.Country;
import io.newsflow.extract.engine.article.PlatformMentions;
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
 * <p>
 * This class puts the readings together in the order that decides an event; the readings themselves live apart:
 * what the clause says in {@link ClauseReadings}, who acts in {@link SourceSlots} and {@link TargetSlots}, nouns
 * that stand for an unnamed actor in {@link StateAndPeopleNouns}, and whose country in {@link LocalCountries}.
 */
public final class EventExtractor {
    /** Acts whose outcome a second verb reports ("attacked the hideouts and killed nine"). */
    private static final Set<String> VIOLENT_ROOTS = Set.of("18", "19", "20");
    /** Roots of what is said to someone: appeals, demands, disapproval, rejection, threats. */
    private static final Set<String> SAID_TO_THE_TARGET = Set.of("02", "10", "11", "12", "13");
    /**
     * What two coordinated subjects do to each other when the clause names no one else: intents, meetings,
     * cooperation and aid ("China and Brazil signed", "Russia and China met"), and what each side does to the other
     * ("exchanged fire"); other acts they do together.
     */
    private static final Set<String> BETWEEN_THEMSELVES = Set.of("03", "04", "05", "06", "07", "08");
    /** Pledges of aid, troops or money, and aid given: what coordinated givers give a third party, not each other. */
    static final String PLEDGE_OF_AID = "033";
    private static final String AID = "07";
    /**
     * Praise, a verbal defence, a rallying of support, an apology or forgiveness: what two coordinated subjects give
     * to someone else ("Petro and Boric congratulated Orsi") unless the clause says "each other" (ties restored, 054,
     * are the two's with each other).
     */
    private static final Set<String> PRAISE_OF_OTHERS = Set.of("051", "052", "053", "055", "056");
    /** Fighting between two sides, which "both sides" of a later appeal refers to. */
    private static final String FIGHTING = "19";
    /** Mediation and offers of it: the partner in a coordinated subject mediates too, between others. */
    private static final Set<String> MEDIATION = Set.of("045", "039");
    /**
     * Unconventional violence (18) done by a state's forces is military force (19): an attack is 190, a bombing from
     * the air 195. A state is no suicide bomber.
     */
    private static final Map<String, String> STATE_FORCE = Map.of("180", "190", "183", "195");

    private final DictionaryIndex index;
    private final IssuedStatements statements;
    private final Lemmatiser lemmatiser;
    private final PatternMatcher matcher;
    private final PoliticalActors politicalActors;
    private final OneGovernment oneGovernment;
    private final IgoParents igoParents;
    private final Map<String, CameoCode> codes;
    private final ClauseReadings clauses;
    private final StateAndPeopleNouns nouns;
    private final SourceSlots sources;
    private final LocalCountries countries;
    private final FallenAbroad fallenAbroad;
    private final UnnamedAgents unnamedAgents;
    private final Obligations obligations;
    private final VisitingGuests visitingGuests;
    private final OutOfScopeTargets outOfScope;

    public EventExtractor(DictionaryIndex index, Lemmatiser lemmatiser) {
        this.index = index;
        this.lemmatiser = lemmatiser;
        this.politicalActors = new PoliticalActors(index);
        this.oneGovernment = new OneGovernment(politicalActors);
        this.outOfScope = new OutOfScopeTargets(index);
        this.igoParents = new IgoParents(index);
        this.codes = index.dictionaries().cameoCodes();
        this.clauses = new ClauseReadings(index, lemmatiser);
        this.nouns = new StateAndPeopleNouns(index, clauses);
        this.sources = new SourceSlots(index, clauses, nouns);
        this.countries = new LocalCountries(index);
        this.fallenAbroad = new FallenAbroad(lemmatiser, countries);
        this.unnamedAgents = new UnnamedAgents(index, clauses, sources, nouns, countries);
        this.obligations = new Obligations(lemmatiser, sources, politicalActors, countries);
        this.visitingGuests = new VisitingGuests(politicalActors, countries);
        List<VerbPattern> patterns = new ArrayList<>();
        for (TsvRow row : index.dictionaries().cameoVerbRows()) {
            List<VerbPattern> variants = VerbPatternParser.parse(row);
            if (!variants.get(0).noEvent() && !codes.containsKey(variants.get(0).code())) {
                throw row.fail("CAMEO code " + variants.get(0).code() + " is not in cameo-codes.tsv");
            }
            patterns.addAll(variants);
        }
        this.matcher = new PatternMatcher(patterns, index::isStateNoun);
        this.statements = new IssuedStatements(index.dictionaries().statementNouns());
    }

    /** "spoke by phone", "travelled by road": what follows "by" is the means, not an agent. */
    private static final Set<String> MEANS = Set.of("phone", "telephone", "video", "videolink", "letter", "mail",
            "email", "satellite", "radio", "air", "road", "land", "sea", "rail", "train", "car", "plane", "helicopter");

    /** Roots of a visit or a plan, whose purpose ("for talks with") is part of the same act. */
    private static final Set<String> VISIT_OR_PLAN = Set.of("03", "04");

    /** Context of one article that every sentence's events need. */
    public record ArticleContext(RawArticle article, String articleId, String text, EntityTable table,
            List<FoundQuote> quotes, TimePoint defaultDate, String storyCountry, BilateralPair pair) {

        /** The same context, where an event without a time of its own takes {@code date}. */
        public ArticleContext withDefaultDate(TimePoint date) {
            return new ArticleContext(article, articleId, text, table, quotes, date, storyCountry, pair);
        }
    }

    /** How far from the trigger a people named as the target may stand: "President Hassan urged Tanzanians". */
    private static final int PEOPLE_REACH = 8;

    /** "urged Tanzanians to get vaccinated": the target named near the trigger as its people ("Tanzanians"). */
    private static boolean peopleNamed(List<Token> tokens, List<ActorSpan> actors, EntityKey target, PatternMatch m) {
        for (ActorSpan a : actors) {
            if (Math.abs(a.first() - m.first()) <= PEOPLE_REACH && a.mention().key().equals(target)
                    && StateAndPeopleNouns.peopleByDemonym(tokens, a)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The times that are no words of an organisation's name: "the March 23 Movement" and "the April 6 Youth Movement"
     * date nothing.
     */
    private static List<TimeMention> outsideNames(List<TimeMention> times, List<FoundMention> mentions) {
        return times.stream().noneMatch(t -> insideOrganisation(t, mentions)) ? times
                : times.stream().filter(t -> !insideOrganisation(t, mentions)).toList();
    }

    private static boolean insideOrganisation(TimeMention time, List<FoundMention> mentions) {
        for (FoundMention m : mentions) {
            if (m.key().kind() == EntityKind.ORGANIZATION && m.start() <= time.start() && time.end() <= m.end()) {
                return true;
            }
        }
        return false;
    }

    public List<NewsEvent> extract(Sentence sentence, List<TimeMention> times, ArticleContext ctx, Deadline deadline) {
        List<Token> tokens = sentence.tokens();
        String[][] forms = new String[tokens.size()][];
        for (int i = 0; i < tokens.size(); i++) {
            forms[i] = lemmatiser.candidates(tokens.get(i).lower());
        }
        List<ActorSpan> actors = UnnamedFighters.addTo(tokens, actors(ctx.table().mentionsIn(sentence.index()), tokens),
                sentence.index(), ctx.text());
        Set<String> unnamed = UnnamedFighters.ids(actors);
        List<PatternMatch> all = matcher.matchAll(tokens, forms, actors, deadline);
        all.removeIf(m -> pluralGerund(m, tokens)); // before choosing: "killings condemned by" leaves "condemned by"
        List<FoundMention> mentions = mentions(ctx, sentence);
        times = outsideNames(times, mentions);
        // before choosing, the readings that make a match no act at all, so that it hides no verb after it: "An
        // Israeli strike killed" leaves "killed", "Israeli air strikes hit Gaza" leaves "hit Gaza"
        // (a phrase written as no event keeps blocking: "a Russian attack drone" is no attack)
        all.removeIf(m -> !m.pattern().noEvent() && (clauses.indefiniteCompoundHead(tokens, actors, m)
                || clauses.nounAfterDeterminer(tokens, m) || clauses.adjectivalParticiple(tokens, m)
                || ClauseReadings.undertakingMadeBefore(tokens, m)));
        List<PatternMatch> chosen = ClauseReadings.withoutReadinessBeforeAnAct(MatchSelection.nonOverlapping(all, tokens),
                tokens);
        List<NewsEvent> events = new ArrayList<>();
        List<PatternMatch> emitted = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        EntityKey previousSource = null;
        // the further subjects coordinated with the previous source ("Saudi Arabia, the UAE and Bahrain withdrew")
        List<EntityKey> previousCoSources = List.of();
        Roles roles = new Roles();
        for (PatternMatch m : chosen) {
            deadline.tick();
            FallenAbroad.Sides fallen = fallenAbroad.of(m, sentence, tokens, actors, ctx);
            if (m.pattern().noEvent() || insideName(mentions, m.first())
                    || ClauseReadings.partOfCapitalisedName(tokens, m.first()) || clauses.nounAfterDeterminer(tokens, m)
                    || clauses.adjectivalParticiple(tokens, m) || clauses.headOfNamedCompound(tokens, actors, m, emitted)
                    || inDeniedClause(tokens, m.first()) || conditional(tokens, m.first()) || notAsserted(tokens, m.first())
                    || clauses.reducedPassive(tokens, m) && fallen == null && byAgent(tokens, actors, m) == null) {
                continue;
            }
            if (clauses.complementOf(emitted, tokens, m)) {
                continue; // "called on Israel to withdraw": the withdrawal is what is asked for
            }
            if (m.first() + 1 < tokens.size() && NO_OBJECT.contains(tokens.get(m.first() + 1).lower())) {
                continue; // "threatening nothing", "accused no one": the act is denied by its object
            }
            // "struck the hideout, killing eight": a participle after a comma, like a verb after "and", shares the
            // main clause's subject; so does one after "before" or "after" ("met Deby before flying on to Ethiopia")
            boolean clauseParticiple = m.first() > 0 && (tokens.get(m.first() - 1).is(",")
                    || m.first() > 2 && TRAILING_LINKS.contains(tokens.get(m.first() - 1).lower()))
                    && Lemmatiser.isIngForm(tokens.get(m.first()).lower()) && !clauses.afterDocument(tokens, m.first() - 1);
            ActorSpan apposedSubject = clauseParticiple
                    ? ClauseReadings.withApposedSubject(tokens, actors, m.first() - 1) : null;
            clauseParticiple &= apposedSubject == null;
            if (clauseParticiple && actors.stream().noneMatch(a -> a.first() < m.first())
                    && sources.subjectAfterFrontedClause(tokens, actors, m.first()) != null) {
                // "On Friday, after meeting Merkel, Medvedev said": the clause before the comma names no one, so the
                // participle's clause is fronted and has the subject after its own comma
                clauseParticiple = false;
            }
            boolean secondClause = Lemmatiser.isIngForm(tokens.get(m.first()).lower())
                    || m.first() > 0 && tokens.get(m.first() - 1).is("and");
            if (secondClause && VIOLENT_ROOTS.contains(codes.get(m.pattern().code()).root())
                    && accidentBefore(tokens, m.first() - 1)) {
                // "a passenger jet collided with a coast guard aircraft, killing five", "a cargo plane overran the
                // runway and hit a bus": an accident's toll
                continue;
            }
            if (VIOLENT_ROOTS.contains(codes.get(m.pattern().code()).root()) && accidentAfter(tokens, m.last())) {
                continue; // "The number of people killed when a building collapsed": the toll of an accident
            }
            // "..., Seoul's military said, calling the move a provocation": the one who said it
            int saying = clauseParticiple ? speechVerbBefore(tokens, m.first() - 1) : -1;
            // '..., Peskov told reporters in Moscow, accusing Washington': the one who said it, past the listeners
            EntityKey sayer = saying >= 0 ? sources.reporter(tokens, actors, saying + 1) : null;
            if (sayer == null && saying >= 0) {
                // '"…," the statement said, warning that': whoever the quote before the verb is attributed to
                sayer = speakerBefore(ctx.quotes(), tokens.get(saying).start());
            }
            // "Algeria took a similar step in March 2022, recalling its ambassador": the actor opening the sentence
            // as the subject of the one clause before the participle
            EntityKey opening = clauseParticiple && sayer == null && previousSource == null && saying < 0
                    ? sources.openingSubject(tokens, actors, m.first() - 1) : null;
            if (opening != null) {
                previousSource = opening;
            }
            if (clauseParticiple && sayer == null && (previousSource == null || saying >= 0)
                    && statements.issuingVerbBefore(tokens, m.first()) < 0) {
                // and '..., the South's military said, calling the move a provocation': the sayer's act, not the
                // main clause's actor's, when the sayer is no actor we know
                continue; // its subject is the main clause's, which acted in no event: the nearest name is no subject
            }
            boolean sharesSubject = clauseParticiple || ClauseReadings.secondVerb(tokens, m.first())
                    || ClauseReadings.seriesVerb(tokens, m.first());
            if (sharesSubject && !clauseParticiple && !emitted.isEmpty()
                    && ClauseReadings.relativeBetween(tokens, emitted.get(emitted.size() - 1).last(), m.first())) {
                // "condemned the attack, which killed three people and injured six": the relative clause's verbs
                // are the attack's, not the condemner's
                continue;
            }
            EntityKey inherited = sayer != null ? sayer : sharesSubject ? previousSource : null;
            inherited = apposedSubject != null ? apposedSubject.mention().key() : inherited;
            // (a noun such as "warning that" acts only with a possessor, even after a statement)
            int issuing = inherited == null && !m.pattern().possessed()
                    ? statements.issuingVerbBefore(tokens, m.first()) : -1;
            if (issuing > 0) {
                // "issued a statement on Tuesday denouncing the drills": the issuer denounced them
                inherited = sources.subject(tokens, actors, issuing, null, false);
            }
            roles.clear();
            roles.fallen = fallen;
            NewsEvent e = event(m, sentence, tokens, actors, times, ctx, ids, inherited, roles);
            if (e != null && !events.isEmpty() && emitted.size() == events.size() && m.first() > 0
                    && tokens.get(m.first() - 1).is("to")
                    && ClauseReadings.callToPraise(emitted.get(emitted.size() - 1), m)
                    && events.get(events.size() - 1).target() != null) {
                // "phoned Aoun to congratulate him": the caller praises the one called
                NewsEvent call = events.get(events.size() - 1);
                e = withActors(e, call.source(), call.target(), ids);
            }
            boolean saidAgain = e != null && !clauseParticiple && sharesSubject && !events.isEmpty()
                    && SAID_TO_THE_TARGET.contains(e.cameo().root())
                    && SAID_TO_THE_TARGET.contains(events.get(events.size() - 1).cameo().root());
            if (e != null && e.target() == null && (clauseParticiple || saidAgain) && sharesSubject
                    && !events.isEmpty() && m.last() + 1 < tokens.size() && (tokens.get(m.first() + 1).is("the")
                            || SAID_TO_THE_TARGET.contains(e.cameo().root()))) {
                // "sued Apple, accusing the tech giant of": a description after the participle is the main act's target;
                // "summoned the Russian ambassador, demanding their withdrawal and warning that": what is said to him;
                // "accused the Philippine Navy of harassing the fishermen and demanded that the warship withdraw": a
                // second demand or charge is said to the one the first was
                NewsEvent main = events.get(events.size() - 1);
                if (main.target() != null && actorId(main.source()).equals(actorId(e.source()))) {
                    e = withActors(e, e.source(), main.target(), ids);
                }
            }
            int untargeted = e != null && sharesSubject && e.target() != null && VIOLENT_ROOTS.contains(e.cameo().root())
                    ? untargetedViolenceBySource(e, events) : -1;
            if (untargeted >= 0) {
                // "gunmen stormed three villages, killing seven residents": the outcome names whom the act struck
                // (the act keeps its own code unless the outcome tells another kind of violence)
                NewsEvent act = events.get(untargeted);
                events.set(untargeted, act.cameo().root().equals(e.cameo().root())
                        ? withActors(act, act.source(), e.target(), ids) : e);
                continue;
            }
            int subjectAct = e == null ? -1 : violentSubjectAct(e, m, events, emitted, tokens);
            if (subjectAct >= 0) {
                // "Pakistani air strikes in eastern Afghanistan killed 46 people": the attack named as the subject and
                // the killing its verb tells are one act, told with the verb's object
                events.set(subjectAct, e);
                emitted.set(subjectAct, m);
                continue;
            }
            boolean outcomeToldAgain = e != null && VIOLENT_ROOTS.contains(e.cameo().root())
                    // ("struck Taliban hideouts, killing 12 rebels": unnamed fighters killed are those struck)
                    && (sharesSubject && sameRootAndSource(e, events, e.target() == null
                            || unnamed.contains(actorId(e.target())) || countedVictims(tokens, m) ? null : actorId(e.target()))
                    // "were killed in a fresh Israeli air strike": the strike is the killing's means, not a second act
                    || e.target() == null && sameViolenceBySource(e, events));
            if (e != null && (outcomeToldAgain || e.target() == null && !events.isEmpty()
                    && insidePrepositionalPhrase(tokens, m))) {
                // "struck the hideouts, killing 12", "attacked the hideouts and killed nine": the outcome told again;
                // "arrived in Rome for a state visit", "thanked India for its support": a noun of the act before
                // ("conducted a nuclear test and launched a missile" are two; "is on a working visit" is one)
                continue;
            }
            if (e != null && e.target() != null && e.cameo().root().equals("04") && !events.isEmpty()
                    && VISIT_OR_PLAN.contains(events.get(events.size() - 1).cameo().root())
                    && actorId(events.get(events.size() - 1).source()).equals(actorId(e.source()))
                    && insidePrepositionalPhrase(tokens, m)) {
                // "arrived in Kyiv for talks with Zelensky", "will visit Russia for a summit with Putin": one act (the
                // guest's own visit after talks his host held is another: "talks with X, who is on a visit to")
                continue;
            }
            if (e != null && !repeats(e, m, events, emitted, tokens)) {
                List<NewsEvent> found = new ArrayList<>();
                found.add(e);
                if (!m.pattern().possessed()) {
                    // (an act named by a noun in the object, "condemned Israel's raid, calling it a war crime", is no
                    // clause whose subject a participle after it shares)
                    previousSource = roles.source;
                }
                for (EntityKey partner : roles.pairTold ? List.<EntityKey>of()
                        : coordinatedTargets(ctx.table(), tokens, actors, m, e, roles.source)) {
                    found.add(withActors(e, e.source(), actor(ctx.table(), partner), ids));
                }
                if (roles.pairObject != null) {
                    found.add(withActors(e, e.source(), actor(ctx.table(), roles.pairObject), ids));
                }
                NewsEvent.Actor coActor = roles.coSource == null ? null : actor(ctx.table(), roles.coSource);
                // "Wang Yi and his deputy Liu Zhenmin met Saiki": two officials of one state in one meeting or deal are
                // one event (but "Michel and von der Leyen criticised Orban": each named person's words are his own)
                boolean oneState = coActor != null && coActor.countryCode() != null
                        && coActor.countryCode().equals(e.source().countryCode())
                        && !(coActor.kind() == EntityKind.PERSON && e.source().kind() == EntityKind.PERSON
                                && !BETWEEN_THEMSELVES.contains(e.cameo().root()));
                boolean sharedWithCoSources = clauseParticiple && sayer == null && roles.coSource == null
                        && previousSource != null && previousSource.equals(inherited)
                        && previousSource.equals(roles.source);
                if (sharedWithCoSources) {
                    // "Saudi Arabia, the UAE and Bahrain withdrew their ambassadors, accusing Doha of": the participle
                    // is each subject's act
                    for (EntityKey coSource : previousCoSources) {
                        if (e.target() == null || !actorId(e.target()).equals(actorId(actor(ctx.table(), coSource)))) {
                            found.add(withActors(e, actor(ctx.table(), coSource), e.target(), ids));
                        }
                    }
                } else if (!m.pattern().possessed()) {
                    List<EntityKey> coSources = new ArrayList<>();
                    if (roles.coSource != null && !oneState) {
                        coSources.add(roles.coSource);
                        coSources.addAll(roles.listedSources);
                    }
                    previousCoSources = coSources;
                }
                if (roles.coSource != null && !oneState) {
                    found.add(withActors(e, coActor, e.target(), ids));
                    for (EntityKey listed : roles.listedSources) {
                        found.add(withActors(e, actor(ctx.table(), listed), e.target(), ids));
                    }
                    if (e.target() != null) {
                        List<EntityKey> group = new ArrayList<>(List.of(roles.source, roles.coSource));
                        group.addAll(roles.listedSources);
                        ctx.pair().rememberGroup(group); // whom a later "they" or "the two leaders" refers to
                    }
                }
                for (EntityKey member : roles.groupSources) {
                    found.add(withActors(e, actor(ctx.table(), member), e.target(), ids));
                }
                if (roles.group != null) {
                    // what the group did, or had done to it, keeps it the group a later "they" refers to ("the two
                    // leaders were received by Sisi. Both leaders called on Israel")
                    ctx.pair().rememberGroup(roles.group);
                }
                for (EntityKey member : roles.groupTargets) {
                    found.add(withActors(e, e.source(), actor(ctx.table(), member), ids));
                }
                if (roles.amongSubjects && e.target() != null) {
                    // "the US, Russia and Switzerland met": each earlier member of the list with the last two
                    for (EntityKey listed : roles.listedSources) {
                        found.add(withActors(e, actor(ctx.table(), listed), e.source(), ids));
                        found.add(withActors(e, actor(ctx.table(), listed), e.target(), ids));
                    }
                }
                if (roles.agent != null) {
                    // "co-hosted by Egypt, Germany and Qatar": every coordinated agent did it
                    for (EntityKey partner : coordinatedAfter(tokens, actors, roles.agent, Set.of(e.source().entityId()))) {
                        found.add(withActors(e, actor(ctx.table(), partner), e.target(), ids));
                    }
                }
                if (m.pattern().mutual() || roles.amongSubjects && ClauseReadings.eachOther(tokens, m.first(), m.last())) {
                    // "exchanged fire", "Russia and Ukraine accused each other": each side did it to the other
                    for (NewsEvent one : List.copyOf(found)) {
                        if (one.target() != null) {
                            found.add(withActors(one, one.target(), one.source(), ids));
                        }
                    }
                }
                for (NewsEvent one : found) {
                    events.add(one);
                    emitted.add(m);
                }
            }
        }
        List<ReaderAct> readerActs = new ArrayList<>(obligations.read(tokens, actors, ctx.table(), ctx.quotes()));
        readerActs.addAll(visitingGuests.read(tokens, actors, ctx));
        for (ReaderAct act : readerActs) {
            events.add(compose(act.match(), sentence, tokens, times, ctx, ids, act.source(), act.target(),
                    codes.get(act.match().pattern().code())));
        }
        if (SportsContext.in(tokens)) {
            // "Germany hit Italy with two late goals": countries in a game are teams, no states acting
            // (a person acted on is no team: "Khan, a former cricket star, was arrested")
            // and a person without a title of state is a player or a coach ("as the coach I take responsibility")
            // (nor a player a team scored against: "put Costa Rica ahead, sliding the ball past goalkeeper Orestis
            // Karnezis")
            events.removeIf(e -> e.source().kind() == EntityKind.COUNTRY
                    && (e.target() == null || e.target().kind() == EntityKind.COUNTRY
                            || e.target().kind() == EntityKind.PERSON && (e.target().role() == null
                                    || !politicalActors.publicOffice(ctx.table(), e.target().role())))
                    || e.source().kind() == EntityKind.PERSON && e.source().role() == null);
        }
        events.removeIf(e -> outOfScope.nonPoliticalPartner(e) || OutOfScopeTargets.compatriotSummoned(e));
        events.replaceAll(igoParents::actingCodes);
        for (ActorSpan a : actors) {
            if (a.mention().key().kind() == EntityKind.PERSON) {
                ctx.pair().rememberNamed(a.mention().key());
            }
        }
        return events;
    }

    /**
     * What event() found besides the event: its source, the agent span of a passive ("hosted by X"), a second
     * source that did the same to the target, and the earlier members of a list of sources ("Spain, Ireland and
     * Norway recognised"), who did it too when the second source does.
     */
    private static final class Roles {
        private EntityKey source;
        private ActorSpan agent;
        private EntityKey coSource;
        private final List<EntityKey> listedSources = new ArrayList<>();
        /** The target is the subject's last member: "China and Brazil signed", "the US, Russia and Switzerland met". */
        private boolean amongSubjects;
        /** Soldiers who fell abroad, read before the match was kept: who fought them and who fell. */
        private FallenAbroad.Sides fallen;
        /** The actors are the pair told before ("the two ministers agreed"): no list in the clause adds to them. */
        private boolean pairTold;
        /** The second of a pair the act was aimed at: "thanked both delegations". */
        private EntityKey pairObject;
        /** The further subjects a plural subject refers back to: "they had held talks" after "X and Y visited". */
        private final List<EntityKey> groupSources = new ArrayList<>();
        /** The further patients a plural passive subject refers back to: "the two leaders were received by Sisi". */
        private final List<EntityKey> groupTargets = new ArrayList<>();
        /** The whole group a plural subject referred back to, or null. */
        private List<EntityKey> group;

        void clear() {
            source = null;
            agent = null;
            coSource = null;
            listedSources.clear();
            amongSubjects = false;
            fallen = null;
            pairTold = false;
            pairObject = null;
            groupSources.clear();
            groupTargets.clear();
            group = null;
        }
    }

    /**
     * Who did what a match names, and what that reading found on the way.
     *
     * @param key         who did it
     * @param coordinated a second subject ("China and Brazil signed") or a passive's subject ("Israel was criticized
     *                    by China"), or null
     * @param pairTarget  the other party of the talks told before, when "the two sides" did it, or null
     * @param passive     whether the verb is passive, so its subject is acted on
     * @param peopleAct   whether people did it ("protesters marched"), not a state
     */
    private record SourceReading(EntityKey key, EntityKey coordinated, EntityKey pairTarget, boolean passive,
            boolean peopleAct) {
    }

    /**
     * The event a match gives, or null when it gives none: read who did it, then to whom, then sharpen the code by
     * both. {@code inherited} is the source of the clause this one continues; {@code roles} keeps what the reading
     * found for the events that follow from the same match (co-sources, a passive's agent).
     */
    private NewsEvent event(PatternMatch m, Sentence sentence, List<Token> tokens, List<ActorSpan> actors,
            List<TimeMention> times, ArticleContext ctx, Set<String> ids, EntityKey inherited, Roles roles) {
        VerbPattern p = m.pattern();
        boolean negated = m.negated() || negatedBefore(tokens, m.first());
        if (negated && !p.hasExplicitNegation()) {
            return null;
        }
        if (m.target() != null && codes.get(p.code()).root().equals("04") && politicalActors.outlet(m.target().mention().key())) {
            return null; // "spoke to CNN", "talks with Reuters": an interview, no consultation
        }
        if (p.code().startsWith("042") && byAircraft(tokens, m.first())) {
            return null; // "a Russian drone landed in Poland": no one visits
        }
        if (p.joint()) {
            return jointEvent(m, sentence, tokens, actors, times, ctx, ids);
        }
        if (p.received()) {
            return receivedEvent(m, sentence, tokens, actors, times, ctx, ids, inherited, roles);
        }
        if (roles.fallen != null) {
            roles.source = roles.fallen.source();
            return compose(m, sentence, tokens, times, ctx, ids, roles.fallen.source(), roles.fallen.target(),
                    codes.get(p.code()));
        }
        SourceReading read = readSource(m, sentence, tokens, actors, ctx, inherited, roles);
        if (read == null) {
            return null;
        }
        boolean politicalSource = politicalActors.canAct(ctx.table(), read.key());
        if (!politicalSource && !politicalActors.bareName(ctx.table(), read.key())) {
            return null;
        }
        EntityKey sourceKey = read.key();
        EntityKey targetKey = readTarget(m, sentence, tokens, actors, ctx, read, roles);
        roles.source = sourceKey;
        CameoCode code = codeInContext(m, tokens, actors, read, targetKey);
        if (!politicalSource && !(code.root().equals(DISAPPROVAL) && targetKey != null
                && politicalActors.holdsPower(ctx.table(), targetKey))) {
            // "Ahmed Nejib Chebbi, who heads the opposition coalition, accused Saied": a person named bare acts
            // politically where they accuse or criticise a state or its officials; "Kovac fired a late winner" not
            return null;
        }
        boolean visit = code.code().startsWith("042") || p.code().startsWith("042"); // a visit done or to come
        if (visit && targetKey == null) {
            // "the mayor visited a snow-clearing site", "the prime minister will visit flood-hit communities": a visit
            // to no state or actor is no event
            return null;
        }
        if (visit && targetKey.kind() == EntityKind.COUNTRY && targetKey.countryCode() != null
                && targetKey.countryCode().equals(ctx.storyCountry()) && sourceKey.kind() == EntityKind.ORGANIZATION
                && actor(ctx.table(), sourceKey).countryCode() == null) {
            // "A National Transportation Safety Board team arrived in Portland": a body of no known state travelling
            // within the story's country is at home there
            return null;
        }
        if (targetKey == null && !read.passive() && code.root().equals(THREAT)) {
            targetKey = conditionalActor(tokens, actors, m.first(), sourceKey); // "If Hezbollah violates it, we will attack"
        }
        String targetCountry = targetKey == null ? null : actor(ctx.table(), targetKey).countryCode();
        if (code.quadClass() == 1 && targetKey != null && targetKey.kind() == EntityKind.COUNTRY && !countries.nonState(sourceKey)
                && (nouns.populationAfter(tokens, actors, m) || peopleNamed(tokens, actors, targetKey, m))
                && targetKey.countryCode() != null && targetKey.countryCode().equals(actor(ctx.table(), sourceKey).countryCode())) {
            // "the President congratulated the people of Mongolia", "called on citizens to protect the pastureland":
            // words of cooperation to one's own nation are no event between actors
            return null;
        }
        if (code.root().equals(TALKS) && politicalActors.privatePerson(ctx.table(), targetKey)) {
            return null; // "Netanyahu phoned the singer", "the minister met the striker": a courtesy, no relation
        }
        if (code.root().equals(TALKS) && oneGovernment.colleagues(ctx.table(), sourceKey, targetKey)) {
            return null; // "Putin discussed the fire with Prime Minister Kasyanov": the government at work
        }
        if (politicalActors.sportsBody(targetKey)) {
            return null; // "the sports minister pledged to support the GFA": what is done to a sports body is sport
        }
        if (HOME_COOPERATION.contains(code.root()) && targetCountry != null && targetKey.kind() == EntityKind.ORGANIZATION
                && targetCountry.equals(actor(ctx.table(), sourceKey).countryCode())) {
            // "the transport minister will work closely with the Japan Transport Safety Board": a state working with
            // its own bodies is no event
            return null;
        }
        if (visit && targetKey != null && (targetKey.kind() != EntityKind.PERSON || roles.amongSubjects)
                && targetCountry != null && targetCountry.equals(actor(ctx.table(), sourceKey).countryCode())) {
            // ("Security Minister Bullrich and Defence Minister Petri flew to Bahia Blanca": two of one state
            // travelling together do not visit each other)
            // "Rep. McKinley visited the U.S.-Mexico border", "the government attended the ceremony in parliament":
            // a trip at home is no visit to a state
            return null;
        }
        return compose(m, sentence, tokens, times, ctx, ids, sourceKey, targetKey, code);
    }

    /**
     * Who did what a match names: its subject, a passive's agent, the possessor of an act noun, the people of the
     * story's place, or the pair told before; null when the clause names no one who did it.
     */
    private SourceReading readSource(PatternMatch m, Sentence sentence, List<Token> tokens, List<ActorSpan> actors,
            ArticleContext ctx, EntityKey inherited, Roles roles) {
        VerbPattern p = m.pattern();
        Token head = tokens.get(m.first());
        boolean explicitForm = writtenForm(p, head.lower());
        int aux = previousNonAdverb(tokens, m.first());
        boolean afterBe = aux >= 0 && (BE_FORMS.contains(tokens.get(aux).lower()) || clauses.coordinatedPassive(tokens, aux, m.first()));
        EntityKey speaker = speakerAt(ctx.quotes(), head.start());
        ActorSpan source = m.source();
        EntityKey sourceKey = source == null ? inherited : source.mention().key();
        ActorSpan mainSubject = sourceKey == null && source == null
                ? sources.subjectAfterFrontedClause(tokens, actors, m.first()) : null;
        if (mainSubject == null && sourceKey == null && source == null && m.target() != null) {
            // "said after meeting X"; "remarked after visiting the evacuation camp" names no one it was done to
            mainSubject = sources.subjectBeforeTrailingClause(tokens, actors, m.first());
        }
        if (mainSubject != null) {
            sourceKey = mainSubject.mention().key(); // "After meeting Sisi, Blinken flew to Jordan"
        }
        List<EntityKey> group = source == null && !afterBe ? ctx.pair().groupBefore(tokens, m.first()) : null;
        if (group != null) {
            // "De Croo and Sánchez visited Israel. On Thursday they had held talks with Netanyahu": each of them
            sourceKey = group.get(0);
            roles.groupSources.addAll(group.subList(1, group.size()));
            roles.group = group;
        }
        EntityKey pairTarget = null;
        BilateralPair.Parties parties = sourceKey == null && source == null
                ? ctx.pair().namedBefore(tokens, m.first(), leaders(ctx, sentence.index(), m.first())) : null;
        if (parties != null) {
            sourceKey = parties.first(); // "the two sides agreed to": the parties of the talks told before
            pairTarget = parties.second();
            roles.pairTold = true;
        }
        EntityKey coordinated = null;
        boolean passive = false;
        // "hosted by Egypt" is a passive; "spoke by phone" is not: an actor follows the "by" of an agent
        boolean byFollows = m.first() + 1 < tokens.size() && tokens.get(m.first() + 1).is("by");
        ActorSpan byActor = byAgent(tokens, actors, m);
        // "14 Afghan nationals detained by police": a reduced passive whose agent is a state noun
        boolean byStateNoun = !afterBe && byActor == null && byFollows && nouns.stateNounAgent(tokens, m);
        if (byFollows && byActor == null && !afterBe && !byStateNoun && m.first() > 0
                && ClauseReadings.commonNoun(tokens.get(m.first() - 1))
                && !(m.first() + 2 < tokens.size() && MEANS.contains(tokens.get(m.first() + 2).lower()))
                && lemmatiser.isPastParticiple(head.lower())) {
            return null; // "Lao provinces hit by floods": a participle whose agent is no actor describes the noun
        }
        if (!p.startsWithBe() && (afterBe || byActor != null || byStateNoun) && lemmatiser.isPastParticiple(head.lower())) {
            ActorSpan agent = byActor != null ? byActor : sources.agent(actors, tokens, m.first(), m.last());
            if (agent == null && m.target() != null && m.target().first() > 0 && tokens.get(m.target().first() - 1).is("by")) {
                agent = m.target();
            }
            EntityKey stateAgent = agent == null ? unnamedAgents.of(m, sentence, tokens, actors, ctx) : null;
            if (agent == null && stateAgent == null) {
                return null; // "were test-fired": no agent, no actor
            }
            sourceKey = agent != null ? agent.mention().key() : stateAgent; // "was arrested by police in Kampala"
            roles.agent = agent;
            ActorSpan patient = sources.subjectSpan(tokens, actors, m.first());
            coordinated = patient == null ? null : patient.mention().key(); // "Israel was criticized by China"
            List<EntityKey> patients = patient == null && aux >= 0 ? ctx.pair().groupBefore(tokens, aux) : null;
            if (patients != null && !patients.contains(sourceKey)) {
                coordinated = patients.get(0); // "the two leaders were received in Cairo by Sisi": each of them
                roles.groupTargets.addAll(patients.subList(1, patients.size()));
                roles.group = patients;
            }
            if (coordinated == null && agent != null && VIOLENT_ROOTS.contains(codes.get(p.code()).root())) {
                // "five people were killed in Russian shelling": the people of the place it struck
                EntityKey local = countries.countryWhereDone(ctx, sentence, tokens, m, sourceKey);
                local = local != null ? local : countries.localCountryKey(ctx, sentence);
                coordinated = local != null && !countries.sameActor(ctx.table(), local, sourceKey) ? local : null;
            }
            passive = true;
        } else if (!explicitForm && Lemmatiser.isIngForm(head.lower()) && !afterBe && inherited == null
                && mainSubject == null && !ClauseReadings.answeredBy(tokens, m.first())
                && !SourceSlots.absoluteSubject(tokens, ActorSpan.endingAt(actors, m.first() - 1), m.first())
                && !nouns.populationBefore(tokens, m.first()) && !(m.first() > 0 && tokens.get(m.first() - 1).is("as"))
                && joiningVerb(tokens, m.first()) < 0) {
            // "a resolution imposing sanctions": the participle describes a noun; but "quoted a Chinese official as
            // urging Japan" says what the official did, and "signed an executive order cutting off aid" what the
            // signer did through the document
            ActorSpan enacting = enactorOfDocumentBefore(tokens, actors, m.first());
            if (enacting == null) {
                return null;
            }
            sourceKey = enacting.mention().key();
        }
        boolean peopleAct = nouns.populationBefore(tokens, m.first()) || index.isPopulationNoun(head.lower()); // "protesters marched"
        if (sourceKey == null && peopleAct && !peopleOfANamedCountry(tokens, actors, m.first())) {
            sourceKey = countries.localCountryKey(ctx, sentence); // "supporters staging a sit-in": the people, not the leader named before
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
            // "Li Qiang says Australia and China should ..., after talks with Albanese": the sayer's own act
            sourceKey = sources.sayerOfTrailingPhrase(tokens, actors, m.first());
        }
        if (sourceKey == null) {
            // ("Bahrain joined Saudi Arabia in cutting ties": the subject of the joining verb, not whom it joined)
            int joining = joiningVerb(tokens, m.first());
            ActorSpan subject = sources.subjectSpan(tokens, actors, joining >= 0 ? joining : m.first());
            if (subject != null && (SourceSlots.countedPeople(tokens, subject)
                    || nouns.nationalityOfPrivatePerson(tokens, subject, m.first()))) {
                // "two Russians attacked a police officer", "the Brazilian striker attacked": private persons, not their state
                return null;
            }
            if (subject != null && ClauseReadings.secondVerb(tokens, m.first())
                    && clauses.objectOfVerb(tokens, subject.first())) {
                return null; // "which considers the US biased and has rejected ...": the US is the first verb's object
            }
            if (subject != null && speaker != null && subject.mention().how() == FoundMention.How.PRONOUN
                    && ctx.table().finalKey(subject.mention().key()).equals(ctx.table().finalKey(speaker))) {
                return null; // '"He has taken responsibility," Zoghlin said': no one calls themselves "he"
            }
            if (subject != null && nouns.headedByStateNoun(tokens, m.first()) && clauses.saidBetween(tokens, subject.last(), m.first())) {
                // "Jamshidi said that the security forces aircraft would bomb": the forces of the reported clause act
                sourceKey = countries.localCountryKey(ctx, sentence);
            } else if (subject != null) {
                sourceKey = subject.mention().key();
                ActorSpan partner = sources.partnerBefore(tokens, actors, subject);
                if (partner != null) {
                    sources.listBefore(tokens, actors, partner).forEach(a -> roles.listedSources.add(a.mention().key()));
                }
                boolean givenToOthers = p.code().startsWith(PLEDGE_OF_AID) || p.code().startsWith(AID);
                if (partner != null && !p.mutual() && (givenToOthers || codes.get(p.code()).quadClass() > 2
                        && nouns.modifiesPeople(tokens, subject, m.first()))) {
                    // ("the Bahamas, Jamaica and Belize have also pledged personnel": each gives to a third party)
                    // "US and British activists staged a protest": both countries' people did it, to a third party
                    roles.coSource = sourceKey;
                    sourceKey = partner.mention().key();
                } else if (partner != null) {
                    coordinated = sourceKey; // "China and Brazil signed": China the source, Brazil the target
                    sourceKey = partner.mention().key();
                }
            } else {
                sourceKey = sources.subject(tokens, actors, m.first(), speaker, p.impersonal());
                ActorSpan sayers = sourceKey == null ? null : sources.coordinatedSayers(tokens, actors, sourceKey, m.first());
                if (sayers != null) {
                    // "Lithuania, Latvia and Estonia said they had imposed": "they" is every one of the list
                    ActorSpan partner = sources.partnerBefore(tokens, actors, sayers);
                    List<ActorSpan> listed = sources.listBefore(tokens, actors, partner);
                    if (listed.isEmpty() && BETWEEN_THEMSELVES.contains(codes.get(p.code()).root())) {
                        // "Armenia and Azerbaijan said they had agreed the text": the two did it with each other
                        coordinated = sourceKey;
                        sourceKey = partner.mention().key();
                    } else {
                        roles.coSource = partner.mention().key();
                        listed.forEach(a -> roles.listedSources.add(a.mention().key()));
                    }
                }
                if (sourceKey == null && (nouns.headedByStateNoun(tokens, m.first())
                        || nouns.reportedByStateNoun(tokens, m.first()) || nouns.stateNounBetween(tokens, m))) {
                    // "the junta accused ECOWAS" after "Niger's junta" was named, in a story from Abuja: Niger's
                    sourceKey = rulersNamedBefore(ctx, tokens, m.first());
                    sourceKey = sourceKey != null ? sourceKey : countries.localCountryKey(ctx, sentence); // "government forces' warplanes struck" in a story from Kabul
                }
                if (sourceKey == null) {
                    sourceKey = sources.sayerOfSecondVerb(tokens, actors, m.first()); // "said … and called on Baku to"
                }
            }
        }
        return sourceKey == null ? null : new SourceReading(sourceKey, coordinated, pairTarget, passive, peopleAct);
    }

    /** How far before its verb a ruling body's noun may stand: "the military junta on Saturday accused". */
    private static final int RULERS_REACH = 5;

    /** The country the story named with the ruling body right before the verb ("the junta"), else null. */
    private EntityKey rulersNamedBefore(ArticleContext ctx, List<Token> tokens, int verb) {
        for (int k = verb - 1; k >= Math.max(0, verb - RULERS_REACH); k--) {
            if (LocalCountries.RULER_NOUNS.contains(tokens.get(k).lower())) {
                return countries.namedRulers(ctx, tokens.get(k).start(), tokens.get(k).lower());
            }
        }
        return null;
    }

    /** Words that count the people an act struck: "killing five people", "wounding dozens". */
    private static final Set<String> COUNTING_WORDS = Set.of("two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "dozens", "scores", "hundreds", "thousands", "at", "more", "several", "many", "one");

    /**
     * "struck a building in Beirut, killing five people": the people counted after a violent act are whom it struck,
     * not a second target.
     */
    private static boolean countedVictims(List<Token> tokens, PatternMatch m) {
        int object = m.first() + 1;
        if (object >= tokens.size()) {
            return false;
        }
        String w = tokens.get(object).lower();
        if (!Character.isDigit(w.charAt(0)) && !COUNTING_WORDS.contains(w)) {
            return false;
        }
        for (int k = object + 1; k < Math.min(tokens.size(), object + 4); k++) {
            if (tokens.get(k).isCapitalised()) {
                return false; // "killing two Pakistani soldiers": people of a named country are another target
            }
        }
        return true;
    }

    /** "the delegation" right after the act's first word or inside its words: the visitors the story told of. */
    private static boolean theDelegationIn(List<Token> tokens, PatternMatch m) {
        for (int k = m.first() + 1; k <= Math.min(tokens.size() - 1, m.last() + 2); k++) {
            if (tokens.get(k).is("delegation") && tokens.get(k - 1).is("the")) {
                return true;
            }
        }
        return false;
    }

    /** Words after which a participle in mid-sentence continues the main clause: "met Deby before flying on to". */
    private static final Set<String> TRAILING_LINKS = Set.of("before", "after", "while");

    /** Intents to cooperate and material cooperation, which between bodies of one state are its own business. */
    private static final Set<String> HOME_COOPERATION = Set.of("03", "06");

    /** Talks, which a private person a leader phones or meets does not become a political actor by. */
    private static final String TALKS = "04";

    /** Verbs of accidents, whose dead no one attacked. */
    private static final Set<String> ACCIDENTS = Set.of("collided", "collides", "crashed", "crashes", "derailed",
            "capsized", "exploded", "overturned", "sank", "collapsed", "caught", "overran", "veered", "skidded",
            "plunged");

    /** An accident's verb in the sentence before {@code at}, within its clauses joined by commas and "and". */
    private static boolean accidentBefore(List<Token> tokens, int at) {
        for (int k = at; k >= 0 && !tokens.get(k).is(";"); k--) {
            if (ACCIDENTS.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** Accidents told after their toll; a bomb that "exploded" may be an attack. */
    private static final Set<String> ACCIDENTS_AFTER = Set.of("collided", "crashed", "derailed", "capsized",
            "overturned", "sank", "collapsed");
    private static final Set<String> WHEN_WORDS = Set.of("when", "after", "as");
    private static final int ACCIDENT_REACH = 8;

    /** "killed when a four-storey building collapsed": an accident's verb in a "when" clause right after the trigger. */
    private static boolean accidentAfter(List<Token> tokens, int last) {
        int k = last + 1;
        if (k >= tokens.size() || !WHEN_WORDS.contains(tokens.get(k).lower())) {
            return false;
        }
        for (int n = k + 1; n < Math.min(tokens.size(), k + 1 + ACCIDENT_REACH); n++) {
            if (ACCIDENTS_AFTER.contains(tokens.get(n).lower())) {
                return true;
            }
            if (!tokens.get(n).isWord()) {
                return false;
            }
        }
        return false;
    }

    /** CAMEO's root of disapproval: criticism, accusation, complaint. */
    private static final String DISAPPROVAL = "11";
    /** Threats: a condition before one names whom it is made against. */
    private static final String THREAT = "13";

    /**
     * "If Hezbollah violates the agreement and tries to arm itself, we will attack": the actor right after the "if"
     * that opens the threat's sentence or clause, unless it is the threatener; else null.
     */
    private static EntityKey conditionalActor(List<Token> tokens, List<ActorSpan> actors, int trigger, EntityKey source) {
        for (int k = trigger - 1; k >= 0; k--) {
            if (tokens.get(k).is("if") || tokens.get(k).is("If")) {
                ActorSpan actor = ActorSpan.startingAt(actors, ClauseWords.afterArticle(tokens, k + 1));
                return actor == null || actor.mention().key().equals(source) ? null : actor.mention().key();
            }
        }
        return null;
    }

    /** Objects that deny the act they follow. */
    private static final Set<String> NO_OBJECT = Set.of("nothing", "nobody", "no-one", "none");

    /** How far after a fight its place may stand: "captured the regional command headquarters in Lashio". */
    private static final int FOUGHT_PLACE_REACH = 8;

    /**
     * Whom the act of a match is aimed at: its object, the place it names, the other subject, the pair told before,
     * the people or forces it names; null when there is no one. Records in {@code roles} who else did it.
     */
    private EntityKey readTarget(PatternMatch m, Sentence sentence, List<Token> tokens, List<ActorSpan> actors,
            ArticleContext ctx, SourceReading read, Roles roles) {
        VerbPattern p = m.pattern();
        ActorSpan source = m.source();
        EntityKey sourceKey = read.key();
        EntityKey coordinated = read.coordinated();
        EntityKey pairTarget = read.pairTarget();
        boolean passive = read.passive();
        boolean cooperative = codes.get(p.code()).quadClass() <= 2;
        EntityKey host = passive || !p.code().startsWith("042") ? null : countries.visitedHost(ctx, tokens, m);
        EntityKey targetKey = passive ? null : host != null ? host : m.target() != null ? m.target().mention().key() : null;
        if (m.target() != null && targetKey != null && TargetSlots.meetingVenue(p.code(), tokens, m.target())) {
            targetKey = null; // "Both leaders met in April in Panama": where they met, not whom
        }
        if (!passive && codes.get(p.code()).root().equals(REDUCED_RELATIONS)) {
            List<EntityKey> posts = countries.envoyPosts(ctx, sentence, tokens, m, sourceKey);
            targetKey = !posts.isEmpty() ? posts.get(0) : targetKey; // "recalled its ambassador in Brasília, Manuel Vadell"
            if (posts.size() > 1) {
                roles.groupTargets.addAll(posts.subList(1, posts.size())); // "its ambassadors to Dublin and Oslo"
            }
        }
        if (targetKey == null && !passive) {
            // "arrived in Beijing and will travel to Shanghai to visit the New Development Bank": the place right
            // after the act is its object, before any actor later in the clause
            targetKey = countries.placeObject(ctx, sentence, tokens, m, sourceKey);
        }
        // "demanded that the government table the text in Parliament": an unnamed state right after the act is its
        // object, before any actor later in the clause
        // ("accused the government of damaging relations with Israel": the gap's state noun is the object, unless a
        // name stands for it there: "accused the governor of" after naming him)
        int gapNoun = nouns.stateNounInGap(tokens, m);
        boolean stateInGap = gapNoun >= 0 && ActorSpan.startingAt(actors, gapNoun) == null
                && ActorSpan.startingAt(actors, gapNoun - 1) == null;
        // ("Sisi and Erdogan signed a joint declaration on the Cooperation Council": what two subjects did jointly
        // is done with each other, not with the body it is about)
        // (but "Bulgaria and Romania signed a joint declaration with Austria and Hungary" names its partners)
        boolean jointPair = cooperative && coordinated != null && ClauseReadings.jointIn(tokens, m)
                && !ClauseReadings.partnerNamedAfter(tokens, m);
        // ("received the two ministers in the Oval Office": the pair the act names is its object, not the place after)
        boolean pairNamed = false;
        for (int k = m.first() + 1; !passive && !pairNamed && k <= m.last(); k++) {
            pairNamed = ctx.pair().namedAfter(tokens, k) != null;
        }
        if (targetKey == null && !passive && !nouns.bareStateNounObject(tokens, m) && !stateInGap && !jointPair
                && !pairNamed) {
            targetKey = objectAfter(index, ctx.table(), tokens, actors, m, sourceKey, cooperative);
            if (cooperative && coordinated != null && targetKey != null && UnnamedFighters.among(actors, targetKey)) {
                // "Britain and France agreed to set up a unit to disrupt supplies to smuggling gangs": no one
                // cooperates with unnamed gangs; the two subjects do it with each other
                targetKey = null;
            }
        }
        if (targetKey == null && !passive && !cooperative) {
            targetKey = TargetSlots.placeOfWhereClause(tokens, actors, m); // "to Lebanon, where Israeli strikes have"
            if (targetKey == null) {
                targetKey = countries.placeBeforeWhere(ctx, sentence, tokens, m, sourceKey);
            }
        }
        if (targetKey == null && !passive && LISTED_OBJECTS.contains(codes.get(p.code()).root())) {
            // "met a group of leaders, among them Mottley", "slapped sanctions on 11 individuals, including
            // President Emmerson Mnangagwa"
            targetKey = TargetSlots.namedAmong(tokens, actors, m);
        }
        if (targetKey == null && !passive && p.code().startsWith(SUMMONS) && envoyOfItsOwn(tokens, m)) {
            // "suspended trade talks with Israel, summoned its ambassador": the envoy of the state the clause named
            targetKey = foreignStateBefore(ctx, tokens, actors, m.first(), sourceKey);
        }
        if (!passive && (p.code().startsWith("1724") || p.code().startsWith("1723"))) {
            // "declared a state of emergency in Rivers State", "a curfew imposed by the government after armed men
            // attacked": a state's emergency rule and its curfew fall on its own country, whoever the clause names
            String own = actor(ctx.table(), sourceKey).countryCode();
            targetKey = own == null ? targetKey : countries.countryKey(own);
        }
        if (targetKey != null && !passive && p.code().startsWith("192") && targetKey.kind() == EntityKind.ORGANIZATION
                && targetKey.countryCode() == null) {
            targetKey = null; // "captured the Northeastern Command": a base or a command taken is ground, not a side
        }
        if (targetKey == null && !passive && p.code().startsWith("192")) {
            // "the MNDAA captured the Northeastern Command in Lashio": the state of the place taken (where a fight
            // happened says nothing of whom it was against: "gunmen shot dead two officials in Maputo")
            targetKey = countries.countryWhereDone(ctx, sentence, tokens, m, sourceKey, FOUGHT_PLACE_REACH);
        }
        if (source != null && m.target() == null && !p.received() && roles.agent == null) {
            // "drills staged by the U.S. and the ROK": who is coordinated with the named source did it too
            roles.agent = source;
            List<EntityKey> partners = coordinatedAfter(tokens, actors, source, Set.of(sourceKey.id()));
            if (targetKey != null && partners.contains(targetKey)) {
                targetKey = null;
            }
        }
        EntityKey objectRead = targetKey;
        if (targetKey != null && coordinated != null && !passive && roles.listedSources.stream()
                .anyMatch(listed -> countries.sameActor(ctx.table(), listed, objectRead))) {
            // "Kyrgyzstan, China and Uzbekistan signed the agreement on the China-Kyrgyzstan-Uzbekistan railway": a
            // member of the list of subjects is one of the parties, not their target
            targetKey = null;
        }
        // (a visit or an attendance by a list is each member's own: "envoys from Egypt, Qatar and Russia attended the
        // ceremony"; a pair travelling together is a guest with a host: "Modi and Dissanayake will travel to")
        EntityKey storyHost = countries.hostCountry(ctx);
        // ... but two guests of the story's country arrive together: "Iceland's Foreign Minister Bjarni Benediktsson
        // and Liechtenstein's Foreign Minister Dominique Hasler arrived in the national capital" from New Delhi
        boolean guestsOfHost = p.code().startsWith("042") && targetKey == null && coordinated != null
                && roles.listedSources.isEmpty() && storyHost != null
                && LocalCountries.foreignToBoth(ctx.table(), storyHost, sourceKey, coordinated);
        if (guestsOfHost) {
            targetKey = storyHost;
        }
        boolean withEachOther = BETWEEN_THEMSELVES.contains(codes.get(p.code()).root())
                && !(p.code().startsWith("042") && !roles.listedSources.isEmpty())
                && PRAISE_OF_OTHERS.stream().noneMatch(p.code()::startsWith);
        if (targetKey == null && coordinated != null && !passive && (MEDIATION.contains(p.code())
                || !p.mutual() && !withEachOther && !ClauseReadings.eachOther(tokens, m.first(), m.last()))) {
            // "Egypt and Qatar have been mediating between the two sides", "South Korea, the US and Japan condemned
            // the launch": both did it, to someone else
            roles.coSource = coordinated;
        } else if (targetKey == null) {
            targetKey = coordinated;
            roles.amongSubjects = coordinated != null && !passive;
        } else if (coordinated != null && !passive && (guestsOfHost
                || foreignToBoth(ctx.table(), targetKey, sourceKey, coordinated))) {
            roles.coSource = coordinated; // "Chung and Blinken agreed to engage with North Korea": both did
        }
        if (targetKey == null && pairTarget != null) {
            targetKey = pairTarget;
        } else if (pairTarget != null && roles.coSource == null && !countries.sameActor(ctx.table(), pairTarget, targetKey)) {
            if (cooperative && !LocalCountries.foreignToBoth(ctx.table(), targetKey, sourceKey, pairTarget)) {
                // "the two presidents signed a declaration raising Egyptian-French relations": with each other
                targetKey = pairTarget;
            } else {
                roles.coSource = pairTarget; // "the two ministers condemned Israel": each of them did
            }
        }
        if (targetKey == null && cooperative && (ctx.pair().meetingNounIn(tokens, m.first(), m.last())
                || ClauseReadings.jointIn(tokens, m))) {
            // "Tokyo had suggested the summit": the summit with the other party of the talks told before
            String own = actor(ctx.table(), sourceKey).countryCode();
            targetKey = own == null ? null
                    : ctx.pair().otherThan(key -> own.equals(actor(ctx.table(), key).countryCode()));
        }
        BilateralPair.Parties object = null;
        for (int k = m.first() + 1; targetKey == null && !passive && object == null && k <= m.last() + 1; k++) {
            object = ctx.pair().namedAfter(tokens, k); // "thanked both delegations", "thanking the two sides"
        }
        if (object != null) {
            // "Badr thanked both delegations": each party of the talks told before, unless the actor is one of them
            boolean firstActs = countries.sameActor(ctx.table(), sourceKey, object.first())
                    || sameCountry(ctx.table(), sourceKey, object.first());
            boolean secondActs = countries.sameActor(ctx.table(), sourceKey, object.second())
                    || sameCountry(ctx.table(), sourceKey, object.second());
            targetKey = firstActs ? (secondActs ? null : object.second()) : object.first();
            roles.pairObject = firstActs || secondActs ? null : object.second();
        }
        if (targetKey == null && refersBack(tokens, m)) {
            targetKey = topic(actors, sourceKey);
        }
        ActorSpan namedFighters = targetKey == null ? null : UnnamedFighters.namedGroupAfter(tokens, actors, targetKey);
        if (namedFighters != null) {
            targetKey = namedFighters.mention().key(); // "pounded militants' bastion in Taliban-controlled Wardoj"
        }
        if (targetKey != null && (countries.sameActor(ctx.table(), sourceKey, targetKey)
                || p.code().equals(DENIAL) && sameCountry(ctx.table(), sourceKey, targetKey)
                || p.code().startsWith(REDUCED_RELATIONS) && targetKey.kind() != EntityKind.PERSON
                        && sameCountry(ctx.table(), sourceKey, targetKey))) {
            // ("Vucic denied that Belgrade was behind the attack": a denial speaks for its own side, and answers the
            // one who accused it; "Chavez withdrew Venezuela's envoy", "announced the closure of the Venezuelan
            // embassy in Bogota": relations are cut with another state)
            targetKey = null;
        }
        // "accused the delegation of breaching protocol" after "a high-level US delegation" came: the visitors' state
        EntityKey delegation = targetKey == null && !passive && theDelegationIn(tokens, m)
                ? countries.namedDelegation(ctx, tokens.get(m.first()).start()) : null;
        // "called on the junta led by Gen. Abdourahamane Tchiani": the one leading the body the act names
        ActorSpan leader = targetKey == null && !passive ? nouns.leaderOfObject(tokens, actors, m) : null;
        if (targetKey == null && !passive && nouns.populationAfter(tokens, actors, m)) {
            targetKey = countries.localCountryKey(ctx, sentence, sourceKey); // "fired tear gas at protesters": the local people
            if (cooperative && targetKey != null && countries.sameActor(ctx.table(), sourceKey, targetKey)) {
                targetKey = null; // "the Qatar Fund pledged aid for people displaced", filed from Doha: not Qatar's people
            }
        } else if (delegation != null && !sameCountry(ctx.table(), sourceKey, delegation)) {
            targetKey = delegation;
        } else if (leader != null) {
            targetKey = leader.mention().key();
        } else if (targetKey == null && !passive && nouns.stateNounObject(tokens, m)) {
            // "urged the army to": the forces of the story's country; "arrested an opposition leader", "protests
            // against the government": the actor's own when the dateline's country is named nowhere
            String root = codes.get(p.code()).root();
            boolean atHome = root.equals("17") || root.equals("14"); // coercion and protest are mostly domestic
            targetKey = countries.localCountryKey(ctx, sentence, atHome ? sourceKey : null);
            if (targetKey == null && sourceKey.kind() != EntityKind.COUNTRY && SAID_TO_THE_TARGET.contains(root)) {
                // "Opposition leader Elly Schlein accused the government of" in a story without a dateline: the
                // government of the one who demands, accuses or threatens
                targetKey = countries.countryKey(actor(ctx.table(), sourceKey).countryCode());
            }
        }
        if (targetKey == null && !passive) {
            targetKey = countries.placeObject(ctx, sentence, tokens, m, sourceKey); // "visit Tokyo", "shells at Seoul"
        }
        if (targetKey == null && !passive && p.code().startsWith("042")) {
            targetKey = countries.visitedHere(ctx, tokens, m); // "who arrived here on a two-day official visit"
        }
        if (targetKey == null && !passive && p.code().startsWith("113")) {
            targetKey = countries.homeGovernment(ctx, sentence, sourceKey); // rallying supporters against their state
        }
        if (targetKey == null && !passive && codes.get(p.code()).root().equals("14")) {
            targetKey = countries.foreignPlaceAfter(ctx, sentence, tokens, m, sourceKey); // "a protest in Beijing"
            if (targetKey == null) {
                targetKey = countries.homeGovernment(ctx, sentence, sourceKey); // "protesters marched in Islamabad"
            }
        }
        if (targetKey == null && !passive && codes.get(p.code()).root().equals("15")) {
            targetKey = countries.foreignPlaceAfter(ctx, sentence, tokens, m, sourceKey); // "military exercises in Alaska"
            if (targetKey == null) {
                targetKey = TargetSlots.countryAround(ctx.table(), tokens, actors, sourceKey); // "aircraft around Taiwan"
            }
        }
        if (!passive && VIOLENT_ROOTS.contains(codes.get(p.code()).root()) && !UnnamedFighters.among(actors, sourceKey)
                && actor(ctx.table(), sourceKey).countryCode() != null
                && (targetKey == null || UnnamedFighters.among(actors, targetKey))) {
            // "carried out strikes on militant hideouts in Iran's Sistan-Baluchestan province", "fired missiles at
            // targets in Erbil": unnamed fighters or places a state's forces struck abroad make the state they are in
            // the target
            EntityKey abroad = countries.foreignCountryIn(ctx, sentence, tokens, m, sourceKey);
            targetKey = abroad != null ? abroad : targetKey;
        }
        if (targetKey == null && bilateral(tokens, m)) {
            targetKey = topic(actors, sourceKey); // "ruled out a bilateral summit": with the other state named
        }
        if (targetKey == null && read.peopleAct() && VIOLENT_ROOTS.contains(codes.get(p.code()).root())) {
            targetKey = countries.homeGovernment(ctx, sentence, sourceKey); // "protesters stormed": their government
        }
        if (targetKey == null && !passive && p.code().startsWith(FORMAL_PROTEST)) {
            // "Koizumi said he had lodged a strong protest", after his summit with Kim: with the other party of the
            // talks the story told
            String own = actor(ctx.table(), sourceKey).countryCode();
            targetKey = own == null ? null : ctx.pair().otherThan(key -> own.equals(actor(ctx.table(), key).countryCode()));
        }
        return targetKey;
    }

    /** The match's CAMEO code, sharpened by who did it to whom and by the words around it. */
    private CameoCode codeInContext(PatternMatch m, List<Token> tokens, List<ActorSpan> actors, SourceReading read,
            EntityKey targetKey) {
        VerbPattern p = m.pattern();
        EntityKey sourceKey = read.key();
        CameoCode code = codes.get(p.code());
        if (read.peopleAct() && VIOLENT_ROOTS.contains(code.root())) {
            code = codes.get("145"); // "protesters stormed the parliament": a violent protest, not a state's force
        } else if (code.root().equals("19") && UnnamedFighters.among(actors, sourceKey) && nouns.populationAfter(tokens, actors, m)) {
            code = codes.get("180"); // "gunmen killed seven residents": violence on people, no fight between forces
        } else if (VIOLENT_ROOTS.contains(code.root()) && sourceKey.kind() == EntityKind.COUNTRY
                && nouns.protestersAfter(tokens, m)) {
            code = codes.get("175"); // "police shot dead two protesters": violent repression
        } else if ((code.code().equals("190") || code.code().equals("183")) && byAircraft(tokens, m.first())) {
            code = codes.get("195"); // "the government forces' warplanes targeted a hideout": an air strike
        } else if (sourceKey.kind() == EntityKind.COUNTRY && STATE_FORCE.containsKey(code.code())
                && !UnnamedFighters.FIGHTERS.contains(subjectHead(tokens, m.first())) && !fighterWordBefore(tokens, m.first())) {
            code = codes.get(STATE_FORCE.get(code.code())); // "Syrian government forces bombed": not a terrorist's bomb
        } else if (code.code().equals("020") && ClauseReadings.courtesyCall(tokens, m)) {
            code = codes.get("040"); // "called on Prime Minister Sharif at the PM House": a meeting, no appeal
        } else if (code.code().equals("063") && targetKey != null && targetKey.kind() == EntityKind.PERSON) {
            code = codes.get("174"); // "extradited the drug lord X": a person deported; to a state it is cooperation
        } else if (code.code().equals("192") && targetKey != null && targetKey.kind() == EntityKind.PERSON
                && sourceKey.kind() == EntityKind.COUNTRY) {
            // "U.S. forces have captured Saddam Hussein": a state's forces seize a person, no ground taken (an armed
            // group's capture of a soldier is no arrest)
            code = codes.get("173");
        }
        if (toCome(tokens, m.first())
                && !(code.root().equals(REDUCED_RELATIONS) && ClauseReadings.decidedCut(tokens, m.first()))) {
            String intent = index.futureCode(code.code(), code.root());
            code = intent == null ? code : codes.get(intent);
        }
        return code;
    }

    /**
     * Who "the two leaders" may be (persons who act for a state, with that state), and the states named before the
     * trigger, whom "the two countries" are when no act told the pair.
     */
    private BilateralPair.Leaders leaders(ArticleContext ctx, int sentence, int trigger) {
        return new BilateralPair.Leaders(k -> politicalActors.canAct(ctx.table(), k),
                k -> actor(ctx.table(), k).countryCode(), () -> ctx.table().statesNamedBefore(sentence, trigger));
    }


    /** "the Somali militant group al-Shabab attacked": a fighter's word in the few words before the verb. */
    private static boolean fighterWordBefore(List<Token> tokens, int trigger) {
        for (int k = trigger - 1; k >= Math.max(0, trigger - FIGHTER_REACH); k--) {
            if (UnnamedFighters.FIGHTERS.contains(tokens.get(k).lower())) {
                return true;
            }
            if (!tokens.get(k).isWord()) {
                return false;
            }
        }
        return false;
    }

    /** How far before the verb the fighters' word of its subject may stand: "militant group al-Shabab attacked". */
    private static final int FIGHTER_REACH = 3;

    /** "killings condemned by the UN", "bombings": a word in -ings is a noun, whatever verb it was made from. */
    private static boolean pluralGerund(PatternMatch m, List<Token> tokens) {
        String w = tokens.get(m.first()).lower();
        return w.endsWith("ings") && !m.pattern().possessed() && !writtenForm(m.pattern(), w);
    }

    /**
     * The agent of a passive whose "by" follows the trigger ("hosted by Egypt", "killings condemned by the United
     * Nations"), else null.
     */
    private ActorSpan byAgent(List<Token> tokens, List<ActorSpan> actors, PatternMatch m) {
        return m.first() + 1 < tokens.size() && tokens.get(m.first() + 1).is("by")
                ? sources.agent(actors, tokens, m.first(), m.last()) : null;
    }

    /** "X and Y ... during their phone talks": X with Y, whatever else the clause says they did. */
    private NewsEvent jointEvent(PatternMatch m, Sentence sentence, List<Token> tokens, List<ActorSpan> actors,
            List<TimeMention> times, ArticleContext ctx, Set<String> ids) {
        ActorSpan second = sources.subjectSpan(tokens, actors, m.first());
        ActorSpan first = second == null ? null : JointSubjects.partnerBefore(tokens, actors, second, PREPOSITIONS);
        BilateralPair.Parties parties = first == null
                ? ctx.pair().namedBefore(tokens, m.first(), leaders(ctx, sentence.index(), m.first())) : null;
        if (parties != null && !countries.sameActor(ctx.table(), parties.first(), parties.second())) {
            // "the two sides agreed to maintain stability": the parties of the talks told before
            return compose(m, sentence, tokens, times, ctx, ids, parties.first(), parties.second(),
                    codes.get(m.pattern().code()));
        }
        if (first == null || !politicalActors.canAct(ctx.table(), first.mention().key())
                || countries.sameActor(ctx.table(), first.mention().key(), second.mention().key())) {
            return null;
        }
        return compose(m, sentence, tokens, times, ctx, ids, first.mention().key(), second.mention().key(),
                codes.get(m.pattern().code()));
    }

    /** "Obama faces pressure from Congress": Congress acts on Obama, the subject that received it. */
    private NewsEvent receivedEvent(PatternMatch m, Sentence sentence, List<Token> tokens, List<ActorSpan> actors,
            List<TimeMention> times, ArticleContext ctx, Set<String> ids, EntityKey inherited, Roles roles) {
        ActorSpan subject = SourceSlots.antecedentOfSecondRelativeVerb(tokens, actors, m.first());
        // ("Washington sanctioned Turkey's defence ministry, drawing sharp criticism from Ankara": the main clause's
        // subject received it, not the object nearest the participle)
        boolean participle = inherited != null && m.first() > 0 && tokens.get(m.first() - 1).is(",");
        subject = subject != null || participle ? subject : sources.subjectSpan(tokens, actors, m.first());
        if (subject == null && !participle) {
            subject = envoyOf(tokens, actors, m.first()); // "the ambassador of North Macedonia was summoned"
        }
        List<EntityKey> group = subject == null && !participle ? ctx.pair().groupBefore(tokens, m.first()) : null;
        if (group != null && m.source() != null && !group.contains(m.source().mention().key())
                && politicalActors.canAct(ctx.table(), m.source().mention().key())) {
            // "the two leaders were received in Cairo by Sisi": each of the pair told before
            roles.groupTargets.addAll(group.subList(1, group.size()));
            roles.group = group;
            return compose(m, sentence, tokens, times, ctx, ids, m.source().mention().key(), group.get(0),
                    codes.get(m.pattern().code()));
        }
        // "The Russian ambassador was summoned on Monday", "Rwanda's chargé d'affaires in Brussels was summoned": a
        // summons that names no one who summoned is the host's
        EntityKey source = m.source() != null ? m.source().mention().key()
                : subject != null && m.pattern().code().startsWith(SUMMONS)
                        ? countries.summoningHost(ctx, sentence, tokens, m.first(), subject.mention().key()) : null;
        // "the Navy disclosed that it had received information from the United States": the one who said so
        EntityKey subjectKey = subject != null ? subject.mention().key() : participle ? inherited
                : group == null ? sources.subject(tokens, actors, m.first(), null, false) : null;
        if (subjectKey == null || source == null || !politicalActors.canAct(ctx.table(), source)
                || countries.sameActor(ctx.table(), source, subjectKey)) {
            return null;
        }
        ActorSpan partner = subject == null ? null : sources.partnerBefore(tokens, actors, subject);
        if (partner != null && !countries.sameActor(ctx.table(), source, partner.mention().key())) {
            // "Ursula von der Leyen and Giorgia Meloni were received by President Kais Saied": each of the pair
            roles.groupTargets.add(partner.mention().key());
        }
        if (m.source() != null) {
            // "drew strong protests from Beijing and Seoul": each who protested
            for (EntityKey also : coordinatedAfter(tokens, actors, m.source(), Set.of(source.id()))) {
                if (politicalActors.canAct(ctx.table(), also) && !countries.sameActor(ctx.table(), also, subjectKey)) {
                    roles.groupSources.add(also);
                }
            }
        }
        return compose(m, sentence, tokens, times, ctx, ids, source, subjectKey,
                codes.get(m.pattern().code()));
    }

    /** A summons of an envoy. */
    static final String SUMMONS = "114";

    /** Whether the envoy a summons names is "its" or "their" envoy: "summoned its ambassador". */
    private static boolean envoyOfItsOwn(List<Token> tokens, PatternMatch m) {
        for (int k = m.first() + 1; k <= m.last() && k < tokens.size(); k++) {
            if (tokens.get(k).is("its") || tokens.get(k).is("their")) {
                return true;
            }
        }
        return false;
    }

    /** The latest state (or its body or official) named before {@code at} in the sentence that is not the source's. */
    private static EntityKey foreignStateBefore(ArticleContext ctx, List<Token> tokens, List<ActorSpan> actors, int at,
            EntityKey source) {
        String own = actor(ctx.table(), source).countryCode();
        EntityKey found = null;
        for (ActorSpan a : actors) {
            String country = actor(ctx.table(), a.mention().key()).countryCode();
            if (a.last() < at && a.mention().key().kind() == EntityKind.COUNTRY && country != null
                    && !country.equals(own)) {
                found = a.mention().key();
            }
        }
        return found;
    }

    /** The country of an envoy named with "of" right before the verb at {@code verb}; null otherwise. */
    private static ActorSpan envoyOf(List<Token> tokens, List<ActorSpan> actors, int verb) {
        int k = verb - 1;
        while (k >= 0 && AUXILIARIES_BEFORE_PARTICIPLE.contains(tokens.get(k).lower())) {
            k--;
        }
        ActorSpan country = k >= 0 ? ActorSpan.endingAt(actors, k) : null;
        return country != null && country.first() >= 2 && tokens.get(country.first() - 1).is("of")
                && ENVOYS.contains(tokens.get(country.first() - 2).lower()) ? country : null;
    }

    private static final Set<String> AUXILIARIES_BEFORE_PARTICIPLE = Set.of("was", "were", "been", "is", "are",
            "has", "have", "had");

    /** The event of a match once its actors and code are known. */
    private NewsEvent compose(PatternMatch m, Sentence sentence, List<Token> tokens, List<TimeMention> times,
            ArticleContext ctx, Set<String> ids, EntityKey sourceKey, EntityKey targetKey, CameoCode matched) {
        Token head = tokens.get(m.first());
        boolean negated = m.negated() || negatedBefore(tokens, m.first());
        negated |= negatedBefore(tokens, m.last() + 1) && m.pattern().hasExplicitNegation();
        if (targetKey != null && !negated && BETWEEN_THEMSELVES.contains(matched.root())
                && !MEDIATION.contains(matched.code()) && !matched.code().startsWith("042")) {
            // "the two sides" of a later sentence (a mediator is no side, nor are a guest and the one whose ceremony
            // the guest attended, nor a state and its own leader, a misreading: "Australia ... talks with Albanese")
            if (!stateAndItsOwn(ctx.table(), sourceKey, targetKey)) {
                ctx.pair().remember(sourceKey, targetKey);
            }
        } else if (targetKey != null && !negated && matched.root().equals(FIGHTING)) {
            ctx.pair().rememberFight(sourceKey, targetKey); // "urged both sides to agree on a ceasefire"
        } else if (targetKey != null && !negated) {
            // "Kishida urged Xi to lift the ban, as the two leaders held their first talks": before any cooperative
            // act, two persons of one act are the pair
            ctx.pair().rememberFirstPersons(sourceKey, targetKey);
        }
        NewsEvent.Actor sourceActor = actor(ctx.table(), sourceKey);
        NewsEvent.Actor targetActor = targetKey == null ? null : actor(ctx.table(), targetKey);
        CameoCode code = repressionAtHome(expelledDiplomat(matched, targetActor), sourceActor, targetActor,
                firesIn(tokens, m));
        TimePoint untimed = UntimedEventDate.of(tokens, m.first(), ctx.defaultDate(), index::isSpeechVerb);
        // what a sentence says is still to come is coded as the intent (036, 138, ...), and an intent is expressed
        // when the story reports it, not on the day it looks forward to ("will visit Japan on Thursday")
        // (a cut in relations decided for a later day, "will close the crossing from Friday", is decided that day too)
        boolean intent = code.root().equals("03") || code.root().equals("13")
                || code.root().equals(REDUCED_RELATIONS) && ClauseReadings.decidedCut(tokens, m.first());
        // an appeal is made when the story reports it: "called on Scholz to hold the vote now rather than wait until
        // January" was made that day, and January is the time of what it asks for
        List<TimeMention> own = code.root().equals("02") ? EventDates.beforeInfinitive(times, tokens, m) : times;
        TimePoint when = intent && toCome(tokens, m.first()) ? untimed
                : EventDates.dateFor(own, tokens, m.first(), untimed, index);
        boolean asking = code.root().equals("02") || code.root().equals("10");
        if ((intent || asking) && when.date().isAfter(ctx.defaultDate().date())) {
            // "invited his counterpart to visit Budapest next year", "sought support for a candidature in the
            // elections due next year": invited and asked now, what is asked for is to come
            when = untimed;
        }
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

    /** Verbs by which an actor makes a document act: "signed an executive order", "issued a decree". */
    private static final Set<String> ENACTING = Set.of("signed", "signs", "issued", "issues", "passed", "adopted",
            "approved", "enacted", "unveiled", "announced");
    /** Words between an enacting verb and its document noun: "an executive order", "a new decree". */
    private static final int DOCUMENT_WORDS = 4;

    /** The subject of "signed an executive order" before a participle that says what the order does, else null. */
    private ActorSpan enactorOfDocumentBefore(List<Token> tokens, List<ActorSpan> actors, int participle) {
        int noun = participle - 1;
        if (noun >= 2 && tokens.get(noun - 1).is("on") && tokens.get(noun).isCapitalised()) {
            noun -= 2; // "signed an executive order on Friday cutting off aid"
        }
        if (noun < 1 || !index.isDocumentNoun(tokens.get(noun).lower())) {
            return null;
        }
        for (int k = noun - 1; k >= Math.max(0, noun - DOCUMENT_WORDS); k--) {
            if (ENACTING.contains(tokens.get(k).lower())) {
                return sources.subjectSpan(tokens, actors, k);
            }
            if (!tokens.get(k).isWord()) {
                return null;
            }
        }
        return null;
    }

    /** Titles of a diplomat posted abroad. */
    private static final java.util.regex.Pattern DIPLOMAT_TITLE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:ambassador|high commissioner|envoy|diplomat|attach[eé]|consul|charg[eé] d)");

    /**
     * "Rubio expelled ambassador Ebrahim Rasool": a diplomat expelled by name is a break in relations (161), as
     * expelled diplomats are, not the deportation (174) the verb and a person otherwise code.
     */
    /**
     * "Protesters stormed parliament, and police opened fire": a state's fire opened on its own people is repression
     * (175), not fighting, which is between armed sides.
     */
    private CameoCode repressionAtHome(CameoCode code, NewsEvent.Actor source, NewsEvent.Actor target, boolean fire) {
        boolean ownPeople = target != null && target.kind() == EntityKind.COUNTRY && source.countryCode() != null
                && source.countryCode().equals(target.countryCode()) && source.kind() != EntityKind.PERSON;
        // (only fire opened: a killing's people are placed later by where it was done, "killing five people")
        return ownPeople && fire && code.root().equals("19") ? codes.get("175") : code;
    }

    /** Whether the act's words open fire: "opened fire on", "fired on the crowd". */
    private static boolean firesIn(List<Token> tokens, PatternMatch m) {
        for (int k = m.first(); k <= m.last() && k < tokens.size(); k++) {
            if (tokens.get(k).is("fire") || tokens.get(k).is("fired")) {
                return true;
            }
        }
        return false;
    }

    private CameoCode expelledDiplomat(CameoCode code, NewsEvent.Actor target) {
        return code.code().equals("174") && target != null && target.role() != null
                && DIPLOMAT_TITLE.matcher(target.role()).find() ? codes.get("161") : code;
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

    private static List<FoundMention> mentions(ArticleContext ctx, Sentence sentence) {
        return ctx.table().mentionsIn(sentence.index());
    }

    /**
     * An event of the same root and source before it, and, when {@code targetId} is given, on the same target ("raided
     * Jenin, killing five Palestinians": both on the Palestinians).
     */
    private static boolean sameRootAndSource(NewsEvent e, List<NewsEvent> events, String targetId) {
        for (NewsEvent o : events) {
            if (o.cameo().root().equals(e.cameo().root()) && actorId(o.source()).equals(actorId(e.source()))
                    && (targetId == null || o.target() != null && targetId.equals(actorId(o.target())))) {
                return true;
            }
        }
        return false;
    }

    /** The verb of saying of the clause that ends at the comma (at most a few words before it), else -1. */
    private int speechVerbBefore(List<Token> tokens, int comma) {
        for (int k = comma - 1; k >= Math.max(0, comma - SAYING_CLAUSE_WORDS); k--) {
            if (index.isSpeechVerb(tokens.get(k).lower())) {
                return k;
            }
            if (!tokens.get(k).isWord()) {
                return -1;
            }
        }
        return -1;
    }

    /** How far before the comma of an -ing clause the verb of saying may stand: "told reporters in Moscow". */
    private static final int SAYING_CLAUSE_WORDS = 5;

    /** Where the sentence told an act of violence by the same source without a target, else -1. */
    private static int untargetedViolenceBySource(NewsEvent e, List<NewsEvent> events) {
        for (int i = events.size() - 1; i >= 0; i--) {
            NewsEvent o = events.get(i);
            if (VIOLENT_ROOTS.contains(o.cameo().root()) && o.target() == null
                    && java.util.Objects.equals(actorId(o.source()), actorId(e.source()))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The index of the sentence's last event when it is an act of violence named by a noun that is the subject of the
     * violent verb at {@code m} ("air strikes ... killed"): same source, no punctuation between; else -1.
     */
    private int violentSubjectAct(NewsEvent e, PatternMatch m, List<NewsEvent> events, List<PatternMatch> emitted,
            List<Token> tokens) {
        if (events.isEmpty() || emitted.size() != events.size() || !VIOLENT_ROOTS.contains(e.cameo().root())) {
            return -1; // (each event of the sentence is paired with the match that told it)
        }
        int last = events.size() - 1;
        NewsEvent o = events.get(last);
        PatternMatch noun = emitted.get(last);
        if (!VIOLENT_ROOTS.contains(o.cameo().root()) || !java.util.Objects.equals(actorId(o.source()), actorId(e.source()))
                || noun.last() >= m.first() || m.first() - noun.last() > SUBJECT_NOUN_GAP
                || lemmatiser.isPastParticiple(tokens.get(noun.first()).lower())
                || Lemmatiser.isIngForm(tokens.get(noun.first()).lower())) {
            return -1;
        }
        for (int k = noun.last() + 1; k < m.first(); k++) {
            if (!tokens.get(k).isWord()) {
                return -1;
            }
        }
        return last;
    }

    /** How many words may stand between an attack noun and the verb it is the subject of: "in eastern Afghanistan". */
    private static final int SUBJECT_NOUN_GAP = 6;

    /** An act of violence by the same source already told in the sentence. */
    private static boolean sameViolenceBySource(NewsEvent e, List<NewsEvent> events) {
        return events.stream().anyMatch(o -> VIOLENT_ROOTS.contains(o.cameo().root())
                && java.util.Objects.equals(actorId(o.source()), actorId(e.source())));
    }

    /** The same code, source and target a few words apart ("fired tear gas to disperse") is one event. */
    private static boolean repeats(NewsEvent e, PatternMatch m, List<NewsEvent> events, List<PatternMatch> emitted,
            List<Token> tokens) {
        // ("called on Pakistani officials to refrain ... and urged Islamabad to resolve": one appeal, told twice)
        // (two acts of another kind stay two: "revoked defence agreements and ordered the troops to leave")
        boolean secondVerb = ClauseReadings.secondVerb(tokens, m.first());
        boolean coordinated = e.target() != null && secondVerb
                && (e.cameo().root().equals("02") || e.cameo().root().equals("10"));
        for (int i = 0; i < events.size(); i++) {
            NewsEvent o = events.get(i);
            if (secondVerb && !o.cameo().code().equals(e.cameo().code())) {
                // ("declared a state of emergency and imposed a curfew": a second verb of another kind in the root is
                // another act)
                continue;
            }
            if (o.cameo().root().equals(e.cameo().root()) && java.util.Objects.equals(actorId(o.source()), actorId(e.source()))
                    && java.util.Objects.equals(actorId(o.target()), actorId(e.target()))
                    && (m.first() - emitted.get(i).last() <= 3 || coordinated) && !m.pattern().code().startsWith("15")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The actors of a sentence: its mentions but places, and but a social network named as where something was said
     * ("hailed the outcome on Twitter"), which is no party to any act.
     */
    private static List<ActorSpan> actors(List<FoundMention> mentions, List<Token> tokens) {
        List<ActorSpan> actors = new ArrayList<>();
        for (FoundMention m : mentions) {
            if (m.key().kind() == EntityKind.LOCATION || PlatformMentions.isPlatform(m.key().name())
                    && PlatformMentions.mediumBefore(tokens, m.first())) {
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

    /** Verbs of joining others in what the "in"-gerund after them names: "followed suit in severing ties". */
    private static final Set<String> JOINING = Set.of("suit", "joined", "joins", "join", "joining");
    /** How far before its "in" the joining verb may stand: "joined Saudi Arabia and the UAE in". */
    private static final int JOINING_REACH = 6;

    /**
     * "Yemen followed suit in severing relations", "Bahrain joined Riyadh in cutting ties": the subject's own act told
     * by an "in"-gerund; the index of the joining verb, else -1.
     */
    private static int joiningVerb(List<Token> tokens, int gerund) {
        if (gerund < 2 || !tokens.get(gerund - 1).is("in")) {
            return -1;
        }
        for (int k = gerund - 2; k >= Math.max(0, gerund - 1 - JOINING_REACH); k--) {
            if (JOINING.contains(tokens.get(k).lower())) {
                return tokens.get(k).is("suit") && k > 0 ? k - 1 : k;
            }
            if (tokens.get(k).is(",") || tokens.get(k).is(";")) {
                return -1;
            }
        }
        return -1;
    }

    /** Roots whose object may be a group named by one of its members: meetings, accusations, sanctions, coercion. */
    private static final Set<String> LISTED_OBJECTS = Set.of("04", "11", "16", "17");

    /** A formal protest, lodged with someone. */
    private static final String FORMAL_PROTEST = "114";

    /** The root of reduced relations: recalls, expulsions, cuts in ties, never with the actor's own state. */
    private static final String REDUCED_RELATIONS = "16";

    /** The code of a denial of responsibility, whose target is never the denier's own state. */
    private static final String DENIAL = "016";

    /** Whether one of the two is a state and the other acts for it ("Australia" and "Anthony Albanese"). */
    private static boolean stateAndItsOwn(EntityTable table, EntityKey a, EntityKey b) {
        return (a.kind() == EntityKind.COUNTRY || b.kind() == EntityKind.COUNTRY) && sameCountry(table, a, b);
    }

    private static boolean sameCountry(EntityTable table, EntityKey a, EntityKey b) {
        String country = actor(table, a).countryCode();
        return country != null && country.equals(actor(table, b).countryCode());
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
