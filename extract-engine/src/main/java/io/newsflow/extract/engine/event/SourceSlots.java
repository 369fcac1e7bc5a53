package io.newsflow.extract.engine.event;

import static io.newsflow.extract.engine.event.ClauseWords.BLOCKING_PRONOUNS;
import static io.newsflow.extract.engine.event.ClauseWords.CLAUSE_END;
import static io.newsflow.extract.engine.event.ClauseWords.BETWEEN_SUBJECT_AND_VERB;
import static io.newsflow.extract.engine.event.ClauseWords.PREPOSITIONS;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.newsflow.contract.EntityKind;
import io.newsflow.extract.engine.dictionary.Dictionaries;
import io.newsflow.extract.engine.dictionary.DictionaryIndex;
import io.newsflow.extract.engine.entity.EntityKey;
import io.newsflow.extract.engine.entity.FoundMention;
import io.newsflow.extract.engine.nlp.Lemmatiser;
import io.newsflow.extract.engine.nlp.Token;

/**
 * Who did it: the actor spans that fill an event's source slot. The subject before the trigger (past prepositional
 * objects, through "it" to whoever said so, or the speaker for "we"), the partner coordinated with it, the possessor
 * of an act noun, the agent of a passive, and the reporter of a clause. What the clause says is read by
 * {@link ClauseReadings}; nouns that stand for an unnamed actor by {@link StateAndPeopleNouns}.
 */
final class SourceSlots {
    private static final Set<String> FIRST_PERSON = Set.of("we", "i", "us", "our", "my");
    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "their");
    /** Quantities whose "of" names who they are: "hundreds of UN troops", "some of the Syrian rebels". */
    private static final Set<String> QUANTITIES = Set.of("hundreds", "thousands", "dozens", "scores", "tens", "millions",
            "some", "many", "most", "several", "all", "both", "each", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "dozen");

    /**
     * Nouns through which a possessor does what follows: "Russia's decision to expel". Not those that say it was not
     * or not yet done ("refusal to", "attempt to", "threat to").
     */
    private static final Set<String> ACT_NOUNS = Set.of("decision", "move", "plan", "plans", "pledge", "promise",
            "readiness", "willingness");

    /** Words that open a clause of an -ing verb whose subject is the main clause's: "After meeting Sisi, Blinken". */
    private static final Set<String> FRONTING = Set.of("after", "before", "while", "upon", "since", "when");
    private static final int FRONTED_CLAUSE_WORDS = 16;
    /** Conjunctions that open a clause with a subject of its own: "after member associations endorsed the bid". */
    private static final Set<String> SUBORDINATORS = Set.of("after", "before", "when", "while", "because", "although",
            "though", "until", "unless", "whereas");
    /** Who governs for the one named after "of": "the government of Nicolás Maduro", "the administration of". */
    private static final Set<String> GOVERNMENTS = Set.of("government", "administration", "regime", "cabinet");
    /** Who speaks for the body named after "for" or "of": "a spokesman for the ministry". */
    private static final Set<String> VOICES = Set.of("spokesman", "spokeswoman", "spokesperson", "spokespeople",
            "representative", "representatives", "leaders", "heads", "leadership");
    /** Who acts as part of the body named after "of": "the rebels of the March 23 Movement", "fighters of Hamas". */
    private static final Set<String> MEMBERS = Set.of("members", "rebels", "fighters", "militants", "militiamen",
            "troops", "soldiers", "forces", "units", "gunmen", "commanders", "officers", "officials", "delegates");
    /** Participles that give the noun before them a task: "a prosecutor entrusted to investigate". */
    private static final Set<String> TASKING = Set.of("entrusted", "tasked", "mandated", "commissioned", "authorised",
            "authorized", "empowered", "assigned", "appointed", "formed", "created", "established", "hired", "sent",
            "deployed");
    /** Words that place an actor named after a preposition: "in southern Lebanon", "in war-torn Sudan". */
    private static final Set<String> PLACING_WORDS = Set.of("northern", "southern", "eastern", "western", "central",
            "northeastern", "northwestern", "southeastern", "southwestern", "north", "south", "east", "west",
            "neighbouring", "neighboring", "war-torn", "occupied", "rebel-held", "government-held", "mainland",
            "coastal", "rural", "landlocked");
    /** Numbers that count people one by one ("two Russians"); "thousands of Iranians" are a crowd. */
    private static final Set<String> COUNTS = Set.of("two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve", "several", "few");
    /** Auxiliaries and modals between a subject and its verb: "the lander would be ready". */
    private static final Set<String> AUXILIARIES = Set.of("will", "would", "shall", "should", "can", "could", "may",
            "might", "must", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had");

    private static final Set<String> ATTACK_NOUNS = Set.copyOf(Dictionaries.readWords("attack-nouns.txt"));

    private final DictionaryIndex index;
    /** "the", "its", "those": words that open a noun phrase. */
    private final Set<String> determiners;
    private final ClauseReadings clauses;
    private final StateAndPeopleNouns nouns;

    SourceSlots(DictionaryIndex index, ClauseReadings clauses, StateAndPeopleNouns nouns) {
        this.index = index;
        this.determiners = index.dictionaries().determiners();
        this.clauses = clauses;
        this.nouns = nouns;
    }

    /** The actor span that subject() would choose, or null when the subject is a pronoun or the speaker. */
    ActorSpan subjectSpan(List<Token> tokens, List<ActorSpan> actors, int trigger) {
        int reported = reportedClauseOpening(tokens, trigger);
        if (reported > 0) {
            // "the ministry denied that its helicopters had entered Polish airspace and accused Warsaw": the second
            // verb is the denier's, not that of anyone or anything in what was denied
            return subjectSpan(tokens, actors, reported - 1);
        }
        if (thingAsSubject(tokens, actors, trigger)) {
            return null;
        }
        boolean acrossQuote = false;
        for (int k = pastRelativeClause(tokens, trigger); k >= 0; k--) {
            Token t = tokens.get(k);
            ActorSpan a = ActorSpan.endingAt(actors, k);
            if (a != null) {
                if (possessorOfNonState(tokens, a, trigger)) {
                    return null;
                }
                if (acrossQuote && speechVerbBefore(tokens, a.first())) {
                    // 'Miller said the United States was "deeply troubled" and called on': the subject of the
                    // reported clause, not of the second verb, which is the sayer's
                    return null;
                }
                if (!prepositionalObject(tokens, actors, a) || absoluteSubject(tokens, a, trigger)) {
                    return a;
                }
                k = a.first();
                continue;
            }
            int opening = t.is("\"") ? openingOfPartialQuote(tokens, k) : -1;
            if (opening >= 0) {
                k = opening; // 'called the agreement "a step forward", but again rejected': a few words quoted
                acrossQuote = true;
                continue;
            }
            if (t.is("\"") || t.is(";") || FIRST_PERSON.contains(t.lower()) || BLOCKING_PRONOUNS.contains(t.lower())
                    || ownCountry(tokens, k) || opensClauseWithSubject(tokens, k, trigger)) {
                return null; // a semicolon ends the clause whose subject this would be
            }
        }
        return null;
    }

    /**
     * "Saudi Arabia was confirmed as host, after member associations endorsed the bid": a conjunction at k opening
     * the trigger's clause with a subject of its own (a word, not an -ing verb, right after it), which names no actor.
     */
    private static boolean opensClauseWithSubject(List<Token> tokens, int k, int trigger) {
        if (!SUBORDINATORS.contains(tokens.get(k).lower()) || k + 2 >= trigger || !tokens.get(k + 1).isWord()
                || Lemmatiser.isIngForm(tokens.get(k + 1).lower()) || trigger - k > SUBORDINATE_SUBJECT_WORDS) {
            return false;
        }
        for (int j = k + 1; j < trigger; j++) {
            if (!tokens.get(j).isWord() && !tokens.get(j).is("'s") || CLAUSE_LINKS.contains(tokens.get(j).lower())) {
                return false; // "speaking after the same meeting, accused Baku": a phrase, then the main clause
            }
        }
        return true;
    }

    /** Words that open a further clause: "said after the vote that the crisis may be settled" has no subject there. */
    private static final Set<String> CLAUSE_LINKS = Set.of("that", "which", "who", "if", "whether");
    /** How far after its conjunction a subordinate clause's verb may stand: "after the body's member associations endorsed". */
    private static final int SUBORDINATE_SUBJECT_WORDS = 10;

    /**
     * Where the partial quote that the mark at {@code close} ends opens: a few words quoted after a word of the
     * clause, starting in lower case ('called the agreement "a step forward"'); -1 for any other mark.
     */
    private static int openingOfPartialQuote(List<Token> tokens, int close) {
        for (int k = close - 1; k >= Math.max(1, close - PARTIAL_QUOTE_WORDS); k--) {
            if (tokens.get(k).is("\"")) {
                boolean partial = k + 1 < close && tokens.get(k - 1).isWord() && !tokens.get(k + 1).isCapitalised();
                return partial ? k : -1;
            }
        }
        return -1;
    }

    /** Whether a verb of saying stands before {@code at} in its sentence. */
    /** How many words a reported clause that a coordinated verb is read across may have. */
    private static final int REPORTED_CLAUSE_WORDS = 16;

    /**
     * The "that" opening a reported clause ("denied that", "said that") that the trigger, a verb of answering
     * coordinated by "and", follows; else -1.
     */
    private int reportedClauseOpening(List<Token> tokens, int trigger) {
        if (!ClauseReadings.answersTheDenied(tokens, trigger)) {
            return -1;
        }
        for (int k = trigger - 2; k >= 1 && k >= trigger - REPORTED_CLAUSE_WORDS; k--) {
            Token t = tokens.get(k);
            if (t.is(",") || t.is(";") || t.is("\"")) {
                return -1;
            }
            if (t.is("that")) {
                String verb = tokens.get(k - 1).lower();
                return index.isSpeechVerb(verb) || ClauseReadings.DENIALS.contains(verb) ? k : -1;
            }
        }
        return -1;
    }

    private boolean speechVerbBefore(List<Token> tokens, int at) {
        for (int k = at - 1; k >= 0; k--) {
            if (index.isSpeechVerb(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** How many words a partial quote that a subject is read across may have. */
    private static final int PARTIAL_QUOTE_WORDS = 8;

    /**
     * "Sugiono said after meeting his Malaysian counterpart", "Blinken flew to Amman after meeting Sisi": an -ing verb
     * right after "after", "before", "while" or "upon" inside the sentence has the subject of the clause it follows;
     * that subject, else null.
     */
    ActorSpan subjectBeforeTrailingClause(List<Token> tokens, List<ActorSpan> actors, int trigger) {
        if (trigger < 2 || !tokens.get(trigger).lower().endsWith("ing") || !FRONTING.contains(tokens.get(trigger - 1).lower())
                || !tokens.get(trigger - 2).isWord()) {
            return null;
        }
        return subjectSpan(tokens, actors, trigger - 1);
    }

    /**
     * "After meeting Egyptian President Sisi, Blinken flew to Jordan": an -ing verb right after "after", "before",
     * "while" or "upon" that opens the sentence (or follows a comma) has the subject of the clause after its comma, as
     * has a meeting noun so fronted ("Last Friday, after talks with Merkel in Sochi, Medvedev said"); that subject
     * when it opens that clause, else null.
     */
    ActorSpan subjectAfterFrontedClause(List<Token> tokens, List<ActorSpan> actors, int trigger) {
        boolean opensSentence = trigger == 0 && tokens.get(trigger).isCapitalised(); // "Praising the pledges, Grandi said"
        boolean frontedVerb = tokens.get(trigger).lower().endsWith("ing") && (opensSentence || trigger >= 1
                && FRONTING.contains(tokens.get(trigger - 1).lower())
                && (trigger < 2 || tokens.get(trigger - 2).is(",") || tokens.get(trigger - 2).is("-")));
        if (!frontedVerb && !frontedMeeting(tokens, trigger)) {
            return null;
        }
        for (int k = trigger + 1; k < Math.min(tokens.size() - 1, trigger + FRONTED_CLAUSE_WORDS); k++) {
            if (tokens.get(k).is(".") || tokens.get(k).is(";") || tokens.get(k).is("\"")) {
                return null;
            }
            if (tokens.get(k).is(",")) {
                return ActorSpan.startingAt(actors, ClauseWords.afterArticle(tokens, k + 1));
            }
        }
        return null;
    }

    /** Words that open a phrase of a meeting told before its subject: "After talks with Merkel, Medvedev said". */
    private static final Set<String> FRONTING_MEETING = Set.of("after", "following", "during", "at");
    /** The nouns of a meeting such a phrase names. */
    private static final Set<String> MEETING_NOUNS = Set.of("talks", "meeting", "meetings", "consultations",
            "discussions", "negotiations");

    /**
     * "After talks with Angela Merkel", "Following a meeting with Xi": a meeting noun at the trigger, right after a
     * word that fronts it (or after that word and "a", "his" or "her"), at the sentence's start or after a comma.
     */
    private static boolean frontedMeeting(List<Token> tokens, int trigger) {
        if (trigger < 1 || !MEETING_NOUNS.contains(tokens.get(trigger).lower())) {
            return false;
        }
        int opener = tokens.get(trigger - 1).is("a") || tokens.get(trigger - 1).is("his")
                || tokens.get(trigger - 1).is("her") ? trigger - 2 : trigger - 1;
        return opener >= 0 && FRONTING_MEETING.contains(tokens.get(opener).lower())
                && (opener == 0 || tokens.get(opener - 1).is(","));
    }

    /**
     * "Two Russians attacked a police officer", "these 150 Indians have violated": people counted one by one are
     * private persons of a nationality, not their state.
     */
    static boolean countedPeople(List<Token> tokens, ActorSpan actor) {
        FoundMention m = actor.mention();
        if (m.how() != FoundMention.How.DEMONYM || m.first() != m.last() || m.first() == 0
                || !tokens.get(m.first()).lower().endsWith("s")) {
            return false;
        }
        Token before = tokens.get(m.first() - 1);
        return Character.isDigit(before.text().charAt(0)) || COUNTS.contains(before.lower());
    }

    /**
     * "to state when the lander would be ready for missions", "a task order that should be released": a thing named
     * by a common noun, right before the trigger's auxiliaries (or before the "that" that stands for it), is the
     * subject, so no actor named earlier did it.
     */
    private boolean thingAsSubject(List<Token> tokens, List<ActorSpan> actors, int trigger) {
        if (taskedNounAsSubject(tokens, actors, trigger)) {
            return true;
        }
        int k = trigger - 1;
        int auxiliaries = 0;
        while (k >= 0 && (AUXILIARIES.contains(tokens.get(k).lower()) || tokens.get(k).is("not"))) {
            auxiliaries += tokens.get(k).is("not") ? 0 : 1;
            k--;
        }
        if (auxiliaries == 0 || k < 1) {
            return false;
        }
        if (tokens.get(k).is("that") || tokens.get(k).is("which")) {
            k--;
        }
        Token head = tokens.get(k);
        if (!head.isWord() || head.isCapitalised() || ActorSpan.endingAt(actors, k) != null || !isThing(head.lower())) {
            return false;
        }
        int opener = k - 1;
        while (opener >= Math.max(0, k - 3) && tokens.get(opener).isWord() && !tokens.get(opener).isCapitalised()
                && !determiners.contains(tokens.get(opener).lower())) {
            opener--;
        }
        return opener >= 0 && determiners.contains(tokens.get(opener).lower())
                && (opener == 0 || !(tokens.get(opener - 1).is("and") || tokens.get(opener - 1).is("or")));
    }

    /**
     * "would not put up with another special prosecutor entrusted to investigate": after a noun, a participle that
     * gives a task makes that noun the subject of the verb after "to"; when the noun names no actor, nobody named
     * earlier acts.
     */
    private static boolean taskedNounAsSubject(List<Token> tokens, List<ActorSpan> actors, int trigger) {
        if (trigger < 3 || !tokens.get(trigger - 1).is("to") || !TASKING.contains(tokens.get(trigger - 2).lower())) {
            return false;
        }
        Token noun = tokens.get(trigger - 3);
        return noun.isWord() && !noun.isCapitalised() && !AUXILIARIES.contains(noun.lower())
                && !noun.lower().endsWith("ly") && ActorSpan.endingAt(actors, trigger - 3) == null;
    }

    /** A common noun that names no actor: not a role, a pronoun, a state, people, forces or a body. */
    private boolean isThing(String noun) {
        String singular = noun.endsWith("s") ? noun.substring(0, noun.length() - 1) : noun;
        return !(index.role(noun) != null || index.role(singular) != null || index.roleNoun("the " + noun) != null
                || index.roleNoun("the " + singular) != null || index.isStateNoun(noun) || index.isStateNoun(singular)
                || index.isPopulationNoun(noun) || index.isPopulationNoun(singular) || index.isOrgWord(noun)
                || index.isOrgWord(singular) || BLOCKING_PRONOUNS.contains(noun) || FIRST_PERSON.contains(noun)
                || POSSESSIVE_PRONOUNS.contains(noun) || ATTACK_NOUNS.contains(noun) || ATTACK_NOUNS.contains(singular));
    }

    /**
     * "Zelensky, who arrived in Jeddah on Monday and was received by the crown prince": a second verb joined by "and"
     * inside a relative clause has the clause's antecedent as its subject; that antecedent, else null.
     */
    static ActorSpan antecedentOfSecondRelativeVerb(List<Token> tokens, List<ActorSpan> actors, int trigger) {
        int k = trigger - 1;
        while (k >= 0 && PASSIVE_AUXILIARIES.contains(tokens.get(k).lower())) {
            k--;
        }
        if (k < 3 || !tokens.get(k).is("and")) {
            return null;
        }
        for (int j = k - 1; j >= 2; j--) {
            Token t = tokens.get(j);
            if ((t.is("who") || t.is("which")) && tokens.get(j - 1).is(",")) {
                return ActorSpan.endingAt(actors, j - 2);
            }
            if (!t.isWord() && !t.is("'s") && !t.is("-")) {
                return null; // a comma or a quote: the "and" joins something else
            }
        }
        return null;
    }

    /**
     * Where the search for a subject starts: before the trigger, or, when a relative clause between commas stands
     * between them ("Saudi Arabia, which hosted earlier talks in Jeddah, welcomed the news"), before that clause.
     */
    static int pastRelativeClause(List<Token> tokens, int trigger) {
        int comma = trigger - 1;
        while (comma >= 0 && (tokens.get(comma).lower().endsWith("ly")
                || BETWEEN_SUBJECT_AND_VERB.contains(tokens.get(comma).lower())
                || PASSIVE_AUXILIARIES.contains(tokens.get(comma).lower()))) {
            comma--;
        }
        if (comma >= 4 && tokens.get(comma).is("and") && tokens.get(comma - 1).is(",")) {
            comma--; // "chaired the meeting, which lasted two hours, and urged": the second verb's subject is the first's
        }
        if (comma < 3 || !tokens.get(comma).is(",")) {
            return trigger - 1;
        }
        int namePassed = -1;
        for (int k = comma - 1; k >= 1; k--) {
            Token t = tokens.get(k);
            if (t.is(",") && namePassed < 0 && k + 1 < comma && tokens.get(k + 1).isCapitalised()) {
                // "Mr Xi, who was accompanied by his wife, Madam Peng Liyuan, was received": a name in apposition
                // inside the clause
                namePassed = k;
                continue;
            }
            if ((t.is("which") || t.is("who") || t.is("where") || t.is("whose")) && tokens.get(k - 1).is(",")
                    && (namePassed < 0 || verbBetween(tokens, k + 1, namePassed))) {
                // (past a name in apposition only when the clause had its own verb before it: "whose Prime Minister,
                // General Abdoulaye Maiga, had accused" is the clause's subject, not a relative clause before it)
                // (and "Ukraine, where Russian forces shelled Kherson, asked for help", "Macron, whose country will
                // sit on a U.S.-led committee, welcomed")
                return k - 2;
            }
            if (namePassed >= 0) {
                // past a name in apposition only a relative clause's pronoun ends the search ("adding that its
                // chairwoman, Nkosazana Dlamini-Zuma, had urged" has none)
                if (t.is(",") || t.is(";") || t.is(".")) {
                    break;
                }
                continue;
            }
            if ((t.is("a") || t.is("an") || t.is("one") && tokens.get(k + 1).is("of")) && (tokens.get(k - 1).is(",")
                    || k >= 2 && REFLEXIVES.contains(tokens.get(k - 1).lower()) && tokens.get(k - 2).is(","))) {
                // "Troops of Operation Safe Haven, a joint task force led by the army, engaged", "Poland, one of
                // Ukraine's staunchest backers, has accused", "Smotrich, himself a West Bank settler, accused": past
                // the apposition
                return k - 2;
            }
            if (k >= 2 && tokens.get(k - 1).is(",") && appositionRole(tokens, k)) {
                return k - 2; // "Utut Adianto, chair of the House's Commission I overseeing defence, demanded"
            }
            if (k >= 2 && t.is("the") && tokens.get(k - 1).is(",") && tokens.get(k - 2).isCapitalised()
                    && ROLE_TITLES.contains(tokens.get(comma - 1).lower())) {
                // "Penny Wong, the opposition Labor Party's foreign affairs spokeswoman, accused": a title whose body
                // is named inside it describes the name before it
                return k - 2;
            }
            // (a partial quote may stand inside the clause: 'Among, who described the march as a "foreign-sponsored"
            // attempt, was sanctioned')
            if (t.is(",") || t.is(";") || t.is(".")) {
                break;
            }
        }
        return trigger - 1;
    }

    /** Whether tokens [from, to) hold a verb: an auxiliary or a past form ("who was accompanied by his wife"). */
    private static boolean verbBetween(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = tokens.get(k).lower();
            if (PASSIVE_AUXILIARIES.contains(w) || w.endsWith("ed")) {
                return true;
            }
        }
        return false;
    }

    /** Titles of roles.tsv: a lower-case one after a comma opens an apposition of the name before it. */
    private static final java.util.Set<String> ROLE_TITLES = io.newsflow.extract.engine.dictionary.Dictionaries
            .readWords("roles.tsv");

    /** How many lower-case words may stand before the title of an apposition: "the shadow security minister". */
    private static final int APPOSITION_TITLE_REACH = 4;

    /**
     * ", chair of ...", ", the head of ...", ", former prime minister ...", ", the shadow security minister and a
     * candidate for ...": an apposition that gives a role.
     */
    private static boolean appositionRole(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        int title = (t.is("the") || t.is("former")) && k + 1 < tokens.size() ? k + 1 : k;
        for (int w = title; w < Math.min(tokens.size(), title + APPOSITION_TITLE_REACH); w++) {
            Token word = tokens.get(w);
            if (!word.isWord() || word.isCapitalised()) {
                return false;
            }
            if (ROLE_TITLES.contains(word.lower())) {
                return true;
            }
        }
        return false;
    }

    /** "Zelensky, who is on his first visit to Croatia, was welcomed by": a passive's auxiliary after the clause. */
    private static final java.util.Set<String> PASSIVE_AUXILIARIES = java.util.Set.of("was", "were", "is", "are",
            "been");

    private static final java.util.Set<String> REFLEXIVES = java.util.Set.of("himself", "herself", "itself",
            "themselves");

    /** What opens a phrase that ends a report with when it was made: "…, after talks with Albanese". */
    private static final Set<String> TRAILING_OPENERS = Set.of("after", "following", "during", "before", "ahead");
    /** Words that may stand between the opener and the act: "after his talks", "ahead of the summit". */
    private static final int TRAILING_WORDS = 3;

    /**
     * "Li Qiang says Australia and China should not let their differences define the relationship, after talks with
     * Albanese": the act of a phrase after the reported clause is the sayer's, not the reported clause's subject's;
     * null where the trigger opens no such phrase or no sayer is found.
     */
    EntityKey sayerOfTrailingPhrase(List<Token> tokens, List<ActorSpan> actors, int trigger) {
        for (int k = trigger - 1; k >= 1 && k >= trigger - TRAILING_WORDS; k--) {
            if (TRAILING_OPENERS.contains(tokens.get(k).lower()) && tokens.get(k - 1).is(",")) {
                return reporter(tokens, actors, k - 1);
            }
            if (!tokens.get(k).isWord() || ActorSpan.endingAt(actors, k) != null) {
                return null; // (", after Ireland recognized": a clause with a subject of its own)
            }
        }
        return null;
    }

    /** "said his country would not recognize": the subject is someone's own country, not the actor named before. */
    private static boolean ownCountry(List<Token> tokens, int k) {
        return k > 0 && (tokens.get(k).is("country") || tokens.get(k).is("nation"))
                && POSSESSIVE_PRONOUNS.contains(tokens.get(k - 1).lower());
    }

    /** The subject: the nearest actor before the trigger that is not the object of a preposition. */
    EntityKey subject(List<Token> tokens, List<ActorSpan> actors, int trigger, EntityKey speaker,
            boolean impersonal) {
        if (thingAsSubject(tokens, actors, trigger)) {
            return null;
        }
        boolean viaReport = false;
        EntityKey forces = null;
        for (int k = pastRelativeClause(tokens, trigger); k >= 0; k--) {
            Token t = tokens.get(k);
            ActorSpan a = ActorSpan.endingAt(actors, k);
            if (a != null && viaReport && clauses.objectOfVerb(tokens, a.first())) {
                k = a.first(); // "Iran condemned the German decision ... and said it had": the first verb's object
                continue;
            }
            if (a != null) {
                if (possessorOfNonState(tokens, a, trigger) || countedPeople(tokens, a)) {
                    return null;
                }
                if (!prepositionalObject(tokens, actors, a) || absoluteSubject(tokens, a, trigger)) {
                    return a.mention().key();
                }
                if (forces == null && a.mention().key().kind() == EntityKind.COUNTRY && nouns.stateNounBefore(tokens, a.first())) {
                    forces = a.mention().key(); // "soldiers in the West African nation of Guinea detained"
                }
                k = a.first();
                continue;
            }
            int quoted = viaReport && t.is("\"") ? openingOfPartialQuote(tokens, k) : -1;
            if (quoted >= 0) {
                k = quoted; // 'Iran condemned the decision as "irrational" and said it had summoned': the sayer is
                continue; // found past the few words quoted
            }
            if (t.is("\"") || t.is(";") || ownCountry(tokens, k)) {
                break;
            }
            if (opensClauseWithSubject(tokens, k, trigger)) {
                break; // the clause the conjunction opens has its own subject, which names no actor
            }
            if (FIRST_PERSON.contains(t.lower())) {
                return viaReport ? null : speaker; // "Some of our partners say they are ready": not the speaker
            }
            if ((t.is("which") || t.is("who")) && k >= 2 && tokens.get(k - 1).is(",")) {
                // "ECOWAS, which has imposed sanctions on Niger": the relative pronoun stands for the name before it
                // ("a ceremony for Lao Prime Minister Sonexay, who arrived on Wednesday": "who" is a person's even as
                // the object of a preposition)
                ActorSpan antecedent = ActorSpan.endingAt(actors, k - 2);
                return antecedent == null || t.is("which") && prepositionalObject(tokens, actors, antecedent)
                        || possessorOfNonState(tokens, antecedent, trigger) ? null : antecedent.mention().key();
            }
            if (BLOCKING_PRONOUNS.contains(t.lower())) {
                int verb = clauses.reportingVerbBefore(tokens, k);
                if (verb < 0) {
                    return null;
                }
                // "Russia said it was ready": "it" is the one who said so, found past a relative clause before
                // the verb ("Iran, which backs Hezbollah, said it supported")
                k = pastRelativeClause(tokens, verb) + 1;
                viaReport = true;
            }
        }
        return forces != null ? forces : impersonal ? speaker : null;
    }

    /**
     * "Malaysia's telecommunications companies are investing": the country owns the subject without being it. Only
     * a state noun after the possessive ("Iran's army", "China's foreign minister") lets the country act.
     */
    private boolean possessorOfNonState(List<Token> tokens, ActorSpan a, int trigger) {
        int s = a.last() + 1;
        if (a.mention().key().kind() != EntityKind.COUNTRY || s + 1 >= trigger || !tokens.get(s).isPossessiveMark()) {
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
     * "Algeria took a similar step in March 2022, recalling": the actor that opens the sentence and is followed by
     * a verb in lower case, when the comma before the participle is the sentence's first; else null.
     */
    EntityKey openingSubject(List<Token> tokens, List<ActorSpan> actors, int comma) {
        ActorSpan opening = ActorSpan.startingAt(actors, tokens.isEmpty() || !tokens.get(0).is("The") ? 0 : 1);
        if (opening == null || opening.last() + 1 >= comma || ClauseWords.punctuationBetween(tokens, -1, comma)) {
            return null;
        }
        Token verb = tokens.get(opening.last() + 1);
        return verb.isWord() && !verb.isCapitalised() && !verb.is("and") && !verb.is("of") && !verb.is("'s")
                && !PREPOSITIONS.contains(verb.lower()) ? opening.mention().key() : null;
    }

    /**
     * "with the Sultanate of Oman mediating between": the actor after "with" right before the act in -ing is the
     * subject of that clause, not an object.
     */
    static boolean absoluteSubject(List<Token> tokens, ActorSpan actor, int trigger) {
        int with = actor == null ? -1 : ClauseWords.pastThe(tokens, actor.first() - 1);
        return with >= 0 && actor.last() + 1 == trigger && tokens.get(with).is("with")
                && tokens.get(trigger).lower().endsWith("ing");
    }

    /** An actor governed by a preposition ("sanctions against X"), directly or through a coordination. */
    private static boolean prepositionalObject(List<Token> tokens, List<ActorSpan> actors, ActorSpan actor) {
        if (actor.first() == 0) {
            return false;
        }
        if (actor.first() >= 2 && tokens.get(actor.first() - 1).is("(")) {
            // "Merz of the Christian Democrats (CDU) called": the acronym in brackets stands where its name stands
            ActorSpan named = ActorSpan.endingAt(actors, actor.first() - 2);
            if (named != null) {
                return prepositionalObject(tokens, actors, named);
            }
        }
        // "asked about the Muslim Brotherhood", "in southern Lebanon": the preposition may stand before the actor's
        // article and a word that places it
        int before = actor.first() - 1;
        while (before > 0 && PLACING_WORDS.contains(tokens.get(before).lower())) {
            before--;
        }
        int described = before;
        while (described > 0 && described >= before - 1 && tokens.get(described).isWord()
                && !tokens.get(described).isCapitalised() && !tokens.get(described).is("the")
                && !PREPOSITIONS.contains(tokens.get(described).lower())) {
            described--; // "of the conservative Christian Democrats": an adjective after the article
        }
        if (described < before && tokens.get(described).is("the")) {
            before = described;
        }
        before = ClauseWords.pastThe(tokens, before);
        if (before >= 1 && tokens.get(before).is("of") && GOVERNMENTS.contains(tokens.get(before - 1).lower())) {
            return false; // "The government of Nicolás Maduro recalled": the government acts, for the one it is of
        }
        if (before >= 1 && (tokens.get(before).is("for") || tokens.get(before).is("of"))
                && VOICES.contains(tokens.get(before - 1).lower())) {
            return false; // "a spokesman for the Ministry of National Defence issued", "Leaders of the EAC called": the body
        }
        if (before >= 1 && tokens.get(before).is("of") && MEMBERS.contains(tokens.get(before - 1).lower())
                && !(before >= 3 && tokens.get(before - 2).is("the") && tokens.get(before - 3).is("of"))) {
            // (but "none of the members of the Hungarian government agreed": a part of them, which may be none)
            return false; // "The rebels of the March 23 Movement took Goma": the body its members act for
        }
        return before >= 0 && PREPOSITIONS.contains(tokens.get(before).lower()) && !partitive(tokens, before)
                || coordinatedWithObject(tokens, actors, actor.first() - 1);
    }

    /** "Hundreds of UN troops withdrew", "dozens of Israeli soldiers": the "of" of a quantity heads no object. */
    private static boolean partitive(List<Token> tokens, int of) {
        if (of < 1 || !tokens.get(of).is("of")) {
            return false;
        }
        String quantity = tokens.get(of - 1).lower();
        return QUANTITIES.contains(quantity) || Character.isDigit(quantity.charAt(0));
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
     * "China and Brazil", "Brazil and the United States", "the Sudanese army and the RSF": the first of two actors
     * joined by "and" as a subject (a country's forces stand for the country).
     */
    ActorSpan partnerBefore(List<Token> tokens, List<ActorSpan> actors, ActorSpan subject) {
        ActorSpan named = subject.first() >= 2 && tokens.get(subject.first() - 1).is("(")
                ? ActorSpan.endingAt(actors, subject.first() - 2) : null;
        if (named != null) {
            subject = named; // "Thailand and the Barisan Revolusi Nasional (BRN)": the acronym after its full name
        }
        int and = ClauseWords.pastThe(tokens, counterpartOpening(tokens, subject.first() - 1));
        if (and < 1 || !tokens.get(and).is("and")) {
            // "Zalmay Khalilzad and Taliban political chief Abdul Ghani Baradar", "and the Taliban's political chief,
            // Abdul Ghani Baradar,": the "and" before the name's title
            and = andBeforeTitle(tokens, actors, subject.first() - 1);
        }
        if (and < 1 || !tokens.get(and).is("and")) {
            return null;
        }
        boolean serialComma = and >= 2 && tokens.get(and - 1).is(","); // "the US, Russia, and Switzerland"
        ActorSpan before = ActorSpan.endingAt(actors, serialComma ? and - 2 : and - 1);
        if (before == null && and >= 2 && index.isStateNoun(tokens.get(and - 1).lower())) {
            int owner = and - 2;
            if (owner >= 1 && tokens.get(owner).isPossessiveMark()) {
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

    /** How many words a title before a name may take: "the Taliban's political chief,". */
    private static final int TITLE_WORDS = 4;
    /** Words that end a title read backwards: they join clauses, not the words of a title. */
    private static final Set<String> NOT_TITLE_WORDS = Set.of("and", "or", "but", "which", "who", "that", "while",
            "the", "a", "an", "when", "as", "after", "before", "if", "because", "since", "until", "where", "whereas",
            "although", "though", "once", "then", "also", "later", "said", "says", "told");

    /**
     * The "and" before the title of the name starting at {@code k + 1}: "and Taliban political chief Abdul Ghani
     * Baradar", "and the Taliban's political chief, Abdul Ghani Baradar": a comma, the title's words (in lower case,
     * or known as roles), the body or state whose title it is, "the"; else -1.
     */
    private int andBeforeTitle(List<Token> tokens, List<ActorSpan> actors, int k) {
        int j = k >= 0 && tokens.get(k).is(",") ? k - 1 : k;
        int words = 0;
        while (j >= 1 && words < TITLE_WORDS && tokens.get(j).isWord() && !NOT_TITLE_WORDS.contains(tokens.get(j).lower())
                && !PREPOSITIONS.contains(tokens.get(j).lower()) && ActorSpan.endingAt(actors, j) == null
                && (!tokens.get(j).isCapitalised() || index.role(tokens.get(j).lower()) != null)) {
            j--;
            words++;
        }
        if (words == 0 || j < 1) {
            return -1;
        }
        if (tokens.get(j).isPossessiveMark()) {
            j--;
        }
        ActorSpan body = ActorSpan.endingAt(actors, j);
        if (body != null) {
            j = body.first() - 1; // "Taliban political chief", "the Taliban's political chief"
        }
        j = j >= 1 && tokens.get(j).is("the") ? j - 1 : j;
        return j >= 1 && tokens.get(j).is("and") ? j : -1;
    }

    /** How many words a counterpart's title may take before its noun: "his Angolan counterpart". */
    private static final int COUNTERPART_WORDS = 3;
    private static final Set<String> OWNERS = Set.of("his", "her", "their");

    /**
     * "Mauro Vieira and his Angolan counterpart, Téte António", "X and his counterpart Y": where the words that
     * introduce the partner as a counterpart start, before {@code k}, the word before the partner's name; else k.
     */
    private static int counterpartOpening(List<Token> tokens, int k) {
        int noun = k >= 0 && tokens.get(k).is(",") ? k - 1 : k;
        if (noun >= 0 && OWNERS.contains(tokens.get(noun).lower())) {
            return noun - 1; // the name's phrase took the title in: "and his [Angolan counterpart Téte António]"
        }
        if (noun < 1 || !(tokens.get(noun).is("counterpart") || tokens.get(noun).is("counterparts"))) {
            return k;
        }
        for (int j = noun - 1; j >= Math.max(0, noun - COUNTERPART_WORDS); j--) {
            if (OWNERS.contains(tokens.get(j).lower())) {
                return j - 1;
            }
        }
        return k;
    }

    /** "Spain, Ireland and Norway": the actors listed with commas before the partner of an "and", first first. */
    List<ActorSpan> listBefore(List<Token> tokens, List<ActorSpan> actors, ActorSpan partner) {
        List<ActorSpan> listed = new ArrayList<>();
        int comma = ClauseWords.pastThe(tokens, partner.first() - 1); // "South Korea, the United States and Japan"
        while (comma >= 1 && tokens.get(comma).is(",")) {
            ActorSpan before = ActorSpan.endingAt(actors, comma - 1);
            if (before == null && comma >= 3 && tokens.get(comma - 2).is("'s")
                    && index.isStateNoun(tokens.get(comma - 1).lower())) {
                before = ActorSpan.endingAt(actors, comma - 3); // "Somalia's government, the African Union and"
            }
            if (before == null) {
                break;
            }
            listed.add(0, before);
            comma = ClauseWords.pastThe(tokens, before.first() - 1);
        }
        return listed;
    }

    /**
     * The actor whose act a noun phrase names: the possessor right before the trigger or before an act noun and "to"
     * ("Russia's decision to expel"); null otherwise.
     */
    /** How many adjectives may stand between a possessor and its noun: "Egypt's categorical rejection". */
    private static final int NOUN_MODIFIERS = 2;
    /** A lower-case word shaped as an adjective or participle: "categorical", "continued", "latest", "massive". */
    private static final java.util.regex.Pattern ADJECTIVE = java.util.regex.Pattern.compile(
            "\\p{Ll}+(?:al|ed|ic|ive|ous|ful|est|ent|ant|ly)|new|fresh|recent|\\d+(?:st|nd|rd|th)");

    static ActorSpan nominalPossessor(List<Token> tokens, List<ActorSpan> actors, int trigger) {
        int k = trigger - 1;
        if (k >= 2 && tokens.get(k).is("to") && ACT_NOUNS.contains(tokens.get(k - 1).lower())) {
            k -= 2;
        }
        for (int modifiers = 0; modifiers < NOUN_MODIFIERS && k >= 2 && ADJECTIVE.matcher(tokens.get(k).text()).matches();
                modifiers++) {
            k--; // "Egypt's categorical rejection", "Israel's continued strikes": the noun's adjectives
        }
        k -= dateBefore(tokens, k); // "Israel's September 9 strike on Qatar", "Hamas's 7 October attack"
        if (k < 1 || !(tokens.get(k).isPossessiveMark() || tokens.get(k).is("whose"))) {
            return null; // ("Gbagbo, whose refusal to accept the result": the one before "whose" owns the act)
        }
        ActorSpan possessor = ActorSpan.endingAt(actors, k - 1);
        return possessor != null && possessor.mention().key().kind() != EntityKind.LOCATION ? possessor : null;
    }

    /** A day of the month as wire copy prints it. */
    private static final java.util.regex.Pattern DAY_NUMBER = java.util.regex.Pattern.compile("\\d{1,2}");

    /** How many words a day and month ending at {@code k} take ("September 9", "7 October"), else 0. */
    private static int dateBefore(List<Token> tokens, int k) {
        if (k < 2) {
            return 0;
        }
        String last = tokens.get(k).text();
        String before = tokens.get(k - 1).text();
        if (DAY_NUMBER.matcher(last).matches() && before.equals(".") && k >= 3 && isMonth(tokens.get(k - 2).text())) {
            return 3; // "Russia's Feb. 24 invasion"
        }
        boolean monthDay = DAY_NUMBER.matcher(last).matches() && isMonth(before);
        boolean dayMonth = isMonth(last) && DAY_NUMBER.matcher(before).matches();
        return monthDay || dayMonth ? 2 : 0;
    }

    private static boolean isMonth(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0))
                && word.replace(".", "").matches(io.newsflow.extract.engine.time.Months.MONTH_NAMES);
    }

    /**
     * The actor after "by" within the match ("killed by Israeli troops") or up to seven words after it in its clause
     * ("sentenced to death with a two-year reprieve by a Chinese court").
     */
    ActorSpan agent(List<ActorSpan> actors, List<Token> tokens, int first, int last) {
        for (int k = first + 1; k < Math.min(tokens.size(), last + AGENT_REACH); k++) {
            if (k > last && (tokens.get(k).is(",") || tokens.get(k).is(";") || tokens.get(k).is("\"")
                    || tokens.get(k).is("and"))) {
                return null;
            }
            if (tokens.get(k).is("by")) {
                ActorSpan right = ActorSpan.startingAt(actors, k + 1);
                boolean determiner = k + 2 < tokens.size() && determiners.contains(tokens.get(k + 1).lower());
                // "by the Israeli army", not "by recent U.S. economic data"; "by a massive Russian missile attack"
                ActorSpan afterArticle = determiner ? ActorSpan.startingAt(actors, k + 2) : null;
                return right != null ? right : afterArticle != null ? afterArticle : attacker(actors, tokens, k + 1);
            }
            ActorSpan attacker = tokens.get(k).is("in") ? attacker(actors, tokens, k + 1) : null;
            if (attacker != null) {
                return attacker; // "were killed in a Ukrainian drone strike"
            }
        }
        return null;
    }

    /** How far past a passive its "by" may stand: a few words of its object or manner before the agent. */
    private static final int AGENT_REACH = 8;

    /**
     * "a Ukrainian drone strike", "an Israeli air raid": the actor that names an attack after "in" did it, where "killed
     * in Ukraine" names only a place. The actor opens the phrase, past its article if any, and an attack noun
     * ({@code attack-nouns.txt}) ends it within a few words.
     */
    private ActorSpan attacker(List<ActorSpan> actors, List<Token> tokens, int from) {
        if (from >= tokens.size()) {
            return null;
        }
        boolean article = tokens.get(from).is("a") || tokens.get(from).is("an") || tokens.get(from).is("the");
        int at = article ? from + 1 : from; // "killed in Israeli tank shelling"
        while (at < Math.min(tokens.size(), from + 3) && ActorSpan.startingAt(actors, at) == null
                && tokens.get(at).isWord() && !tokens.get(at).isCapitalised()
                && !ATTACK_NOUNS.contains(tokens.get(at).lower())) {
            at++; // "a massive Russian missile attack": past an adjective or two
        }
        ActorSpan actor = ActorSpan.startingAt(actors, at);
        if (actor == null) {
            return null;
        }
        for (int k = actor.last() + 1; k < Math.min(tokens.size(), actor.last() + 4); k++) {
            if (ATTACK_NOUNS.contains(tokens.get(k).lower())) {
                return actor;
            }
            if (!tokens.get(k).isWord()) {
                return null;
            }
        }
        return null;
    }

    /**
     * 'Miller said the US was "deeply troubled" by the sentences and called on Baku to release them': a second verb
     * whose subject nothing else gives, after a reported clause, is the sayer's; the subject of the sentence's first
     * verb of saying, else null.
     */
    EntityKey sayerOfSecondVerb(List<Token> tokens, List<ActorSpan> actors, int trigger) {
        int marks = 0;
        for (int k = 0; k < trigger; k++) {
            marks += tokens.get(k).is("\"") ? 1 : 0;
        }
        if (!ClauseReadings.secondVerb(tokens, trigger) || marks % 2 == 1) {
            return null; // (inside a quote the verbs are the quoted clause's: 'settlements "are illegal … and threaten')
        }
        for (int k = 1; k < trigger; k++) {
            if (tokens.get(k).is("\"")) {
                return null; // a quote before any verb of saying: whose words they are is the quote's matter
            }
            if (index.isSpeechVerb(tokens.get(k).lower())) {
                ActorSpan subject = subjectSpan(tokens, actors, k);
                return subject == null ? null : subject.mention().key();
            }
        }
        return null;
    }

    /** Who reports a clause: the subject of a verb of saying before it in the sentence, outside any quote. */
    /**
     * "said Rwandan diplomats had in turn been declared persona non grata", "Rwanda's envoy was summoned, he said": the
     * one who reports a diplomatic act told in the passive without its agent, from its saying verb before the act in
     * its clause or from the attribution that closes the sentence; null when no one is named saying it.
     */
    EntityKey sayerOfPassive(List<Token> tokens, List<ActorSpan> actors, int trigger) {
        int verb = clauses.verbReportingPassive(tokens, trigger);
        ActorSpan sayer = verb < 0 ? null : verb < trigger ? subjectSpan(tokens, actors, verb)
                : ActorSpan.endingAt(actors, verb - 1);
        return sayer == null ? null : sayer.mention().key();
    }

    EntityKey reporter(List<Token> tokens, List<ActorSpan> actors, int clause) {
        for (int k = clause - 1; k > 0; k--) {
            if (tokens.get(k).is("\"")) {
                return null;
            }
            if (index.isSpeechVerb(tokens.get(k).lower())) {
                ActorSpan subject = subjectSpan(tokens, actors, k);
                // "North Korea fired a missile, the South's military said": the sayer is in the saying's own clause
                // and "Rand Paul, who voted against it, said": past its relative clause
                return subject == null
                        || ClauseWords.punctuationBetween(tokens, subject.last(), pastRelativeClause(tokens, k) + 1)
                        ? null : subject.mention().key();
            }
        }
        return null;
    }

    /** The clause before a "must" has "we", "I" or "you" as its subject, or one of ours ("Our workers must be protected"). */
    static boolean firstPersonSubject(List<Token> tokens, int must) {
        for (int k = must - 1; k >= 0 && !CLAUSE_END.contains(tokens.get(k).lower()); k--) {
            String w = tokens.get(k).lower();
            if (w.equals("we") || w.equals("i") || w.equals("you") || w.equals("our") || w.equals("my")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The last of coordinated actors who said what "they" did ("Lithuania, Latvia and Estonia said they had"): the
     * subject found past the plural pronoun before the trigger, when an "and" joins it to an actor before it.
     */
    ActorSpan coordinatedSayers(List<Token> tokens, List<ActorSpan> actors, EntityKey subject, int trigger) {
        int they = trigger - 1;
        while (they >= 0 && !tokens.get(they).is("they") && !tokens.get(they).is(",") && trigger - they <= THEY_REACH) {
            they--;
        }
        if (they < 2 || !tokens.get(they).is("they")) {
            return null;
        }
        ActorSpan last = null;
        for (ActorSpan a : actors) {
            if (a.last() < they && a.mention().key().equals(subject)) {
                last = a;
            }
        }
        return last != null && partnerBefore(tokens, actors, last) != null ? last : null;
    }

    /** How far before the trigger "they" may stand: "they had already imposed". */
    private static final int THEY_REACH = 4;
}
