package io.newsflow.extract.engine.event;

import static io.newsflow.extract.engine.event.ClauseWords.BETWEEN_SUBJECT_AND_VERB;
import static io.newsflow.extract.engine.event.ClauseWords.BE_FORMS;
import static io.newsflow.extract.engine.event.ClauseWords.BLOCKING_PRONOUNS;
import static io.newsflow.extract.engine.event.ClauseWords.CLAUSE_END;
import static io.newsflow.extract.engine.event.ClauseWords.PREPOSITIONS;

import java.util.List;
import java.util.Set;

import io.newsflow.extract.engine.dictionary.Dictionaries;
import io.newsflow.extract.engine.dictionary.DictionaryIndex;
import io.newsflow.extract.engine.entity.FoundMention;
import io.newsflow.extract.engine.nlp.Lemmatiser;
import io.newsflow.extract.engine.nlp.Token;

/**
 * How the clause around a pattern match reads, from its tokens alone: whether the match is no event at all (a
 * noun, an adjective, a name, a condition, a denial, a reduced passive) and how an event reads (negated, still to
 * come, by aircraft, referring back, bilateral). Kept apart from the actor slots so that what a clause says and who
 * acts in it can be read, and changed, one at a time.
 */
final class ClauseReadings {
    private static final Set<String> FUTURE = Set.of("will", "would", "shall", "'ll", "could");
    /** Words that announce an action still to come: "is scheduled to meet", "plans to visit". */
    private static final Set<String> INTENT_MARKERS = Dictionaries.readWords("plan-words.txt");
    /** "wants the UK to extradite", "pressured Ukraine to investigate": what is wanted of another. */
    private static final Set<String> WANTING = Set.copyOf(Dictionaries.readWords("wanting-words.txt"));
    /** "is unlikely to agree", "failed to reach": what follows "to" did not happen. */
    private static final Set<String> HEDGES = Set.copyOf(Dictionaries.readWords("hedge-words.txt"));
    /** How far back from "to" a wanting word may stand: "pressure the country's new president to". */
    private static final int WANTED_REACH = 8;
    /** "warplanes", "drones": the subject of an attack that makes it an air strike (195). */
    /** "warplanes", "helicopter gunships": what bombs from the air (aircraft-nouns.txt). */
    static final Set<String> AIRCRAFT = Set.copyOf(Dictionaries.readWords("aircraft-nouns.txt"));
    /** What may stand between a future marker and the verb: "will also continue to bomb". */
    private static final Set<String> BETWEEN_FUTURE_AND_VERB = Set.of("to", "be", "is", "are", "was", "were", "also",
            "continue", "continues", "soon", "then", "again", "further", "not", "later", "next", "first", "still",
            // a light verb before the noun of an act: "will pay a state visit", "will hold formal talks"
            "pay", "make", "hold", "a", "an", "the", "his", "her", "their", "its", "state", "official", "working",
            "formal");
    /** What links a participle to the clause before it: "will travel to Perth before flying on to Malaysia". */
    private static final Set<String> PARTICIPLE_LINKS = Set.of("before", "after", "then");
    /** How far back a participle's clause may have told its future. */
    private static final int PARTICIPLE_CLAUSE = 15;
    /** Before "trying": an attempt under way, not one to come. */
    private static final Set<String> ONGOING = Set.of("been", "is", "are", "was", "were", "still");
    private static final Set<String> POSSESSIVE_MARKS = Set.of("'", "\u2019", "'s", "\u2019s");
    private static final Set<String> ANAPHORIC_OBJECTS = Set.of("these", "this", "those", "it", "them", "such");

    /** What may follow a participle that describes the noun before it instead of acting on an object. */
    private static final Set<String> AFTER_DESCRIBING_PARTICIPLE = Set.of("over", "in", "on", "last", "for", "since",
            "after", "during", "earlier", "at", "under", "without", "of", ",", ".", ";", ")");

    /** Verbs whose "that" clause says something did not happen: "denied that Russian forces had shelled the city". */
    static final Set<String> DENIALS = Set.of("deny", "denied", "denies", "denying", "dismissed", "dismisses",
            "refuted", "refutes", "rejected", "rejects");
    /** Words that report an act as only alleged or claimed: "Kyiv alleged that Russian forces had shelled the plant". */
    private static final Set<String> ALLEGATIONS = Set.of("allege", "alleged", "alleges", "alleging", "claim", "claimed",
            "claims", "claiming");

    private final DictionaryIndex index;
    /** "the", "its", "those": words that open a noun phrase. */
    private final Set<String> determiners;
    private final Lemmatiser lemmatiser;

    ClauseReadings(DictionaryIndex index, Lemmatiser lemmatiser) {
        this.index = index;
        this.lemmatiser = lemmatiser;
        this.determiners = index.dictionaries().determiners();
    }

    /**
     * What an act just coded asks for or is about, not an act of its own: "called on Israel to withdraw" (a verb
     * after "to" close behind it), and "called for a ceasefire and the release of all hostages" (a noun later in
     * the same clause as an appeal or a demand).
     */
    /** How far a purpose ("to protest") may stand from the act it is the purpose of, within one clause. */
    private static final int PURPOSE_REACH = 10;

    /** A call ({@code call}) and the praise it was made for ({@code purpose}): "phoned Aoun to congratulate him". */
    static boolean callToPraise(PatternMatch call, PatternMatch purpose) {
        return call.pattern().code().startsWith("041") && purpose.pattern().code().startsWith("05")
                && call.last() < purpose.first();
    }

    /**
     * Verbs of asking or letting whose object does what the infinitive after it names: "urged the rebels to lay down
     * arms", "will allow members of the Assembly to object".
     */
    private static final Set<String> APPEALS = Set.of("urge", "urged", "urges", "urging", "ask", "asked", "asks",
            "asking", "press", "pressed", "presses", "pressing", "encourage", "encouraged", "encourages", "invite",
            "invited", "invites", "appealed", "appeals", "allow", "allows", "allowed", "allowing", "enable", "enables",
            "enabled", "permit", "permits", "permitted");
    /** How far back from its "to" an appeal's verb may stand: "called on loyalist soldiers still in the city to". */
    private static final int APPEAL_REACH = 10;

    /** Whether a verb of asking or letting ("urged", "called on", "allow") stands before {@code to} in its clause. */
    private static boolean appealBefore(List<Token> tokens, int to) {
        for (int k = to - 1; k >= Math.max(0, to - APPEAL_REACH); k--) {
            Token t = tokens.get(k);
            if (t.is(",") || t.is(";") || t.is(".") || t.is("and") || t.is("that")) {
                return false;
            }
            boolean callOn = (t.is("called") || t.is("calls") || t.is("call") || t.is("calling")) && k + 1 < to
                    && (tokens.get(k + 1).is("on") || tokens.get(k + 1).is("upon"));
            if (callOn || APPEALS.contains(t.lower())) {
                return k + 1 < to;
            }
        }
        return false;
    }

    boolean complementOf(List<PatternMatch> emitted, List<Token> tokens, PatternMatch m) {
        if (m.first() < 2) {
            return false;
        }
        int before = m.first() - 1;
        while (before > 0 && tokens.get(before).lower().endsWith("ly") && !tokens.get(before).isCapitalised()) {
            before--; // "urged the authorities to thoroughly investigate"
        }
        boolean afterTo = tokens.get(before).is("to");
        if (afterTo && appealBefore(tokens, before)) {
            return true; // "called on loyalist soldiers still in the city to lay down their arms": asked of others
        }
        boolean noun = determiners.contains(tokens.get(m.first() - 1).lower());
        for (PatternMatch e : emitted) {
            // (a second verb is no purpose: "arrived in Washington on Sunday and is scheduled to meet Biden")
            // (a call made to congratulate is two acts, as the gold tells Macron's call to Aoun: "phoned Aoun to
            // congratulate him")
            if (afterTo && !callToPraise(e, m) && e.last() < m.first() && (e.last() >= m.first() - 4
                    || e.last() >= m.first() - PURPOSE_REACH && sameClause(tokens, e.last() + 1, m.first())
                    && tokens.subList(e.last() + 1, m.first()).stream().noneMatch(t -> t.is("and")))) {
                return true; // and "summoned Canada's envoy on Monday to protest": the summons is the protest
            }
            String code = e.pattern().code();
            boolean appeal = code.startsWith("02") || code.startsWith("10");
            if (noun && appeal && e.last() < m.first() && sameClause(tokens, e.last() + 1, m.first())) {
                return true;
            }
            if (code.startsWith("057") && e.last() + 1 < m.first() && TOPIC_WORDS.contains(tokens.get(e.last() + 1).lower())
                    && tokens.subList(e.last() + 1, m.first()).stream().noneMatch(t -> t.is(",") || CLAUSE_END.contains(t.lower()))
                    && !(tokens.get(m.first() - 1).is("and") && tokens.get(m.first()).lower().endsWith("ed"))) {
                // "signed an agreement on long-term cooperation and support": what the text is about (but "signed a
                // statement on relations and witnessed the exchange" is a second verb)
                return true;
            }
            // (a partial quote may stand in what is alleged: 'accused Sofia of "using every unpleasant event" to')
            if (code.startsWith("11") && tokens.get(e.last()).is("of") && e.last() < m.first()
                    && tokens.subList(e.last() + 1, m.first()).stream().noneMatch(t -> t.is(",") || t.is("and")
                            || !t.is("\"") && CLAUSE_END.contains(t.lower()))) {
                return true; // "accused Sofia of using every event to put pressure on": what is alleged, not done
            }
            if (appeal && tokens.get(e.last()).is("that") && e.last() < m.first()
                    && m.first() <= e.last() + DEMANDED_REACH && sameClause(tokens, e.last() + 1, m.first())) {
                return true; // "demanded that Pyongyang apologize immediately": what is demanded, not done
            }
            if (appeal && tokens.get(m.first() - 1).is("and") && e.last() < m.first()
                    && sameClause(tokens, e.last() + 1, m.first()) && toBetween(tokens, e.last() + 1, m.first())) {
                return true; // "call on the parties to silence the guns and allow aid to reach": both are asked for
            }
        }
        return false;
    }

    /**
     * "said the bloc was ready to introduce further restrictive measures against Minsk": a readiness whose words end
     * in "to" (an intent, 03) before an act of its own is that act to come, coded by the act (a threat of sanctions);
     * the readiness is dropped. Readiness alone ("was ready to help") stays.
     */
    static List<PatternMatch> withoutReadinessBeforeAnAct(List<PatternMatch> chosen, List<Token> tokens) {
        List<PatternMatch> kept = new java.util.ArrayList<>(chosen.size());
        for (int i = 0; i < chosen.size(); i++) {
            PatternMatch m = chosen.get(i);
            PatternMatch next = i + 1 < chosen.size() ? chosen.get(i + 1) : null;
            boolean readiness = m.pattern().code().startsWith("03") && tokens.get(m.last()).is("to")
                    && m.last() > m.first() && READINESS.contains(tokens.get(m.last() - 1).lower());
            if (!(readiness && next != null && next.first() > m.last() && next.first() <= m.last() + READINESS_GAP
                    && !next.pattern().noEvent())) {
                kept.add(m);
            }
        }
        return kept;
    }

    /**
     * "..., with the head of the council, Abdullah Abdullah, calling on the group": after a "with" that opens a clause
     * of its own, a participle after the comma that closes a name set off by commas is that name's act, not the main
     * clause's; so is one set off after the name that opens the sentence. The name, else null.
     */
    static ActorSpan withApposedSubject(List<Token> tokens, List<ActorSpan> actors, int comma) {
        ActorSpan name = tokens.get(comma).is(",") ? ActorSpan.endingAt(actors, comma - 1) : null;
        if (name != null && (name.first() == 0 || name.first() == 1 && tokens.get(0).is("The"))) {
            return name; // "Angela Merkel, visiting the Estonian capital Tallinn, said": the subject's act
        }
        if (name == null || name.first() < 2 || !tokens.get(name.first() - 1).is(",")) {
            return null;
        }
        for (int k = name.first() - 2; k >= 0 && k >= name.first() - 12; k--) {
            if (tokens.get(k).is("with")) {
                // (a "with" that opens the clause after a comma, not one of the verb before: "held talks with
                // Iran's deputy minister, Kazem Gharibabadi, reaffirming" is the host's act)
                return k > 0 && tokens.get(k - 1).is(",") ? name : null;
            }
            if (CLAUSE_END.contains(tokens.get(k).lower())) {
                return null;
            }
        }
        return null;
    }

    /**
     * Whether ", which" or ", who" opens a relative clause whose subject it is between two tokens ("which killed"; not
     * "which he described", after which an "and" goes back to the main clause).
     */
    static boolean relativeBetween(List<Token> tokens, int from, int to) {
        for (int k = from + 1; k + 1 < to; k++) {
            Token next = tokens.get(k + 1);
            if ((tokens.get(k).is("which") || tokens.get(k).is("who")) && tokens.get(k - 1).is(",")
                    && next.isWord() && !next.isCapitalised() && !RELATIVE_OBJECT_OPENERS.contains(next.lower())) {
                return true;
            }
        }
        return false;
    }

    /** Words that open the subject of a relative clause whose pronoun is its object: "which he described". */
    private static final Set<String> RELATIVE_OBJECT_OPENERS = Set.of("he", "she", "they", "it", "we", "i", "you",
            "the", "a", "an", "his", "her", "its", "their", "our");

    /** How far the act demanded may stand after "demanded that": its subject's words. */
    private static final int DEMANDED_REACH = 6;

    /** Words that open what a signed text is about: "an agreement on", "a memorandum of", "a roadmap for". */
    private static final Set<String> TOPIC_WORDS = Set.of("on", "of", "for", "to", "regarding", "concerning");

    /** Words of a readiness, which says no more than the act after it; a pledge or a promise is an intent itself. */
    private static final Set<String> READINESS = Set.of("ready", "prepared", "willing", "open");

    /** How far the act may stand after the readiness's "to": "ready to further introduce". */
    private static final int READINESS_GAP = 2;

    /** A "to" in tokens [from, to): the appeal's complement has begun. */
    private static boolean toBetween(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).is("to")) {
                return true;
            }
        }
        return false;
    }

    /** No clause ends in tokens [from, to): a list ("a ceasefire, aid and the release") goes on. */
    private static boolean sameClause(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = tokens.get(k).lower();
            if (!w.equals(",") && CLAUSE_END.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** "Rapid Support Forces": a verb inside a name is no event. */
    static boolean insideName(List<FoundMention> mentions, int token) {
        for (FoundMention m : mentions) {
            if (m.how() != FoundMention.How.PRONOUN && m.first() <= token && token <= m.last()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the youngest man to win Grand Slam titles": a capitalised word after another inside the sentence is part of a
     * name, not a verb.
     */
    static boolean partOfCapitalisedName(List<Token> tokens, int trigger) {
        return trigger > 1 && tokens.get(trigger).isCapitalised() && !tokens.get(trigger).isAllCaps()
                && tokens.get(trigger - 1).isCapitalised() && tokens.get(trigger - 1).isWord();
    }

    /** "for a state visit", "to seven days' jail": the trigger heads a phrase a preposition opens. */
    static boolean insidePrepositionalPhrase(List<Token> tokens, PatternMatch m) {
        boolean pastForm = tokens.get(m.first()).lower().endsWith("ed");
        for (int k = m.first() - 1; k >= Math.max(0, m.first() - 5); k--) {
            Token t = tokens.get(k);
            if (pastForm && (t.is("and") || t.is("or"))) {
                return false; // "declared a state of emergency and deployed the army": a second verb, not a noun
            }
            if (PREPOSITIONS.contains(t.lower())) {
                return k < m.first() - 1 || !t.is("to"); // "for a visit", "for talks"; not "to visit"
            }
            boolean describing = t.isWord() && !t.isCapitalised() && !BETWEEN_SUBJECT_AND_VERB.contains(t.lower())
                    && !BLOCKING_PRONOUNS.contains(t.lower()) && !FUTURE.contains(t.lower());
            if (!describing && !POSSESSIVE_MARKS.contains(t.lower())) {
                return false; // "on Monday after Israeli troops shelled": a clause, not a noun phrase
            }
        }
        return false;
    }

    /** Nouns of an undertaking: "its pledge", "their commitments". */
    private static final Set<String> UNDERTAKINGS = Set.of("pledge", "pledges", "promise", "promises", "commitment",
            "commitments", "vow", "vows", "undertaking", "undertakings");
    /** Verbs that keep or break an undertaking made before: "honour its pledge", "broke their promise". */
    private static final Set<String> KEEPING_VERBS = Set.of("honor", "honors", "honored", "honoring", "honour",
            "honours", "honoured", "honouring", "keep", "keeps", "kept", "keeping", "fulfil", "fulfill", "fulfils",
            "fulfills", "fulfilled", "fulfilling", "respect", "respects", "respected", "respecting", "uphold",
            "upholds", "upheld", "break", "breaks", "broke", "broken", "breaking", "breach", "breached", "violate",
            "violated", "violating", "abandon", "abandoned", "betray", "betrayed", "implement", "implemented",
            "implementing");
    private static final Set<String> POSSESSIVES = Set.of("its", "their", "his", "her", "our");

    /**
     * "urged Pyongyang to honor its pledge to give up nuclear weapons": an undertaking kept or broken is one made
     * before, no new pledge.
     */
    static boolean undertakingMadeBefore(List<Token> tokens, PatternMatch m) {
        int noun = m.first();
        return noun >= 2 && UNDERTAKINGS.contains(tokens.get(noun).lower())
                && POSSESSIVES.contains(tokens.get(noun - 1).lower())
                && KEEPING_VERBS.contains(tokens.get(noun - 2).lower());
    }

    /** "condemned the attack", "the besieged enclave": a one-word pattern after a determiner is a noun or adjective. */
    boolean nounAfterDeterminer(List<Token> tokens, PatternMatch m) {
        // ("the arbitrary arrest of opposition leaders": a longer pattern too, when "of" follows its first word)
        boolean nounOf = m.first() + 1 < tokens.size() && tokens.get(m.first() + 1).is("of") && !writesOf(m.pattern());
        if (m.first() == 0 || m.pattern().elements().size() > 2 && !nounOf || m.pattern().possessed()
                || index.isPopulationNoun(tokens.get(m.first()).lower())) {
            return false; // "thousands of protesters marched", "Israel's warning that": patterns meant as nouns
        }
        int k = m.first() - 1;
        int adjectives = 0;
        while (k > 0 && adjectives < 2) {
            if (spanPossessive(tokens, k)) {
                return true; // "two months' jail"
            }
            if (ClauseWords.QUOTE_MARKS.contains(tokens.get(k).text())) {
                k--; // 'a "cowardly" attack': the speaker's word, quoted
            } else if (ADJECTIVE_ENDING.matcher(tokens.get(k).text()).matches()) {
                k--; // "comments on individual strikes", "the massive attack": adjectives between marker and noun
                adjectives++;
            } else {
                break;
            }
        }
        if (ORDINALS.contains(tokens.get(k).lower()) && k > 1 && tokens.get(k - 1).is("the") && tokens.get(k - 2).is(",")
                && !lemmatiser.isPastParticiple(tokens.get(m.first()).lower())) {
            // ", the first attack since January": an apposition that sums up the act told before (but "paid his first
            // visit to Egypt" is the visit, and "they first met in 2019" a verb)
            return true;
        }
        return index.isNounMarker(tokens.get(k).lower());
    }

    /**
     * "two months' jail", "three years' imprisonment": an apostrophe closing a span of time it touches makes the next
     * word the sentence's noun, not a verb (a plural of people stays a nominal act: "the pensioners' march").
     */
    private static boolean spanPossessive(List<Token> tokens, int k) {
        Token mark = tokens.get(k);
        Token before = tokens.get(k - 1);
        return (mark.is("'") || mark.is("’")) && before.end() == mark.start() && TIME_SPANS.contains(before.lower());
    }

    /** Plurals of a span of time that a possessive apostrophe closes: "two months' jail". */
    private static final Set<String> TIME_SPANS = Set.of("hours", "days", "weeks", "months", "years", "decades");

    /** Ordinals and superlatives that stand between a determiner and its noun: "the first attack". */
    private static final Set<String> ORDINALS = Set.of("first", "second", "third", "fourth", "fifth", "last", "next",
            "biggest", "largest", "deadliest", "worst", "heaviest", "latest", "only");

    /** A pattern that names "of" as its second word ("signing of * agreement") means the noun. */
    private static boolean writesOf(VerbPattern p) {
        return p.elements().size() > 1 && p.elements().get(1) instanceof VerbPattern.Words w
                && w.alternatives().stream().anyMatch(a -> a.get(0).equals("of"));
    }

    /**
     * Words shaped like adjectives: "individual", "massive", "numerous", "arbitrary", "fruitless", "14-year", and those
     * of "-ly" that describe a person's act ("cowardly", "deadly", "friendly").
     */
    private static final java.util.regex.Pattern ADJECTIVE_ENDING = java.util.regex.Pattern.compile(
            "\\p{Ll}+(?:al|ive|ous|ic|ful|less|ary|able|ible)|\\d+-\\p{Ll}+|cowardly|deadly|friendly|costly|unfriendly|ugly|"
            + "dastardly|heavenly|brotherly|neighbourly|neighborly|timely|untimely|orderly|disorderly|elderly|lively|lonely");

    /**
     * "an Islamic State target", "a Taliban attack", "struck Hamas targets", "attacks on Taliban positions": a one-word
     * pattern right after a name is the noun the name describes when the name cannot be a subject: "a" or "an" opens
     * it (no article stands before a subject: "the Taliban attacked" is a verb), or, for a word that can be a noun
     * (not "accused": "the ambassador to Britain accused"), a preposition governs the name or it is the object of the
     * verb of an event just coded.
     */
    boolean headOfNamedCompound(List<Token> tokens, List<ActorSpan> actors, PatternMatch m,
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
            return indefiniteHead(tokens, m);
        }
        if (m.pattern().elements().size() <= 2 && BUILDING_HEADS.contains(tokens.get(name.last()).lower())
                && (word.is("the") || tokens.get(name.first()).is("the")
                        || before > 0 && YEAR.matcher(word.text()).matches() && tokens.get(before - 1).is("the"))) {
            return true; // "the 2001 Parliament attack", "the embassy attack": the building is where it struck
        }
        if (m.pattern().elements().size() > 2) {
            return false;
        }
        boolean pastForm = lemmatiser.isPastParticiple(tokens.get(m.first()).lower());
        return !pastForm && (PREPOSITIONS.contains(word.lower())
                || emitted.stream().anyMatch(e -> e.first() <= before && before <= e.last()));
    }

    /** The last words of a body's name that name its building, which an act after the name struck. */
    private static final Set<String> BUILDING_HEADS = Set.of("parliament", "embassy", "consulate", "hospital", "school",
            "university", "mosque", "church", "temple", "synagogue", "hotel", "airport", "station", "market", "museum");

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(?:19|20)\\d\\d");

    /**
     * "an Israeli offer", "An Israeli strike killed two officers": the pattern after a name that "a" or "an" opens is
     * that name's noun (the noun of any pattern, unless the pattern ends on a verb's past form: "a Russian drone struck
     * Kyiv" read by "drone strike"). Such a match is dropped before the matches of a sentence are chosen, so that it
     * does not hide the verb after it ("strike" would otherwise win the words "strike killed two Iranian officers").
     */
    boolean indefiniteCompoundHead(List<Token> tokens, List<ActorSpan> actors, PatternMatch m) {
        if (lemmatiser.isPastParticiple(tokens.get(m.first()).lower())) {
            return false; // "An Israeli air strike destroyed the building": the verb after the noun phrase
        }
        boolean named = false;
        // past a lower-case noun or two after the name: "An Israeli air strike destroyed"
        for (int k = m.first() - 1; k >= 0 && k >= m.first() - COMPOUND_WORDS; k--) {
            ActorSpan name = ActorSpan.endingAt(actors, k);
            if (name != null) {
                named = true;
                k = name.mention().first();
                continue;
            }
            Token t = tokens.get(k);
            if (t.is("a") || t.is("an")) {
                return named && indefiniteHead(tokens, m);
            }
            if (!t.isWord() || t.isCapitalised() || BE_FORMS.contains(t.lower()) || COORDINATORS.contains(t.lower())) {
                return false;
            }
        }
        return false;
    }

    /** How many words may stand between "a" and the noun it opens: "an Israeli air strike". */
    private static final int COMPOUND_WORDS = 4;

    private boolean indefiniteHead(List<Token> tokens, PatternMatch m) {
        return m.last() == m.first() || !lemmatiser.isPastParticiple(tokens.get(m.last()).lower());
    }

    /**
     * "a member of the Hamas movement jailed over a year ago", "a journalist detained last month", "a diplomat
     * accused of spying", "a US Marine convicted of": a coercive, legal or accusing verb that needs its object, as a
     * participle right after a common noun (or a name that "a" opens) and with no object after it, describes that noun (a passive without "was"); nobody before it did it.
     */
    private static final Set<String> COORDINATORS = Set.of("and", "or", "but");

    boolean reducedPassive(List<Token> tokens, PatternMatch m) {
        String code = m.pattern().code();
        boolean needsObject = code.startsWith("17") || code.startsWith("084") || code.equals("174")
                || code.startsWith("11") // "a diplomat accused of spying", "a man convicted of fraud"
                || code.startsWith("18") || code.startsWith("19") || code.startsWith("20"); // "soldiers killed in the war"
        // "troops clashed in the valley": what each side does to the other has no passive
        if (!needsObject || m.pattern().mutual() || m.first() == 0 || m.first() + 1 >= tokens.size()
                || !lemmatiser.isPastParticiple(tokens.get(m.first()).lower())) {
            return false;
        }
        // ("Protesters arrested at the rally were released": a people noun opening the sentence, capitalised)
        boolean peopleFirst = m.first() == 1 && index.isPopulationNoun(tokens.get(0).lower());
        // ("Sudeten Germans expelled from Czechoslovakia": a people named by its demonym is a plural noun too)
        boolean people = index.isPeople(tokens.get(m.first() - 1).lower());
        return (commonNoun(tokens.get(m.first() - 1)) || peopleFirst || people
                || indefiniteNameBefore(tokens, m.first()))
                && (AFTER_DESCRIBING_PARTICIPLE.contains(tokens.get(m.first() + 1).lower())
                        || code.startsWith("17") && tokens.get(m.first() + 1).is("from")) // "Germans expelled from"
                && !countAfter(tokens, m.first() + 1);
    }

    /** "police arrested at least 60 people": "at least", "at most", "over 60" count the object, they place nothing. */
    private static boolean countAfter(List<Token> tokens, int preposition) {
        if (preposition + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(preposition + 1);
        return tokens.get(preposition).is("at") && (next.is("least") || next.is("most"))
                || tokens.get(preposition).is("over") && Character.isDigit(next.text().charAt(0));
    }

    /**
     * A word before a participle that is a common noun it describes ("provinces hit by floods"), not a name, an
     * auxiliary, an adverb or "and", which make the participle a verb ("rejected the results and called on").
     */
    static boolean commonNoun(Token before) {
        return before.isWord() && !before.isCapitalised() && !BE_FORMS.contains(before.lower())
                && !BETWEEN_SUBJECT_AND_VERB.contains(before.lower()) && !before.lower().endsWith("ly")
                && !ClauseWords.PLAIN_ADVERBS.contains(before.lower()) && !COORDINATORS.contains(before.lower());
    }

    /** "a US Marine convicted of", "an American journalist detained in": no subject opens with "a" or "an". */
    private static boolean indefiniteNameBefore(List<Token> tokens, int participle) {
        for (int k = participle - 1; k >= 0 && k >= participle - 4; k--) {
            Token t = tokens.get(k);
            if (t.is("a") || t.is("an")) {
                return k < participle - 1;
            }
            if (!t.isWord() || !t.isCapitalised()) {
                return false;
            }
        }
        return false;
    }

    /**
     * "a proposed summit", "the expelled diplomat", "50 kidnapped schoolchildren", "Russian-occupied": a past
     * participle after a determiner, a number or a hyphen describes a noun.
     */
    boolean adjectivalParticiple(List<Token> tokens, PatternMatch m) {
        String head = tokens.get(m.first()).lower();
        if (m.first() == 0 || !head.endsWith("ed") || !lemmatiser.isPastParticiple(head)) {
            return false;
        }
        String before = tokens.get(m.first() - 1).lower();
        return determiners.contains(before) || before.matches("\\d[\\d,.]*") // "50 kidnapped schoolchildren"
                || before.equals("-") // "Russian-occupied Crimea": the tokenizer splits the name from its participle
                || describedPeopleAfterVerb(tokens, m.first());
    }

    /** People a participle may describe right after another verb: "visited injured protesters in hospitals". */
    private static final Set<String> DESCRIBED_PEOPLE = Set.of("soldiers", "children", "women", "men", "victims",
            "survivors", "passengers", "officers", "troops", "migrants", "refugees", "patients", "prisoners");

    /** "who visited injured protesters": a verb in the past, the participle, then the people it describes. */
    private boolean describedPeopleAfterVerb(List<Token> tokens, int participle) {
        Token verb = tokens.get(participle - 1);
        if (participle + 1 >= tokens.size() || !verb.isWord() || verb.isCapitalised()
                || !lemmatiser.isPastParticiple(verb.lower()) || BE_FORMS.contains(verb.lower())) {
            return false;
        }
        String next = tokens.get(participle + 1).lower();
        return index.isPopulationNoun(next) || DESCRIBED_PEOPLE.contains(next);
    }

    /** "if convicted", "unless attacked": what a condition supposes has not happened. */
    static boolean conditional(List<Token> tokens, int trigger) {
        // "if attacked", and "If the United States attacks, Iran will retaliate": an "if" opening the act's clause
        for (int k = trigger - 1; k >= 0 && k >= trigger - CONDITION_REACH; k--) {
            String w = tokens.get(k).lower();
            if (w.equals("if") || w.equals("unless")) {
                return true;
            }
            if (CLAUSE_END.contains(w) || !tokens.get(k).isWord()) {
                return false;
            }
        }
        return false;
    }

    /** How far before an act the "if" of its condition may stand: "if the United States and its allies attack". */
    private static final int CONDITION_REACH = 6;

    /**
     * The sentence does not say the act happened: it asks "whether" it did ("whether Trump withheld aid to pressure
     * Ukraine"), someone wants it of another ("the US wants the UK to extradite him", "pressured Ukraine to
     * investigate", "it is time for Russia to withdraw"), or it is hedged ("is unlikely to agree", "failed to reach a deal").
     */
    static boolean notAsserted(List<Token> tokens, int trigger) {
        if (openQuestion(tokens, trigger)) {
            return true;
        }
        int to = previousNonAdverb(tokens, trigger);
        return to >= 1 && tokens.get(to).is("to") && (wantedOfAnother(tokens, to) || hedged(tokens, to));
    }

    /** A "whether" opens the trigger's clause. */
    private static boolean openQuestion(List<Token> tokens, int trigger) {
        for (int k = trigger - 1; k >= 0; k--) {
            String w = tokens.get(k).lower();
            if (w.equals("whether")) {
                return true;
            }
            if (CLAUSE_END.contains(w)) {
                return false;
            }
        }
        return false;
    }

    /** Before the "to" of the trigger, in the same clause, a wanting word or "for" with someone after it. */
    private static boolean wantedOfAnother(List<Token> tokens, int to) {
        for (int k = to - 1; k >= Math.max(0, to - WANTED_REACH); k--) {
            String w = tokens.get(k).lower();
            if (WANTING.contains(w) || w.equals("for")) {
                // "wanted to visit" is the subject's own wish, "wanted Kyiv to visit" another's; "an opening for
                // Biden to attack", "time for Russia to withdraw": a chance or a need, not an act
                return k < to - 1;
            }
            if (CLAUSE_END.contains(w) && !listComma(tokens, k)) {
                return false;
            }
        }
        return false;
    }

    /** A comma between two names of a list ("for moderates Buttigieg, Biden and Klobuchar to attack") ends no clause. */
    private static boolean listComma(List<Token> tokens, int k) {
        return tokens.get(k).is(",") && k > 0 && k + 1 < tokens.size() && tokens.get(k - 1).isCapitalised()
                && tokens.get(k + 1).isCapitalised();
    }

    /** Auxiliaries and adverbs that may follow the "and" of a second verb: "and has rejected", "and also expelled". */
    private static final Set<String> AFTER_AND = Set.of("has", "have", "had", "is", "are", "was", "were", "will", "would",
            "also", "then", "later", "since", "subsequently");
    private static final Set<String> NOT_VERBS = Set.of("and", "or", "but", "than", "as", "that", "if", "when", "while");
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "we", "i", "it");

    /** "attacked each other's policies", "accused one another": what each of two subjects did to the other. */
    static boolean eachOther(List<Token> tokens, int first, int last) {
        for (int k = first + 1; k + 1 < tokens.size() && k <= last + 3; k++) {
            if (tokens.get(k).is("each") && tokens.get(k + 1).lower().startsWith("other")
                    || tokens.get(k).is("one") && tokens.get(k + 1).lower().startsWith("another")) {
                return true;
            }
        }
        return false;
    }

    /** The trigger is a second verb joined by "and", past its auxiliaries: "considers ... and has rejected". */
    /**
     * "Al-Zayani condemned the attacks, held the Iranian authorities responsible for them and affirmed the Council's
     * solidarity": a past verb after a comma, with an object, in a series that "and" and a past verb close, shares the
     * first verb's subject (", held in Geneva" and ", signed in 2015," are participles, not verbs of a series).
     */
    static boolean seriesVerb(List<Token> tokens, int trigger) {
        if (trigger < 2 || !tokens.get(trigger - 1).is(",") || !pastForm(tokens.get(trigger).lower())
                || trigger + 1 >= tokens.size() || PREPOSITIONS.contains(tokens.get(trigger + 1).lower())
                || !tokens.get(trigger + 1).isWord() || tokens.get(trigger + 1).is("by")) {
            return false;
        }
        for (int k = trigger + 2; k + 1 < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.is(".") || t.is(";") || t.is("\"")) {
                return false;
            }
            if (t.is("and") && !tokens.get(k + 1).isCapitalised() && pastForm(tokens.get(k + 1).lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean pastForm(String word) {
        return word.length() > 4 && word.endsWith("ed") || ClauseWords.IRREGULAR_PASTS.contains(word);
    }

    static boolean secondVerb(List<Token> tokens, int trigger) {
        int k = trigger - 1;
        while (k >= 0 && (AFTER_AND.contains(tokens.get(k).lower()) || tokens.get(k).lower().endsWith("ly"))) {
            k--;
        }
        return k >= 0 && tokens.get(k).is("and");
    }

    /**
     * The actor follows a verb, past its article: "considers the US biased", the object of the first of two verbs,
     * which is no subject of the second. After a verb of saying it opens what was said ("said Moscow could not"), and
     * "he" or "they" are never objects.
     */
    boolean objectOfVerb(List<Token> tokens, int actorFirst) {
        if (SUBJECT_PRONOUNS.contains(tokens.get(actorFirst).lower())) {
            return false;
        }
        int k = actorFirst - 1;
        while (k >= 0 && determiners.contains(tokens.get(k).lower())) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        Token t = tokens.get(k);
        String w = t.lower();
        return t.isWord() && !t.isCapitalised() && !PREPOSITIONS.contains(w) && !CLAUSE_END.contains(w)
                && !NOT_VERBS.contains(w) && !BE_FORMS.contains(w) && !w.endsWith("ly") && !index.isSpeechVerb(w);
    }

    /** "unlikely to agree", "failed to reach": a hedge right before the trigger's "to" (not past adverbs: "unlikely"). */
    private static boolean hedged(List<Token> tokens, int to) {
        return HEDGES.contains(tokens.get(to - 1).lower());
    }

    /**
     * The trigger stands in a clause its sentence denies or only alleges: "The Kremlin denied (reports) that forces had
     * shelled", "a report alleged that the army helped carry out killings".
     */
    static boolean inDeniedClause(List<Token> tokens, int trigger) {
        if (answersTheDenied(tokens, trigger)) {
            return false;
        }
        boolean coordinated = false;
        for (int k = trigger - 1; k > 0; k--) {
            String w = tokens.get(k).lower();
            if (w.equals("that") && tokens.get(k - 1).is("and")) {
                // "alleged that France was aware …, and that the French military helped": the second "that" clause
                // is alleged as the first; look on for the first one's verb, past the clauses' commas
                k = k - 1;
                coordinated = true;
                continue;
            }
            if (coordinated && w.equals(",")) {
                continue;
            }
            if (w.equals("that")) {
                String before = tokens.get(k - 1).lower();
                return DENIALS.contains(before) || ALLEGATIONS.contains(before)
                        || k > 1 && DENIALS.contains(tokens.get(k - 2).lower()); // "denied reports that"
            }
            if (CLAUSE_END.contains(w)) {
                return false;
            }
        }
        return false;
    }

    /** Verbs with which a denier goes on to answer: "denied that ... and accused Warsaw of making it up". */
    private static final Set<String> ANSWERS = Set.of("accused", "accuses", "blamed", "blames", "urged", "urges",
            "called", "calls", "condemned", "condemns", "criticised", "criticized", "warned", "warns", "demanded",
            "demands", "insisted", "vowed", "threatened", "said", "says", "described", "branded", "dismissed");

    /**
     * A verb of answering coordinated by "and" after a clause: the act of whoever denied or said the clause, not of the
     * clause's subject ("the ministry denied that its helicopters had entered Polish airspace and accused Warsaw").
     */
    static boolean answersTheDenied(List<Token> tokens, int trigger) {
        return trigger > 0 && tokens.get(trigger - 1).is("and") && ANSWERS.contains(tokens.get(trigger).lower());
    }

    /** "the resolution 2356, imposing sanctions": the comma follows a text (and its number) the participle describes. */
    boolean afterDocument(List<Token> tokens, int comma) {
        int k = comma - 1;
        if (k > 0 && Character.isDigit(tokens.get(k).text().charAt(0))) {
            k--;
        }
        return k >= 0 && index.isDocumentNoun(tokens.get(k).lower());
    }

    static boolean negatedBefore(List<Token> tokens, int first) {
        for (int k = first - 1; k >= Math.max(0, first - 4); k--) {
            if (PatternMatcher.NEGATIONS.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    static int previousNonAdverb(List<Token> tokens, int from) {
        for (int k = from - 1; k >= 0; k--) {
            String w = tokens.get(k).lower();
            // ("was first arrested in 2015", "was again detained")
            if (!(w.endsWith("ly") || PatternMatcher.NEGATIONS.contains(w) || ClauseWords.PLAIN_ADVERBS.contains(w))) {
                return k;
            }
        }
        return -1;
    }

    /** How far back from its "and" the passive a participle is coordinated with may stand. */
    private static final int COORDINATED_PASSIVE_REACH = 6;

    /**
     * "Fico was shot several times and seriously wounded": a participle after "and" goes on a passive ("was" and a
     * participle) earlier in its clause, so it is a passive too.
     */
    boolean coordinatedPassive(List<Token> tokens, int and, int participle) {
        if (and < 2 || !tokens.get(and).is("and")
                || participle + 1 < tokens.size() && tokens.get(participle + 1).is("that")) {
            return false; // ("would be arraigned and warned that anyone": a clause after it makes it a verb)
        }
        if (participle + 1 < tokens.size() && objectStarts(tokens, participle + 1)) {
            return false; // "was welcomed in the courtyard and held talks with Macron": an object makes it active
        }
        for (int k = and - 1; k >= 1 && k >= and - COORDINATED_PASSIVE_REACH; k--) {
            Token t = tokens.get(k);
            if (!t.isWord()) {
                return false;
            }
            int aux = previousNonAdverb(tokens, k);
            if (aux >= 0 && lemmatiser.isPastParticiple(t.lower()) && BE_FORMS.contains(tokens.get(aux).lower())) {
                return true;
            }
        }
        return false;
    }

    /** Words that open a participle's direct object, which a passive has none of. */
    private static final Set<String> OBJECT_OPENERS = Set.of("the", "a", "an", "his", "her", "its", "their", "talks");

    /** An object opens at k: an article, a possessive, "talks", or a name that is no time ("charged Thursday"). */
    private static boolean objectStarts(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        return OBJECT_OPENERS.contains(t.lower())
                || t.isWord() && t.isCapitalised() && InsertedTime.length(tokens, k) == 0;
    }

    static boolean writtenForm(VerbPattern p, String lower) {
        VerbPattern.Words first = (VerbPattern.Words) p.elements().get(0);
        return first.alternatives().stream().anyMatch(a -> a.get(0).equals(lower));
    }

    /**
     * "called on Prime Minister Shehbaz Sharif at the PM House": a call on someone that asks nothing of them (no "to"
     * and a verb, no "for" after it in the sentence) is a courtesy call, a visit, not an appeal.
     */
    static boolean courtesyCall(List<Token> tokens, PatternMatch m) {
        if (m.first() + 1 >= tokens.size() || !tokens.get(m.first()).lower().startsWith("call")
                || !(tokens.get(m.first() + 1).is("on") || tokens.get(m.first() + 1).is("upon"))) {
            return false;
        }
        for (int k = m.last() + 1; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.is(".") || t.is(";")) {
                break;
            }
            if (t.is("for") || t.is("\"") || t.is(":") || t.is("to") && k + 1 < tokens.size() && !tokens.get(k + 1).isCapitalised()
                    && !tokens.get(k + 1).is("the")) {
                return false; // "called on Israel to stop", "called on them for restraint", 'called on all: "Stop"'
            }
        }
        return true;
    }

    /** "agreed to set up a joint task force": "joint" or "bilateral" in the act's words, which are with a partner. */
    static boolean jointIn(List<Token> tokens, PatternMatch m) {
        for (int k = m.first(); k <= m.last() && k < tokens.size(); k++) {
            if (tokens.get(k).is("joint") || tokens.get(k).is("bilateral")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The verb of saying that reports a passive act at {@code trigger}: before it in its clause ("police said 44 people
     * had been detained") or closing the sentence after a comma ("..., police said"); -1 when there is none.
     */
    int verbReportingPassive(List<Token> tokens, int trigger) {
        for (int k = trigger - 1; k >= Math.max(1, trigger - REPORTED_PASSIVE_REACH); k--) {
            Token t = tokens.get(k);
            if (t.is(",") || t.is("\"") || t.is(";")) {
                break;
            }
            if (index.isSpeechVerb(t.lower())) {
                return k;
            }
        }
        int end = tokens.size() - 1;
        while (end > trigger && !tokens.get(end).isWord()) {
            end--;
        }
        return end > trigger + 1 && index.isSpeechVerb(tokens.get(end).lower())
                && tokens.subList(trigger, end).stream().anyMatch(t -> t.is(",")) ? end : -1;
    }

    /** How far before the passive act its saying verb may stand: "said Rwandan diplomats had in turn been declared". */
    private static final int REPORTED_PASSIVE_REACH = 9;

    /** A verb of saying between two tokens: what follows it is a reported clause with a subject of its own. */
    boolean saidBetween(List<Token> tokens, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (index.isSpeechVerb(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** The action is still to come: "will meet", "would continue to bomb", "is scheduled to visit". */
    static boolean toCome(List<Token> tokens, int trigger) {
        if (trigger > 0 && tokens.get(trigger).lower().endsWith("ing")
                && PARTICIPLE_LINKS.contains(tokens.get(trigger - 1).lower())) {
            return futureClauseBefore(tokens, trigger - 1); // "will travel to Perth before flying on to Malaysia"
        }
        int after = trigger + 1 < tokens.size() && tokens.get(trigger + 1).is("also") ? trigger + 2 : trigger + 1;
        if (BE_FORMS.contains(tokens.get(trigger).lower()) && after < tokens.size()
                && EXPECTED.contains(tokens.get(after).lower())) {
            return true; // "Zelensky is expected in Lisbon on Tuesday": a visit to come
        }
        for (int k = trigger - 1; k >= Math.max(0, trigger - 6); k--) {
            String w = tokens.get(k).lower();
            if (w.equals("trying") && k > 0 && ONGOING.contains(tokens.get(k - 1).lower())) {
                return false; // "forces have been trying to encircle the town": the attempt is under way
            }
            if (FUTURE.contains(w) || INTENT_MARKERS.contains(w) && k + 1 < trigger && tokens.get(k + 1).is("to")) {
                return true;
            }
            if (w.equals("prepared") && k > 0 && BE_FORMS.contains(tokens.get(k - 1).lower()) && k + 1 < trigger
                    && tokens.get(k + 1).is("to")) {
                return true; // "Russia is prepared to supply Iran": willing, where "he prepared to attend" went on to
            }
            if (!(BETWEEN_FUTURE_AND_VERB.contains(w) || w.endsWith("ly"))) {
                return false;
            }
        }
        return false;
    }

    /** Whether the clause before {@code link} tells of something to come: a "will" or "would" within its words. */
    private static boolean futureClauseBefore(List<Token> tokens, int link) {
        for (int k = link - 1; k >= Math.max(0, link - PARTICIPLE_CLAUSE); k--) {
            String w = tokens.get(k).lower();
            if (w.equals(";") || w.equals(".") || w.equals("said") || w.equals("says")) {
                return false;
            }
            if (FUTURE.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Poland will close the border crossing", "said it would close its embassy": a cut in relations told with a plain
     * "will" or "would" and no condition in the sentence is decided, not threatened ("was ready to close the border if
     * the arrivals continued" stays a threat).
     */
    static boolean decidedCut(List<Token> tokens, int trigger) {
        int k = trigger - 1;
        while (k >= 0 && (tokens.get(k).is("also") || tokens.get(k).is("now") || tokens.get(k).lower().endsWith("ly"))) {
            k--;
        }
        if (k < 0 || !DECIDED.contains(tokens.get(k).lower())) {
            return false;
        }
        return tokens.stream().noneMatch(t -> CONDITIONS.contains(t.lower()));
    }

    /** Auxiliaries of a plain future: "will close", "would close". */
    private static final Set<String> DECIDED = Set.of("will", "would", "shall");
    /** Words of a condition anywhere in the sentence: "if the arrivals continued", "should they continue". */
    private static final Set<String> CONDITIONS = Set.of("if", "unless", "should");

    /** Words after "is" that make what it opens an act to come: "is due in Brussels", "is expected in Lisbon". */
    private static final Set<String> EXPECTED = Set.of("due", "expected", "scheduled", "set", "slated");

    /** The attack's subject ends in an aircraft word: "warplanes targeted", "military aircrafts had also attacked". */
    static boolean byAircraft(List<Token> tokens, int trigger) {
        int k = subjectHeadAt(tokens, trigger);
        return k >= 0 && (AIRCRAFT.contains(tokens.get(k).lower())
                || tokens.get(k).is("force") && k > 0 && tokens.get(k - 1).is("air"));
    }

    /** The word right before the trigger, past auxiliaries and adverbs: the head of its subject, lower case. */
    static String subjectHead(List<Token> tokens, int trigger) {
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

    static boolean refersBack(List<Token> tokens, PatternMatch m) {
        for (int k = m.first() + 1; k <= Math.min(tokens.size() - 1, m.last() + 1); k++) {
            if (ANAPHORIC_OBJECTS.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** "ruled out the possibility of a bilateral summit": the summit is with the other state of the sentence. */
    static boolean bilateral(List<Token> tokens, PatternMatch m) {
        for (int k = m.first(); k <= Math.min(tokens.size() - 1, m.last() + 5); k++) {
            if (tokens.get(k).is("bilateral")) {
                return true;
            }
        }
        return false;
    }

    /** A verb of saying just before a pronoun ("said it", "said in a statement that they"), or -1. */
    int reportingVerbBefore(List<Token> tokens, int pronoun) {
        if (!(tokens.get(pronoun).is("it") || tokens.get(pronoun).is("they"))) {
            return -1;
        }
        // "said the agreements were signed with Niger and that it did not recognise": the second "that" clause
        // is reported by the same verb, further back
        boolean secondReported = pronoun >= 2 && tokens.get(pronoun - 1).is("that") && tokens.get(pronoun - 2).is("and");
        int reach = secondReported ? SECOND_REPORTED_REACH : 6;
        for (int k = pronoun - 1; k >= Math.max(0, pronoun - reach); k--) {
            if (index.isSpeechVerb(tokens.get(k).lower())) {
                return k;
            }
            if (tokens.get(k).is(".") || tokens.get(k).is("\"") || tokens.get(k).is(";")) {
                return -1;
            }
        }
        return -1;
    }

    /** How far back the verb reporting a second "and that" clause may stand. */
    private static final int SECOND_REPORTED_REACH = 30;

    /** Verbs of a response whose means follows "by": "Berlin reacted on Tuesday by summoning Iran's envoy". */
    private static final Set<String> ANSWERING = Set.of("responded", "reacted", "retaliated", "replied", "countered",
            "answered", "respond", "react", "retaliate", "responds", "reacts", "retaliates");
    /** How many words (a time, "swiftly") may stand between the response and its "by". */
    private static final int ANSWER_REACH = 4;

    /** "Tehran responded by summoning": an act in "-ing" after "by" that a verb of response of its subject opens. */
    static boolean answeredBy(List<Token> tokens, int ing) {
        if (ing < 2 || !tokens.get(ing - 1).is("by")) {
            return false;
        }
        for (int k = ing - 2; k >= Math.max(0, ing - 2 - ANSWER_REACH); k--) {
            if (ANSWERING.contains(tokens.get(k).lower())) {
                return true;
            }
            if (!tokens.get(k).isWord()) {
                return false;
            }
        }
        return false;
    }

    /** How far after an act its "with" may name a partner: "signed a joint declaration with Austria". */
    private static final int PARTNER_REACH = 3;

    static boolean partnerNamedAfter(List<Token> tokens, PatternMatch m) {
        for (int k = m.last() + 1; k < Math.min(tokens.size(), m.last() + 1 + PARTNER_REACH); k++) {
            if (tokens.get(k).is("with")) {
                return true;
            }
            if (!tokens.get(k).isWord()) {
                return false;
            }
        }
        return false;
    }
}
