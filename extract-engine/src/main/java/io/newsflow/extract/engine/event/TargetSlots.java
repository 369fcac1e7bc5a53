package io.newsflow.extract.engine.event;

import static io.newsflow.extract.engine.event.ClauseWords.CLAUSE_END;
import static io.newsflow.extract.engine.event.EventExtractor.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.newsflow.contract.EntityKind;
import io.newsflow.contract.NewsEvent;
import io.newsflow.extract.engine.dictionary.DictionaryIndex;
import io.newsflow.extract.engine.entity.EntityKey;
import io.newsflow.extract.engine.entity.EntityTable;
import io.newsflow.extract.engine.entity.FoundMention;
import io.newsflow.extract.engine.nlp.Lemmatiser;
import io.newsflow.extract.engine.nlp.Token;

/**
 * To whom: the actor spans that fill an event's target slot. The first actor after the trigger in its clause, the
 * actor a "these" or "it" refers back to, and the actors coordinated with one ("the United States, Qatar, Egypt and
 * Turkey"), each a target (or, after "by", an agent) of an event of its own.
 */
final class TargetSlots {
    private static final Set<String> COORDINATORS = Set.of(",", "and", "&");

    private TargetSlots() {
    }

    /**
     * Participles whose agent stands outside the act ("a ceasefire brokered by the United States"), where "an
     * agreement signed by Malaysia's and Indonesia's ministers" names its parties.
     */
    private static final Set<String> THIRD_PARTY_PARTICIPLES = Set.of("brokered", "mediated", "facilitated",
            "sponsored", "proposed", "drafted", "hosted", "backed", "announced", "reported");

    /**
     * Whether the actor sponsors the act: "under UN auspices", "under the auspices of the African Union", "under the
     * aegis of ECOWAS".
     */
    private static boolean underAuspices(List<Token> tokens, ActorSpan a) {
        int of = a.first() - (a.first() >= 1 && tokens.get(a.first() - 1).is("the") ? 2 : 1);
        boolean before = of >= 1 && tokens.get(of).is("of") && SPONSORSHIP.contains(tokens.get(of - 1).lower());
        boolean after = a.first() >= 1 && tokens.get(a.first() - 1).is("under") && a.last() + 1 < tokens.size()
                && SPONSORSHIP.contains(tokens.get(a.last() + 1).lower());
        return before || after;
    }

    private static final Set<String> SPONSORSHIP = Set.of("auspices", "aegis");

    /** Whether tokens [from, to) are a possessive pronoun and one or two words in lower case: "his predecessor". */
    private static boolean possessedNoun(List<Token> tokens, int from, int to) {
        if (to - from < 2 || to - from > 3 || !tokens.get(from).isPossessivePronoun()) {
            return false;
        }
        for (int k = from + 1; k < to; k++) {
            if (!tokens.get(k).isWord() || tokens.get(k).isCapitalised()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first actor after the trigger in its clause. A cooperative act goes to a foreign partner when the clause
     * names one after a compatriot: "sealed the agreement signed by its home minister and Indonesia's minister".
     */
    static EntityKey objectAfter(DictionaryIndex index, EntityTable table, List<Token> tokens, List<ActorSpan> actors,
            PatternMatch m, EntityKey source, boolean cooperative) {
        EntityKey first = null;
        String own = actor(table, source).countryCode();
        int companionEnd = -1; // where the last one who came along with a visitor ends
        for (int k = m.first() + 1; k < tokens.size(); k++) {
            if (tokens.get(k).is("\"") && tokens.get(k - 1).is("as")) {
                int close = closingQuote(tokens, k);
                if (close > k) {
                    k = close; // 'denounced as "illegitimate" the EU's sanctions': past the quoted word
                    continue;
                }
            }
            if (k == m.last() + 1 && tokens.get(k).is("\"") && quoteOpensWithin(tokens, m)) {
                continue; // 'warned of "serious consequences" for Turkey': the quote closes inside the act's words
            }
            if (k > m.last() && tokens.get(k).is(",") && possessedNoun(tokens, m.last() + 1, k)
                    && ActorSpan.startingAt(actors, k + 1) != null) {
                continue; // "criticized his predecessor, Jair Bolsonaro, for": the name the comma opens is the object
            }
            if (k > m.last() && (CLAUSE_END.contains(tokens.get(k).lower()) || secondVerbAfter(tokens, k))) {
                break; // "rejected the results and urged Portugal to help": Portugal is the second verb's
            }
            if (k == m.last() + 1 && DISAPPROVALS.contains(m.pattern().code().substring(0, 2))
                    && (actNamedWithoutDoer(tokens, k) || actNamedWithoutDoer(tokens, m.last()))) {
                break; // "condemned the decision as contrary to Georgia's sovereignty": whose decision, told before
            }
            if (k > m.last() && tokens.get(k).is("to") && m.pattern().code().startsWith("02")) {
                break; // "called on the international community to help Pakistan": who is asked, not who is helped
            }
            if (k > m.last() && tokens.get(k).is("to") && meeting(m) && k + 1 < tokens.size()
                    && !tokens.get(k + 1).isCapitalised() && !tokens.get(k + 1).is("the")) {
                break; // "would meet in Abuja to finalise a plan to restore Bazoum": what the meeting is for
            }
            if (k > m.last() + 1 && tokens.get(k).is("by") && THIRD_PARTY_PARTICIPLES.contains(tokens.get(k - 1).lower())) {
                break; // "agreed to a ceasefire brokered by the United States": a third party, not the other side
            }
            if (k > m.last() && (tokens.get(k).is("for") || tokens.get(k).is("of")) && k + 1 < tokens.size()
                    && Lemmatiser.isIngForm(tokens.get(k + 1).lower())) {
                break; // "jailed a man for helping militants join a group in Lebanon": the charge, not who is jailed
            }
            if (k > m.last() && cooperative && tokens.get(k).is("their") && !tokens.get(k - 1).is("with")
                    && !tokens.get(k - 1).is("to")) {
                // "Poland and Lithuania signed a memorandum on the protection of their borders with Belarus": what
                // is theirs belongs to the subjects, and its neighbours are no party to the act (but "signed the
                // pact with their Philippine counterparts" names the other party)
                break;
            }
            if (k > m.last() && tokens.get(k).is("in") && k + 2 < tokens.size() && tokens.get(k + 1).is("the")
                    && CRIMES.contains(tokens.get(k + 2).lower())) {
                break; // "detained a suspect in the killing of General Kirillov": the victim is no one detained
            }
            ActorSpan a = ActorSpan.startingAt(actors, k);
            if (a == null || a.mention().key().equals(source)) {
                continue;
            }
            if (k > m.last() && m.pattern().code().startsWith("11") && victimOfNamedViolence(tokens, a.first(), m.last())) {
                k = a.last(); // "condemned the attacks on the Kingdom's missions": the victim, not who is condemned
                continue;
            }
            // "a violation of U.N. Security Council resolutions": the council names the texts, it is no object
            if (a.last() + 1 < tokens.size() && index.isDocumentNoun(tokens.get(a.last() + 1).lower())
                    && wordBefore(tokens, a.first(), "of")) {
                k = a.last();
                continue;
            }
            if (k > m.last() && (m.pattern().code().startsWith("02") || m.pattern().code().startsWith("10"))
                    && forWhom(tokens, a.first(), m.last())) {
                // "demanded justice for the families of the 57 Canadians": for whom, not of whom it is asked (but
                // "an apology for the genocide committed by the Pakistani army" names who is asked)
                k = a.last();
                continue;
            }
            if (k > m.last() && underAuspices(tokens, a)) {
                k = a.last(); // "met in Abu Dhabi under UN auspices": who sponsors the meeting, not who is met
                continue;
            }
            if (k > m.last() && !cooperative && alongside(tokens, a.first())) {
                k = a.last(); // "launched Operation Peace Spring together with the Syrian National Army": a partner
                continue;
            }
            ActorSpan imposer = imposerAfter(tokens, actors, a);
            if (k > m.last() && imposer != null) {
                // "demanded the removal of the sanctions imposed on Zimbabwe by the United States": who imposed them
                a = imposer;
                k = imposer.first();
            }
            int titled = pastTitle(tokens, a.first());
            if (k > m.last() + 1 && relativeClauseSubject(index, tokens, titled, a.last())) {
                break; // "suspending relations with a regime Foreign Minister John Baird branded a threat": the
                // clause's own subject, who says what the regime is, is not the one the act is aimed at
            }
            boolean alongWith = companionEnd >= 0 && a.first() == companionEnd + 2
                    && COORDINATORS.contains(tokens.get(companionEnd + 1).lower());
            if (k > m.last() && m.pattern().code().startsWith("042") && (wordBefore(tokens, a.first(), "from")
                    || wordBefore(tokens, titled, "with") && !meetingBeforeWith(tokens, titled) || alongWith)) {
                // "arrived in Cairo from the United Arab Emirates", "arrived with first lady Jill Biden", "attended the
                // ceremony with Financial Secretary John Tsang": where the guest came from and who came along are not
                // whom the visit is to (but "for talks with Xi" is), nor who came along with them ("with Defence
                // Minister Mario Banožić and Zagreb Mayor Tomislav Tomašević")
                companionEnd = wordBefore(tokens, a.first(), "from") ? -1 : a.last();
                k = a.last();
                continue;
            }
            if (k > m.last() && venue(tokens, a.first())) {
                k = a.last(); // "held talks on the sidelines of the APEC summit": where, not with whom
                continue;
            }
            if (k > m.last() && placeOfTheAct(tokens, a, m)) {
                k = a.last(); // "signed a deal in the Angolan capital": where, not with whom
                continue;
            }
            if (k > m.last() && channel(tokens, a.first())) {
                k = a.last(); // "pledged $30 million through a NATO trust fund": the channel, not who receives it
                continue;
            }
            if (meetingVenue(m.pattern().code(), tokens, a)) {
                k = a.last(); // "Both leaders met in April in Panama": where they met, not whom
                continue;
            }
            if (cooperative && (wordBefore(tokens, a.first(), "at") || wordBefore(tokens, a.first(), "in")
                    && a.mention().how() == FoundMention.How.CAPITAL)) {
                // "signed a peace agreement at the White House", "signed a treaty in the Kremlin": where, not with whom
                k = a.last();
                continue;
            }
            EntityKey key = a.mention().key();
            String country = actor(table, key).countryCode();
            boolean ownSide = own != null && own.equals(country);
            if (ownSide && k <= m.last() && m.pattern().code().startsWith("13")) {
                k = a.last(); // "warned that Iran would respond to steps by Berlin": the warner's side, not its target
                continue;
            }
            if (ownSide && m.pattern().code().startsWith("11") && tokens.get(m.last()).is("of") && k > m.last()) {
                // "accused the three envoys of meddling in Russia's internal affairs": the accuser's side is the
                // victim of what is charged, never the accused
                k = a.last();
                continue;
            }
            if (ownSide && !cooperative && ownRelations(tokens, a.last())) {
                k = a.last(); // "warned of consequences for Russia's relations with Turkey": the other party is aimed at
                continue;
            }
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

    /**
     * Whether the actor is where a consultation with a partner (040, 041, 044-046; not a visit or a hosting, whose
     * object is a place) took place: a country or place after "in" ("met in April in Panama").
     */
    static boolean meetingVenue(String code, List<Token> tokens, ActorSpan actor) {
        EntityKind kind = actor.mention().key().kind();
        return code.startsWith("04") && !code.startsWith("042") && !code.startsWith("043")
                && wordBefore(tokens, actor.first(), "in") && (kind == EntityKind.COUNTRY || kind == EntityKind.LOCATION);
    }

    /**
     * "detected 32 Chinese aircraft around Taiwan, as China staged a combat readiness patrol": a show of force is
     * aimed at the country the sentence places it around or off; that country (not the actor's own), else null.
     */
    static EntityKey countryAround(EntityTable table, List<Token> tokens, List<ActorSpan> actors, EntityKey source) {
        String own = actor(table, source).countryCode();
        for (ActorSpan a : actors) {
            EntityKey key = a.mention().key();
            if (key.kind() == EntityKind.COUNTRY && a.first() > 0 && AROUND.contains(tokens.get(a.first() - 1).lower())
                    && (own == null || !own.equals(key.countryCode()))) {
                return key;
            }
        }
        return null;
    }

    /** The quote mark that closes the one at {@code open} within a few words, else -1. */
    private static int closingQuote(List<Token> tokens, int open) {
        for (int k = open + 1; k < Math.min(tokens.size(), open + QUOTED_WORDS); k++) {
            if (tokens.get(k).is("\"")) {
                return k;
            }
        }
        return -1;
    }

    /** How many words a quoted complement after "as" may have: 'as "a flagrant violation"'. */
    private static final int QUOTED_WORDS = 6;

    /** Crimes a suspect is held in: their victim after "of" is not the one acted on. */
    private static final java.util.Set<String> CRIMES = java.util.Set.of("killing", "killings", "murder", "death",
            "assassination", "attack", "bombing", "shooting", "stabbing", "kidnapping", "abduction", "case");

    private static final java.util.Set<String> AROUND = java.util.Set.of("around", "off", "near", "encircling");

    /** How far back in its clause a "where" may open it. */
    private static final int WHERE_REACH = 6;

    /**
     * "assistance to Lebanon, where Israeli strikes have displaced a million": a clause opened by ", where" happens in
     * the country named right before it; that country, or null.
     */
    static EntityKey placeOfWhereClause(List<Token> tokens, List<ActorSpan> actors, PatternMatch m) {
        for (int k = m.first() - 1; k >= Math.max(2, m.first() - WHERE_REACH); k--) {
            if (tokens.get(k).is("where") && tokens.get(k - 1).is(",")) {
                ActorSpan place = ActorSpan.endingAt(actors, k - 2);
                return place != null && place.mention().key().kind() == EntityKind.COUNTRY
                        ? place.mention().key() : null;
            }
            if (CLAUSE_END.contains(tokens.get(k).lower())) {
                return null;
            }
        }
        return null;
    }

    /** Verbs that open a relative clause right after its subject: "a regime Baird branded", "a government he has". */
    private static final Set<String> CLAUSE_VERBS_AFTER_SUBJECT = Set.of("has", "had", "is", "was", "says", "said",
            "calls", "called", "branded", "described", "considers", "considered", "accuses", "accused");

    /**
     * Whether the actor from {@code first} to {@code last} opens a relative clause without "that" after a noun of a
     * state: "a regime Foreign Affairs Minister John Baird branded the most significant threat".
     */
    private static boolean relativeClauseSubject(DictionaryIndex index, List<Token> tokens, int first, int last) {
        if (first < 1 || last + 1 >= tokens.size()) {
            return false;
        }
        Token noun = tokens.get(first - 1);
        Token verb = tokens.get(last + 1);
        return noun.isWord() && !noun.isCapitalised() && index.isStateNoun(noun.lower())
                && verb.isWord() && !verb.isCapitalised() && (verb.lower().endsWith("ed")
                        || CLAUSE_VERBS_AFTER_SUBJECT.contains(verb.lower()));
    }

    /** Whether "together with", "alongside" or "jointly with" (and "the") stands right before the actor. */
    private static boolean alongside(List<Token> tokens, int first) {
        int k = first > 0 && tokens.get(first - 1).is("the") ? first - 2 : first - 1;
        return k >= 0 && (tokens.get(k).is("alongside") || k >= 1 && tokens.get(k).is("with")
                && (tokens.get(k - 1).is("together") || tokens.get(k - 1).is("jointly")));
    }

    /** Participles of a measure laid on someone: "sanctions imposed on Zimbabwe by the United States". */
    private static final Set<String> IMPOSED = Set.of("imposed", "slapped", "levied", "placed");

    /**
     * The agent after "by" when the actor is the one a measure was "imposed on" ("imposed on Zimbabwe by the United
     * States"), else null.
     */
    private static ActorSpan imposerAfter(List<Token> tokens, List<ActorSpan> actors, ActorSpan a) {
        int on = a.first() - 1;
        if (on < 1 || !(tokens.get(on).is("on") || tokens.get(on).is("against"))
                || !IMPOSED.contains(tokens.get(on - 1).lower())) {
            return null;
        }
        int by = a.last() + 1;
        if (by + 1 >= tokens.size() || !tokens.get(by).is("by")) {
            return null;
        }
        int agent = tokens.get(by + 1).is("the") ? by + 2 : by + 1;
        return ActorSpan.startingAt(actors, agent);
    }

    /** How far before an actor the "for" of those an appeal or a demand is made for may stand. */
    private static final int BENEFICIARY_REACH = 6;

    /** Whether the actor at {@code first} stands in a "for" phrase after the trigger: "justice for the families of". */
    private static boolean forWhom(List<Token> tokens, int first, int triggerLast) {
        for (int k = first - 1; k > triggerLast && k >= first - BENEFICIARY_REACH; k--) {
            if (tokens.get(k).is("for")) {
                return true;
            }
            if (CLAUSE_END.contains(tokens.get(k).lower()) || tokens.get(k).is(",") || tokens.get(k).is("by")) {
                return false; // (a number is a word of the phrase: "the families of the 57 Canadians")
            }
        }
        return false;
    }

    /** A meeting, held or intended: what follows its "to" is its purpose, not whom it is with. */
    private static boolean meeting(PatternMatch m) {
        String code = m.pattern().code();
        return code.startsWith("04") || code.equals("036");
    }

    /** Whether a quote mark opens among the trigger's words (and so closes after them). */
    private static boolean quoteOpensWithin(List<Token> tokens, PatternMatch m) {
        int marks = 0;
        for (int k = m.first(); k <= m.last(); k++) {
            marks += tokens.get(k).is("\"") ? 1 : 0;
        }
        return marks % 2 == 1;
    }

    /** What a state has with another: "Russia's relations with Turkey". */
    private static final Set<String> RELATION_NOUNS = Set.of("relations", "ties", "relationship", "cooperation",
            "contacts", "dialogue");

    /** Whether the actor ending at {@code last} owns the relations named after it: "Russia's relations with". */
    private static boolean ownRelations(List<Token> tokens, int last) {
        return last + 3 < tokens.size() && tokens.get(last + 1).isPossessiveMark()
                && RELATION_NOUNS.contains(tokens.get(last + 2).lower()) && tokens.get(last + 3).is("with");
    }

    /**
     * Disapproval and rejection, whose object may be an act told before (praise "as recognition of Romania's efforts"
     * names whom it lands on).
     */
    private static final Set<String> DISAPPROVALS = Set.of("11", "12");
    /** Words after an act's noun that close its phrase without naming its doer: "the decision as contrary to". */
    private static final Set<String> ACT_PHRASE_ENDS = Set.of("as", ",", ".", ";", "and", "which");

    /**
     * Whether the object at {@code k} is an act named with a pointing word and no doer after it ("the decision as
     * contrary to", "this move,"): who did it is the actor of the act told before, not an actor named later.
     */
    private static boolean actNamedWithoutDoer(List<Token> tokens, int k) {
        if (!(tokens.get(k).is("the") || tokens.get(k).is("this") || tokens.get(k).is("that"))) {
            return false;
        }
        for (int noun = k + 1; noun < tokens.size() && noun <= k + 3; noun++) {
            if (EventNouns.rootsOf(tokens.get(noun).lower()) != null) {
                return noun + 1 >= tokens.size() || ACT_PHRASE_ENDS.contains(tokens.get(noun + 1).lower());
            }
            if (!tokens.get(noun).isWord() || tokens.get(noun).isCapitalised()) {
                return false;
            }
        }
        return false;
    }

    /** "and" before a verb in the past: a second verb begins, whose object is its own. */
    private static boolean secondVerbAfter(List<Token> tokens, int k) {
        return tokens.get(k).is("and") && k + 1 < tokens.size() && !tokens.get(k + 1).isCapitalised()
                && (tokens.get(k + 1).lower().endsWith("ed") || ClauseWords.IRREGULAR_PASTS.contains(tokens.get(k + 1).lower()));
    }

    /**
     * Whether the actor at {@code first} is whom the violence named between the trigger and it struck: "the attack on
     * the French embassy", "the killing of two Kenyan soldiers", "strikes against Iran's consulate", "the detention of Mr
     * Gershkovich" (a coercion too).
     */
    private static boolean victimOfNamedViolence(List<Token> tokens, int first, int triggerLast) {
        int k = first - 1;
        while (k > triggerLast && (tokens.get(k).is("the") || tokens.get(k).is("its") || tokens.get(k).is("their"))) {
            k--;
        }
        if (k <= triggerLast + 1 || !(tokens.get(k).is("on") || tokens.get(k).is("against") || tokens.get(k).is("of")
                || tokens.get(k).is("upon"))) {
            return false;
        }
        Set<String> roots = EventNouns.rootsOf(tokens.get(k - 1).lower());
        return roots != null && !EventNouns.anyAct(roots)
                && (roots.contains("17") || roots.contains("18") || roots.contains("19") || roots.contains("20"));
    }

    /** Nouns of a place that a demonym before them locates: "in the Angolan capital", "at a Kenyan border town". */
    private static final Set<String> PLACE_NOUNS = Set.of("capital", "city", "town", "port", "village", "resort",
            "border", "province", "region", "island", "coast");

    /**
     * "signed a deal in the Angolan capital", "met at a Turkish border town": a state's adjective before a place noun,
     * after "in" or "at", tells where the act was, not whom it was with (a visit's place is its host, so not for those).
     */
    private static boolean placeOfTheAct(List<Token> tokens, ActorSpan a, PatternMatch m) {
        if (m.pattern().code().startsWith("042") || m.pattern().code().startsWith("043") || a.last() + 1 >= tokens.size()
                || !PLACE_NOUNS.contains(tokens.get(a.last() + 1).lower())) {
            return false;
        }
        return wordBefore(tokens, a.first(), "in") || wordBefore(tokens, a.first(), "at");
    }

    /** "through a NATO trust fund", "via the UN": what the act passes through, one or two words before the actor. */
    private static boolean channel(List<Token> tokens, int first) {
        for (int k = first - 1; k >= Math.max(0, first - 2); k--) {
            if (tokens.get(k).is("through") || tokens.get(k).is("via")) {
                return true;
            }
        }
        return false;
    }

    /** Nouns whose "of" names a gathering where an act took place: "on the sidelines of the G20 summit". */
    private static final Set<String> VENUE_NOUNS = Set.of("sidelines", "sideline", "margins", "margin", "fringes",
            "fringe");

    /** How many capitalised words of a title may stand between "with" and a name: "with Financial Secretary X". */
    private static final int TITLE_WORDS = 4;

    /** Where the capitalised title before a name starts ("Financial Secretary John Tsang"), else {@code first}. */
    private static int pastTitle(List<Token> tokens, int first) {
        int k = first;
        while (k > 0 && first - k < TITLE_WORDS && tokens.get(k - 1).isCapitalised() && tokens.get(k - 1).isWord()) {
            k--;
        }
        return k;
    }

    /** Whether the actor at {@code first} names the gathering after "the sidelines of" or "the margins of". */
    private static boolean venue(List<Token> tokens, int first) {
        int of = ClauseWords.pastThe(tokens, first - 1);
        return of >= 1 && tokens.get(of).is("of") && VENUE_NOUNS.contains(tokens.get(of - 1).lower());
    }

    /** Nouns of a meeting whose partner follows "with": "for talks with Xi". */
    private static final Set<String> TALKS_NOUNS = Set.of("talks", "meeting", "meetings", "summit", "discussions",
            "consultations", "negotiations", "dialogue");

    /** Whether a meeting noun stands before the "with" that opens the actor at {@code first}. */
    private static boolean meetingBeforeWith(List<Token> tokens, int first) {
        int with = ClauseWords.pastThe(tokens, first - 1);
        return with >= 1 && TALKS_NOUNS.contains(tokens.get(with - 1).lower());
    }

    /** The word right before the actor or its article: "of" a text it names, "at" the place a cooperative act happens. */
    private static boolean wordBefore(List<Token> tokens, int first, String word) {
        int k = ClauseWords.pastThe(tokens, first - 1);
        return k >= 0 && tokens.get(k).is(word);
    }

    /** "does not recognize these documents": the documents are what the sentence started with. */
    static EntityKey topic(List<ActorSpan> actors, EntityKey source) {
        for (ActorSpan a : actors) {
            if (!a.mention().key().equals(source)) {
                return a.mention().key();
            }
        }
        return null;
    }

    /**
     * "commended the United States, Qatar, Egypt and Turkey": every actor coordinated with the target is a target
     * of its own event.
     */
    static List<EntityKey> coordinatedTargets(EntityTable table, List<Token> tokens, List<ActorSpan> actors,
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
        // (a set that may hold one id twice: the source's and the target's are the same when a state acts on its own)
        Set<String> excluded = new java.util.HashSet<>();
        excluded.add(sourceKey == null ? "" : sourceKey.id());
        excluded.add(e.target().entityId());
        return coordinatedAfter(tokens, actors, target, excluded);
    }

    /**
     * "met a group of Caribbean leaders, among them Barbados Prime Minister Mia Mottley and ...": the first actor a
     * list after "among them", "including" or "such as" names, in the clause after the act; null when none follows.
     * The others of the list are read as coordinated targets.
     */
    static EntityKey namedAmong(List<Token> tokens, List<ActorSpan> actors, PatternMatch m) {
        for (int k = m.last() + 1; k + 1 < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.is(".") || t.is(";") || t.is("\"")) {
                return null;
            }
            int listStart = t.is("among") && tokens.get(k + 1).is("them") ? k + 2
                    : t.is("including") ? k + 1
                    : t.is("such") && tokens.get(k + 1).is("as") ? k + 2 : -1;
            if (listStart < 0 || !tokens.get(k - 1).is(",")) {
                continue;
            }
            for (int j = listStart; j < Math.min(tokens.size(), listStart + LIST_TITLE_WORDS); j++) {
                ActorSpan a = ActorSpan.startingAt(actors, j);
                if (a != null) {
                    return a.mention().key();
                }
            }
            return null;
        }
        return null;
    }

    /** How far into an "among them" list its first actor may start: past a title of a few words. */
    private static final int LIST_TITLE_WORDS = 4;

    /** The actors coordinated after one ("Egypt, Germany and the EU"), other than those excluded by id. */
    static List<EntityKey> coordinatedAfter(List<Token> tokens, List<ActorSpan> actors, ActorSpan first,
            Set<String> excludedIds) {
        List<EntityKey> partners = new ArrayList<>();
        boolean closedByAnd = false;
        int k = first.last() + 1;
        // ("Egypt, Eritrea and Somalia, the ministry added": the list ends with its "and")
        while (k + 1 < tokens.size() && COORDINATORS.contains(tokens.get(k).lower()) && !closedByAnd) {
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
}
