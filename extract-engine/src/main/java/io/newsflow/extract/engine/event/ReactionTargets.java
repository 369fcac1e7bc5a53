package io.newsflow.extract.engine.event;

import java.util.List;
import java.util.Set;

import io.newsflow.contract.EntityKind;
import io.newsflow.contract.NewsEvent;
import io.newsflow.extract.engine.nlp.Sentence;
import io.newsflow.extract.engine.nlp.Token;

/**
 * A reaction to an act the story told before: "North Korea fired a missile ... The United States condemned the
 * launch", "Turkey welcomed the agreement". The reaction names the act with a pointing word and a noun of
 * {@code event-nouns.tsv}; its target is who did that act, the source of the latest earlier event of a root the
 * noun can name, when the sentence gave the reaction no target of its own. A threat to respond or retaliate answers
 * the latest violence against the threatening state ("an Israeli strike killed two Iranians ... Iran reserves the
 * right to respond").
 */
public final class ReactionTargets {
    private static final Set<String> POINTING_WORDS = Set.of("the", "this", "that", "these", "those", "such");
    /** Reactions: public statements, approval, disapproval, rejection, threats, protest. */
    private static final Set<String> REACTION_ROOTS = Set.of("01", "05", "11", "12", "13", "14");
    /** Times whose possessive points at an act as "the" does: "criticised Wednesday's verdict". */
    private static final Set<String> POINTING_TIMES = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "yesterday", "today", "week", "month", "year", "weekend");
    /** What may stand between a passive reaction and the noun of its subject: "The visit was also condemned by". */
    private static final Set<String> PASSIVE_AUXILIARIES = Set.of("was", "were", "has", "have", "had", "been", "is",
            "are", "also", "widely", "sharply", "strongly", "swiftly", "quickly", "immediately");
    /** Words between the pointing word and its noun: "the latest launch", "the deadly suicide attack". */
    private static final int MODIFIERS = 2;
    private static final int SENTENCES_BACK = 3;

    private ReactionTargets() {
    }

    /**
     * Acts a state does at home that the story need not code as an event between two actors: "France condemned the
     * coup", "the ambassador condemned the sentence". A reaction to one of them, when no coded act answers, is aimed
     * at the state of the story's country.
     */
    private static final Set<String> HOME_ACTS = Set.of("coup", "takeover", "putsch", "sentence", "sentencing",
            "conviction", "verdict", "crackdown", "election", "elections", "referendum",
            // a parliament's acts: "The Knesset approved two laws ... Jordan condemned the legislation"
            "law", "laws", "legislation", "bill", "bills", "decree", "amendment", "amendments", "vote",
            // the police's acts: "Ennahdha condemned the arrest"
            "arrest", "arrests", "detention", "detentions");

    /** International courts, whose rulings the story's reactions answer: the ICJ, the ICC. */
    private static final Set<String> INTERNATIONAL_COURTS = Set.of("ICJ", "ICC");
    /** What a court hands down: "welcomed the ruling", "rejected the judgment", "condemned the warrants". */
    private static final Set<String> COURT_ACTS = Set.of("ruling", "rulings", "verdict", "judgment", "judgement",
            "order", "orders", "opinion", "warrant", "warrants", "decision");

    /** The international court the story names (the first the table holds of the ICJ and the ICC), else null. */
    public static NewsEvent.Actor courtNamedIn(io.newsflow.extract.engine.entity.EntityTable table) {
        io.newsflow.extract.engine.entity.EntityKey court = bodyNamedIn(table, INTERNATIONAL_COURTS);
        return court == null ? null : EventExtractor.actor(table, court);
    }

    /** The first international body of {@code codes} the story names ("ICJ", "ICTY"), else null. */
    static io.newsflow.extract.engine.entity.EntityKey bodyNamedIn(io.newsflow.extract.engine.entity.EntityTable table,
            Set<String> codes) {
        return table.keys().stream().filter(k -> k.kind() == EntityKind.ORGANIZATION && k.countryCode() != null
                && codes.contains(k.countryCode())).findFirst().orElse(null);
    }

    /**
     * Gives, in {@code found}, each untargeted reaction of {@code sentence} the actor of the act it names, or for an
     * act done at home ({@link #HOME_ACTS}) the story's country {@code home} (null when the story has none).
     * {@code court} is the international court the story names, or null: a reaction to "the ruling" or "the judgment"
     * in a story of the ICJ or the ICC answers the court ("Pandor welcomed the ruling"), whatever was told between.
     */
    public static void apply(Sentence sentence, List<NewsEvent> found, NewsEvent.Actor home, NewsEvent.Actor court,
            ActDoers doers) {
        List<Token> tokens = sentence.tokens();
        // the sentence's events are the last found: an article's earlier ones are not walked again
        for (int k = found.size() - 1; k >= 0 && found.get(k).sentenceIndex() == sentence.index(); k--) {
            NewsEvent reaction = found.get(k);
            if (reaction.target() == null && home != null && APPEAL_ROOTS.contains(reaction.cameo().root())
                    && toAllSides(tokens, reaction) && !home.countryCode().equals(reaction.source().countryCode())) {
                // "China called on all sides to ensure Bongo's safety": the sides of the story's country
                found.set(k, reaction.withActors(reaction.source(), home));
                continue;
            }
            if (reaction.target() == null && home != null
                    && reaction.cameo().code().startsWith(EventExtractor.PLEDGE_OF_AID)
                    && reaction.source().countryCode() != null
                    && !home.countryCode().equals(reaction.source().countryCode())) {
                // "Kenya has pledged 1,000 officers" in a story from Port-au-Prince: pledged to the story's country
                found.set(k, reaction.withActors(reaction.source(), home));
                continue;
            }
            NewsEvent wrong = reaction.target() == null && reaction.cameo().code().equals(APOLOGY)
                    ? ownWrongNamed(found, k, tokens, reaction) : null;
            if (wrong != null) {
                // "admitted that agents had abducted Japanese nationals and apologized for the kidnappings": to those
                // the apologiser's own side wronged
                found.set(k, reaction.withActors(reaction.source(), wrong.target()));
                continue;
            }
            if (reaction.target() == null && home != null && reaction.cameo().code().equals(APOLOGY)
                    && reaction.source().countryCode() != null
                    && !home.countryCode().equals(reaction.source().countryCode())) {
                // "the US ambassador expressed his deepest regret for the incident" in a story from Lahore: to the
                // state where it happened
                found.set(k, reaction.withActors(reaction.source(), home));
                continue;
            }
            if (reaction.target() != null || !REACTION_ROOTS.contains(reaction.cameo().root())) {
                continue;
            }
            int passiveNoun = passiveSubject(tokens, reaction);
            boolean courtActBefore = passiveNoun >= 0 && COURT_ACTS.contains(tokens.get(passiveNoun).lower());
            if (court != null && (actNamedAfter(tokens, reaction, COURT_ACTS) || courtActBefore) // "the ruling was welcomed by"
                    && !java.util.Objects.equals(court.entityId(), reaction.source().entityId())) {
                found.set(k, reaction.withActors(reaction.source(), court));
                continue;
            }
            // the roots of the act the reaction names, and the noun that names it (after the reaction's words, as a
            // passive's subject, or inside its words)
            Set<String> roots = nounAfter(tokens, reaction);
            int nounAt = roots != null ? nounIndexAfter(tokens, reaction) : -1;
            roots = roots != null ? roots : passiveSubjectNoun(tokens, reaction);
            nounAt = nounAt >= 0 || roots == null ? nounAt : passiveSubject(tokens, reaction);
            roots = roots != null ? roots : objectInAction(tokens, reaction);
            nounAt = nounAt >= 0 || roots == null ? nounAt : objectIndexInAction(tokens, reaction);
            String actNoun = nounAt >= 0 ? tokens.get(nounAt).lower() : null;
            // ("Kremlin spokesman Dmitry Peskov called it a shameful moment": "it" is never his own state's act)
            boolean pronoun = roots == null && pronounObject(tokens, reaction);
            roots = roots != null ? roots : relativeToTheSentence(tokens, reaction) || pronoun ? ANY_ACT : null;
            // another country's act first; else, for a person, an act of his own country's state or a compatriot's
            NewsEvent act = roots == null ? null : latestNaming(found, k, roots, actNoun, reaction);
            act = act != null || roots == null ? act : latestBefore(found, k, roots, reaction, false);
            act = act != null || roots == null || pronoun ? act : latestBefore(found, k, roots, reaction, true);
            act = act != null || roots != null || !retaliation(reaction) ? act : latestAttackOn(found, k, reaction);
            act = act != null || !reaction.cameo().code().equals(DENIAL) ? act : latestAccusationOf(found, k, reaction);
            if (act != null) {
                found.set(k, reaction.withActors(reaction.source(), act.source()));
                if (bothParties(act, reaction)) {
                    // "Kallas welcomed the breakthrough" after Armenia and Azerbaijan agreed: each party's act
                    found.add(k + 1, withOtherParty(reaction, act.target()));
                }
            } else if (home != null && actNamedAfter(tokens, reaction, HOME_ACTS)
                    && (!home.countryCode().equals(reaction.source().countryCode())
                            // "Ennahdha condemned the arrest": a party or group at home opposes its state
                            || reaction.source().kind() == EntityKind.ORGANIZATION)) {
                found.set(k, reaction.withActors(reaction.source(), home));
            } else if ((roots == null || !EventNouns.anyAct(roots)) && DOER_ROOTS.contains(reaction.cameo().root())) {
                // an act the story told but coded as no event: "Saudi agents killed him ... Merkel condemned the killing",
                // "Museveni signed the bill ... Carney condemned the signing"
                // ("calling the executions cruel": the noun may stand inside the reaction's own words)
                int after = roots == null ? -1 : nounIndexAfter(tokens, reaction);
                int noun = roots == null ? headNounAfter(tokens, reaction)
                        : after >= 0 ? after : objectIndexInAction(tokens, reaction);
                NewsEvent.Actor doer = noun < 0 ? null
                        : doers.doerOf(tokens.get(noun).lower(), sentence, noun, reaction.source());
                if (doer != null) {
                    found.set(k, reaction.withActors(reaction.source(), doer));
                }
            }
            NewsEvent now = found.get(k);
            if (now.target() == null && home != null && judgement(now)
                    && actNamedAfter(tokens, now, UNOWNED_ACTS) && now.source().countryCode() != null
                    && !home.countryCode().equals(now.source().countryCode())) {
                // "Mnuchin welcomed the announcement" in a story of Argentina's: no act told names its doer, and the
                // step a foreign voice judges is the story's state's
                found.set(k, now.withActors(now.source(), home));
            }
        }
    }

    /** Whether the act is praise (051) or disapproval (11), which a foreign voice passes on the story's state's steps. */
    private static boolean judgement(NewsEvent act) {
        return act.cameo().code().startsWith("051") || act.cameo().root().equals("11");
    }

    /** Nouns of a step that name no kind of act: "welcomed the decision", "criticised the move". */
    private static final Set<String> UNOWNED_ACTS = Set.of("decision", "decisions", "move", "step", "steps",
            "announcement", "news", "report", "plan", "proposal", "initiative", "measure", "measures", "action");

    /** Words that end the noun phrase of a reaction's object: "condemned the signing and said", "the ban as". */
    private static final Set<String> PHRASE_ENDS = Set.of("as", "and", "of", "on", "in", "at", "by", "which", "that",
            "but", "while", "after", "before", "saying", "calling", "describing", "for", "with", "from", "to");

    /**
     * The head of the object a reaction points at, any noun ("condemned the signing", "criticised the embargo"): the
     * last word after the pointing word before the phrase ends; -1 when there is no pointing word.
     */
    private static int headNounAfter(List<Token> tokens, NewsEvent reaction) {
        int pointing = pointingWord(tokens, tokenAfterAction(tokens, reaction));
        if (pointing < 0) {
            return -1;
        }
        int head = -1;
        for (int k = pointing + 1; k < tokens.size() && k <= pointing + 1 + MODIFIERS; k++) {
            Token t = tokens.get(k);
            if (!t.isWord() || PHRASE_ENDS.contains(t.lower())) {
                break;
            }
            head = k;
        }
        return head;
    }

    /**
     * Reactions whose target may be the doer of an act the story told without coding it: approval, disapproval and
     * protest ("welcomed the sanctions imposed on her by the United Kingdom").
     */
    private static final Set<String> DOER_ROOTS = Set.of("05", "11", "12", "13", "14");

    /** Appeals and demands, which a foreign voice makes to all the sides of a crisis. */
    private static final Set<String> APPEAL_ROOTS = Set.of("02", "10");
    /** "all parties", "all sides", "all the parties concerned", "all stakeholders", "all actors". */
    private static final Set<String> SIDES = Set.of("parties", "sides", "stakeholders", "actors", "factions");

    /** Whether the appeal is made to all the sides: "called on all parties to exercise restraint". */
    private static boolean toAllSides(List<Token> tokens, NewsEvent appeal) {
        int next = tokenAfterAction(tokens, appeal);
        int from = next;
        // the action's words may end before or after "on" or "to": "called on", "urged", "appealed to"
        while (from >= 0 && from < tokens.size() && from < next + 2 && (tokens.get(from).is("on") || tokens.get(from).is("to"))) {
            from++;
        }
        if (from < 0 || from + 1 >= tokens.size() || !tokens.get(from).is("all")) {
            return false;
        }
        int noun = tokens.get(from + 1).is("the") ? from + 2 : from + 1;
        return noun < tokens.size() && SIDES.contains(tokens.get(noun).lower());
    }

    /** An apology, which a foreign actor makes to the state where what it regrets happened. */
    private static final String APOLOGY = "055";

    /** Praise and welcome, which a third party gives each party of a cooperative act. */
    private static final String PRAISE = "05";

    /**
     * Whether the act answered was done by two states together (talks, an agreement, cooperation between two
     * countries; not one's approval of the other's bid), so that a third party's welcome is aimed at each.
     */
    private static boolean bothParties(NewsEvent act, NewsEvent reaction) {
        String first = act.source().countryCode();
        String second = act.target() == null ? null : act.target().countryCode();
        String reacting = reaction.source().countryCode();
        boolean joint = act.cameo().root().equals("04") || act.cameo().root().equals("06") || act.cameo().code().startsWith("057");
        return joint && reaction.cameo().root().equals(PRAISE) && first != null && second != null && !first.equals(second)
                && act.target().kind() == EntityKind.COUNTRY
                && !first.equals(reacting) && !second.equals(reacting);
    }

    private static NewsEvent withOtherParty(NewsEvent reaction, NewsEvent.Actor other) {
        return reaction.withActors(reaction.source(), other).withEventId(io.newsflow.contract.ArticleIds.derivedId("e",
                reaction.eventId(), other.entityId() == null ? other.name() : other.entityId()));
    }

    /**
     * The latest act before the apology at {@code k}, of the kind its words name ("apologized for the kidnappings"),
     * that the apologiser's own state did to someone; else null.
     */
    private static NewsEvent ownWrongNamed(List<NewsEvent> found, int k, List<Token> tokens, NewsEvent apology) {
        Set<String> roots = nounAfter(tokens, apology);
        String own = apology.source().countryCode();
        if (roots == null || own == null || EventNouns.anyAct(roots)) {
            return null;
        }
        for (int i = k - 1; i >= 0; i--) {
            NewsEvent act = found.get(i);
            if (roots.contains(act.cameo().root()) && act.target() != null && own.equals(act.source().countryCode())
                    && !own.equals(act.target().countryCode())) {
                return act;
            }
        }
        return null;
    }

    /** The roots the noun right after the reaction's words can name: "condemned the launch" is a 15's. */
    private static Set<String> nounAfter(List<Token> tokens, NewsEvent reaction) {
        int noun = nounIndexAfter(tokens, reaction);
        return noun < 0 ? null : EventNouns.rootsOf(tokens.get(noun).lower());
    }

    /** Where the noun of an act stands right after the reaction's words, past what the speaker called it; else -1. */
    private static int nounIndexAfter(List<Token> tokens, NewsEvent reaction) {
        int next = tokenAfterAction(tokens, reaction);
        if (next < 0) {
            return -1;
        }
        int named = ClauseWords.pastWhatTheyCalled(tokens, next);
        if (named > next) {
            // "condemned what he called a cowardly attack": the speaker's own words for the act told before
            return nounIndexFrom(tokens, named < tokens.size() && (tokens.get(named).is("a") || tokens.get(named).is("an")
                    || POINTING_WORDS.contains(tokens.get(named).lower())) ? named + 1 : named);
        }
        int pointing = pointingWord(tokens, next);
        pointing = pointing >= 0 ? pointing : timePossessive(tokens, next);
        return pointing < 0 ? -1 : nounIndexFrom(tokens, pointing + 1);
    }

    /** Where the pointing word stands that ends the reaction's words or follows them ("condemned the"), else -1. */
    private static int pointingWord(List<Token> tokens, int next) {
        return next > 0 && POINTING_WORDS.contains(tokens.get(next - 1).lower()) ? next - 1
                : next >= 0 && next < tokens.size() && POINTING_WORDS.contains(tokens.get(next).lower()) ? next : -1;
    }

    /** Where "'s" closes a time that points at an act ("Wednesday's verdict", "last week's decision"), else -1. */
    private static int timePossessive(List<Token> tokens, int at) {
        int time = at < tokens.size() && tokens.get(at).is("last") ? at + 1 : at;
        return time + 1 < tokens.size() && POINTING_TIMES.contains(tokens.get(time).lower())
                && tokens.get(time + 1).is("'s") ? time + 1 : -1;
    }

    /**
     * The roots the noun of a passive reaction's subject can name: "The visit was also condemned by Warsaw and
     * Vilnius" answers the one who visited.
     */
    private static Set<String> passiveSubjectNoun(List<Token> tokens, NewsEvent reaction) {
        int noun = passiveSubject(tokens, reaction);
        return noun < 0 ? null : EventNouns.rootsOf(tokens.get(noun).lower());
    }

    /** The noun a passive reaction is about ("the ruling was welcomed by"), after a pointing word; else -1. */
    private static int passiveSubject(List<Token> tokens, NewsEvent reaction) {
        int next = tokenAfterAction(tokens, reaction);
        if (next < 0 || !reaction.actionText().contains(" by ")) {
            return -1;
        }
        int verb = next - 1;
        while (verb >= 0 && !tokens.get(verb).is("by")) {
            verb--;
        }
        int noun = verb - 2; // before "condemned by"
        while (noun >= 0 && (PASSIVE_AUXILIARIES.contains(tokens.get(noun).lower())
                || ClauseWords.PLAIN_ADVERBS.contains(tokens.get(noun).lower()))) {
            noun--; // ("was also welcomed by")
        }
        for (int pointing = noun - 1; pointing >= Math.max(0, noun - 1 - MODIFIERS); pointing--) {
            if (POINTING_WORDS.contains(tokens.get(pointing).lower())) {
                return noun;
            }
            if (!tokens.get(pointing).isWord()) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether one of {@code acts} is named right after the reaction's words, past what the speaker called it: "welcomed
     * the ruling" (a court's act), "condemned the coup" (an act at home).
     */
    private static boolean actNamedAfter(List<Token> tokens, NewsEvent reaction, Set<String> acts) {
        int next = tokenAfterAction(tokens, reaction);
        return next >= 0 && wordWithin(tokens, ClauseWords.pastWhatTheyCalled(tokens, next), MODIFIERS + 1,
                acts::contains) >= 0;
    }

    /** Where the first event noun stands within a few words from {@code from}: "the deadly suicide attack". */
    private static int nounIndexFrom(List<Token> tokens, int from) {
        return wordWithin(tokens, from, MODIFIERS, w -> EventNouns.rootsOf(w) != null);
    }

    /**
     * The first of the words {@code from} to {@code from + reach} that is wanted, before any punctuation but quotation
     * marks ('a "cowardly" attack'); else -1.
     */
    private static int wordWithin(List<Token> tokens, int from, int reach, java.util.function.Predicate<String> wanted) {
        int end = from + reach;
        for (int n = from; n >= 0 && n <= end && n < tokens.size(); n++) {
            if (wanted.test(tokens.get(n).lower())) {
                return n;
            }
            if (ClauseWords.QUOTE_MARKS.contains(tokens.get(n).text())) {
                end++;
            } else if (!tokens.get(n).isWord()) {
                return -1;
            }
        }
        return -1;
    }


    private static final Set<String> ANY_ACT = Set.of("*");
    /** Nouns that sum up the act the clause before told: "a move Georgetown denounced". */
    private static final Set<String> SUMMING_NOUNS = Set.of("move", "step", "decision", "action", "act");
    /** How far before the reaction's verb its relative word may stand: "which Caracas condemned". */
    private static final int RELATIVE_REACH = 4;

    /** The roots of the object the reaction's own words hold: "called the resolution a grave mistake". */
    private static Set<String> objectInAction(List<Token> tokens, NewsEvent reaction) {
        int noun = objectIndexInAction(tokens, reaction);
        return noun < 0 ? null : EventNouns.rootsOf(tokens.get(noun).lower());
    }

    /** Where the noun of an act stands right after the reaction's verb and a pointing word ("called the move"), or -1. */
    private static int objectIndexInAction(List<Token> tokens, NewsEvent reaction) {
        int verb = tokenOfAction(tokens, reaction, false);
        return verb >= 0 && verb + 2 < tokens.size() && POINTING_WORDS.contains(tokens.get(verb + 1).lower())
                ? nounIndexFrom(tokens, verb + 2) : -1;
    }

    /** Whether the reaction's object is a pronoun for the act told before: "called it a shameful moment". */
    private static boolean pronounObject(List<Token> tokens, NewsEvent reaction) {
        int verb = tokenOfAction(tokens, reaction, false);
        return verb >= 0 && verb + 1 < tokens.size() && OBJECT_PRONOUNS.contains(tokens.get(verb + 1).lower());
    }

    private static final Set<String> OBJECT_PRONOUNS = Set.of("it", "this");

    /**
     * "The U.S. military carried out flight exercises over Guyana, which Caracas condemned as a provocation", "...,
     * a move Georgetown denounced": a reaction in a relative clause after a comma answers the act its sentence told.
     */
    private static boolean relativeToTheSentence(List<Token> tokens, NewsEvent reaction) {
        int verb = tokenOfAction(tokens, reaction, false);
        for (int k = verb - 1; k >= Math.max(1, verb - RELATIVE_REACH); k--) {
            String w = tokens.get(k).lower();
            boolean relative = w.equals("which") || SUMMING_NOUNS.contains(w) && tokens.get(k - 1).is("a");
            if (relative) {
                int comma = w.equals("which") ? k - 1 : k - 2;
                return comma >= 0 && tokens.get(comma).is(",");
            }
            if (!tokens.get(k).isWord()) {
                return false;
            }
        }
        return false;
    }

    /** The index of the first token after an event's action words in its sentence; -1 when they are not found. */
    static int tokenAfterAction(List<Token> tokens, NewsEvent event) {
        return tokenOfAction(tokens, event, true);
    }

    /** The index of the action words' first token, else -1. */
    static int tokenAtAction(List<Token> tokens, NewsEvent event) {
        return tokenOfAction(tokens, event, false);
    }

    /** The index of the action words' first token, or with {@code after} of the first token past them; else -1. */
    private static int tokenOfAction(List<Token> tokens, NewsEvent event, boolean after) {
        int at = event.sentence().indexOf(event.actionText());
        if (at < 0) {
            return -1;
        }
        int offset = event.start() + at + (after ? event.actionText().length() : 0);
        int token = 0;
        while (token < tokens.size() && tokens.get(token).start() < offset) {
            token++;
        }
        return token;
    }

    /**
     * Whether a reaction would answer its own side: the same actor, or two actors of one country ("Russia ... the
     * Russian Foreign Ministry"). With {@code compatriots}, looked at when no other country's act is there, a person
     * may answer an act of his own country's state or of a compatriot (an opposition spokesman condemning the junta's
     * airstrike, the junta rejecting his accusation).
     */
    static boolean sameSide(NewsEvent.Actor act, NewsEvent.Actor reaction, boolean compatriots) {
        if (act.entityId() != null && act.entityId().equals(reaction.entityId())) {
            return true;
        }
        boolean persons = act.kind() == EntityKind.PERSON || reaction.kind() == EntityKind.PERSON;
        return !(compatriots && persons) && act.countryCode() != null && act.countryCode().equals(reaction.countryCode());
    }

    /**
     * "Somalia condemned the attack" that Al-Shabaab claimed: violence by a group of the state's own country is no act
     * of the state's own side.
     */
    private static boolean againstTheState(boolean violence, NewsEvent.Actor doer, NewsEvent.Actor state) {
        return violence && doer.kind() == EntityKind.ORGANIZATION && state.kind() == EntityKind.COUNTRY;
    }

    /** "reserves the right to respond", "vowed to retaliate": a threat answering an act of violence. */
    private static boolean retaliation(NewsEvent reaction) {
        return reaction.cameo().root().equals("13") && RETALIATING.matcher(reaction.actionText()).find();
    }

    private static final java.util.regex.Pattern RETALIATING = java.util.regex.Pattern.compile(
            "(?i)\\b(?:respond|retaliat\\w*|hit back|avenge|revenge|response)\\b");
    private static final Set<String> VIOLENT_ROOTS = Set.of("18", "19", "20");
    /** What a threat to respond answers: violence, and an expulsion or sanctions ("would respond to the expulsion"). */
    private static final Set<String> ANSWERED_ROOTS = Set.of("16", "17", "18", "19", "20");

    /** A denial of responsibility, which answers an accusation. */
    private static final String DENIAL = "016";
    /** What a denial answers: accusations, criticism, blame. */
    private static final String ACCUSING_ROOT = "11";

    /**
     * "Kurti accused Serbia of backing the gunmen ... Vucic denied that Belgrade was behind the attack": the latest
     * accusation of the story aimed at the denier or the denier's country, by another side; null when there is none.
     */
    private static NewsEvent latestAccusationOf(List<NewsEvent> found, int reactionAt, NewsEvent reaction) {
        String accused = reaction.source().countryCode();
        for (int k = reactionAt - 1; k >= 0 && accused != null; k--) {
            NewsEvent e = found.get(k);
            if (e.cameo().root().equals(ACCUSING_ROOT) && e.target() != null
                    && accused.equals(e.target().countryCode()) && !sameSide(e.source(), reaction.source(), false)) {
                return e;
            }
        }
        return null;
    }

    /** The latest violence or coercion, in the reaction's sentence or the few before, against the reacting actor's country. */
    private static NewsEvent latestAttackOn(List<NewsEvent> found, int reactionAt, NewsEvent reaction) {
        String victim = reaction.source().countryCode();
        for (int k = reactionAt - 1; k >= 0 && victim != null; k--) {
            NewsEvent e = found.get(k);
            if (e.sentenceIndex() < reaction.sentenceIndex() - SENTENCES_BACK) {
                return null;
            }
            if (ANSWERED_ROOTS.contains(e.cameo().root()) && e.target() != null
                    && victim.equals(e.target().countryCode()) && !victim.equals(e.source().countryCode())) {
                return e;
            }
        }
        return null;
    }

    /**
     * The latest event before the reaction, in its sentence or the few before, of those roots and another source, or
     * the act the story leads with; an act of violence may stand anywhere before ("Paris and Madrid also condemned the shooting" near the story's end
     * answers the fire its lead told).
     */
    /** The code of a claim of responsibility, whose source owns the violent act a reaction names. */
    private static final String CLAIM_OF_RESPONSIBILITY = "015";

    /**
     * "North Korea carried out its first nuclear test ... South Korea's military was placed on heightened alert ...
     * Bush called the test a provocative act": of the earlier acts the noun can name, the latest whose own words
     * hold that noun, another's; else null.
     */
    private static NewsEvent latestNaming(List<NewsEvent> found, int reactionAt, Set<String> roots, String noun,
            NewsEvent reaction) {
        if (noun == null || EventNouns.anyAct(roots)) {
            return null; // "the move", "the decision": words no act's own words hold
        }
        for (int k = reactionAt - 1; k >= 0; k--) {
            NewsEvent e = found.get(k);
            boolean near = e.sentenceIndex() >= reaction.sentenceIndex() - SENTENCES_BACK;
            if (!near && e.sentenceIndex() != found.get(0).sentenceIndex()) {
                continue;
            }
            if (EventNouns.names(roots, e.cameo().root()) && !e.cameo().code().equals(reaction.cameo().code())
                    && e.actionText() != null && holdsWord(e.actionText(), noun)
                    && !sameSide(e.source(), reaction.source(), false)) {
                return e;
            }
        }
        return null;
    }

    /** Whether {@code text} holds {@code word} (lower case) as a whole word, in any case. */
    private static boolean holdsWord(String text, String word) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        for (int at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
            boolean startsWord = at == 0 || !Character.isLetter(lower.charAt(at - 1));
            int end = at + word.length();
            if (startsWord && (end == lower.length() || !Character.isLetter(lower.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    private static NewsEvent latestBefore(List<NewsEvent> found, int reactionAt, Set<String> roots, NewsEvent reaction,
            boolean compatriots) {
        boolean violence = !EventNouns.anyAct(roots) && roots.stream().allMatch(VIOLENT_ROOTS::contains);
        int lead = found.get(0).sentenceIndex();
        for (int k = reactionAt - 1; k >= 0; k--) {
            NewsEvent e = found.get(k);
            boolean near = e.sentenceIndex() >= reaction.sentenceIndex() - SENTENCES_BACK;
            // the act the story leads with is what its later reactions answer ("Netanyahu's office rejected the
            // move" five sentences after "Biden ordered sanctions")
            boolean leadAct = e.sentenceIndex() == lead;
            if (!near && !violence && !leadAct) {
                continue;
            }
            // (another's reaction of the same kind is no act to answer: "Kristersson welcomed the vote. Stoltenberg
            // also welcomed the decision" both answer the vote)
            // ("Al-Shabaab claimed responsibility for the attack ... the AU condemned the attack": the claimant did it)
            boolean claimed = violence && e.cameo().code().equals(CLAIM_OF_RESPONSIBILITY);
            if ((EventNouns.names(roots, e.cameo().root()) || claimed)
                    && (near || leadAct || claimed || VIOLENT_ROOTS.contains(e.cameo().root()))
                    && !e.cameo().code().equals(reaction.cameo().code())
                    && (againstTheState(violence, e.source(), reaction.source())
                            || !sameSide(e.source(), reaction.source(), compatriots))) {
                return e;
            }
        }
        return null;
    }
}
