package io.newsflow.extract.engine.event;

import java.util.List;
import java.util.Set;

import io.newsflow.contract.DatePrecision;
import io.newsflow.extract.engine.dictionary.DictionaryIndex;
import io.newsflow.extract.engine.nlp.Lemmatiser;
import io.newsflow.extract.engine.nlp.Token;
import io.newsflow.extract.engine.time.TimeMention;
import io.newsflow.extract.engine.time.TimePoint;
import io.newsflow.extract.engine.time.UntimedEventDate;

/**
 * The date of an event from the time expressions of its sentence: the nearest before the trigger, else the first
 * after it, unless the time belongs to another clause (one opened by "after", "while", a ", where" clause, the
 * saying's own time, another noun's possessive time, what an appeal asks for).
 */
final class EventDates {
    private EventDates() {
    }

    /**
     * Words that open a clause of its own time: a time before them is not the time of what the clause tells ("met on
     * Tuesday after the army had shelled the town"). "when" and "as" tie their clause to the main clause's time ("in
     * early 2016 when North Korea conducted a nuclear test"), so they are none.
     */
    private static final Set<String> CLAUSE_OPENERS = Set.of("while", "after", "before", "whereas", "although",
            "though", "because");

    /**
     * "rejected the results of this month's election and called on supporters": a time in the possessive dates the
     * noun after it, not the trigger (unless the trigger is that noun: "condemned Sunday's attack").
     */
    private static boolean possessiveOfAnother(List<Token> tokens, TimeMention time, int trigger) {
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).start() >= time.end()) {
                boolean possessive = tokens.get(k).is("'s") || tokens.get(k).is("'");
                return possessive && !(trigger > k && trigger <= k + 2 && !tokens.get(k + 1).is("and"));
            }
        }
        return false;
    }

    /** "this year", "this month": the period that holds the present, which a present perfect may name. */
    private static boolean thisPeriod(List<Token> tokens, TimeMention time) {
        int at = firstTokenAt(tokens, time.start());
        return tokens.get(Math.min(at, tokens.size() - 1)).is("this") || at > 0 && tokens.get(at - 1).is("this");
    }

    /** The first token that starts at or after a character offset. */
    private static int firstTokenAt(List<Token> tokens, int offset) {
        int k = 0;
        while (k < tokens.size() && tokens.get(k).start() < offset) {
            k++;
        }
        return k;
    }

    /** How far before a time (in characters) its verb of saying may stand: "said late on Friday". */
    private static final int SAYING_REACH = 12;

    /**
     * The time expression of the trigger's clause: the nearest before it, else the first after it. A time before a
     * clause opener that the trigger stands in is another clause's, a day is never a present perfect's, and a time
     * next to the saying is the saying's when the trigger's own clause names another.
     */
    static TimePoint dateFor(List<TimeMention> times, List<Token> tokens, int trigger, TimePoint fallback,
            DictionaryIndex index) {
        int triggerStart = tokens.get(trigger).start();
        TimeMention before = null;
        TimeMention after = null;
        boolean presentPerfect = UntimedEventDate.presentPerfect(tokens, trigger);
        for (TimeMention t : times) {
            boolean afterTrigger = t.start() > triggerStart;
            if (presentPerfect && (t.point().precision() == DatePrecision.DAY || afterTrigger && !thisPeriod(tokens, t))
                    && !sinceBefore(tokens, t)
                    || !presentPerfect && sinceBefore(tokens, t)
                    || possessiveOfAnother(tokens, t, trigger)){
                // "has accused Russia of a cyberattack last year": a present perfect takes no past time after it, so
                // the time is the object's; "paid his first visit since 2012": a gap's start, not the act's time,
                // before the trigger too ("paid his first visit since 2012, holding talks with Sisi")
                continue;
            }
            if (t.start() < triggerStart) {
                before = t;
            } else if (after == null) {
                after = t;
            }
        }
        boolean timeOpensSentence = before != null && firstTokenAt(tokens, before.start()) <= 1;
        if (before != null && (opensClauseBetween(tokens, before.end(), trigger, timeOpensSentence)
                || closedRelativeClause(tokens, firstTokenAt(tokens, before.start()), trigger))) {
            before = null; // ("Zinoviev, who took up the post in January, rejected the protest": the clause's own time)
        }
        int afterToken = after == null ? -1 : firstTokenAt(tokens, after.start());
        if (after != null && (relativeClauseBetween(tokens, trigger, afterToken)
                || otherClauseBetween(tokens, trigger, afterToken)
                // "Lourenco, who is on a state visit to Brazil, is returning the visit Lula paid in August": past
                // the comma that closes the trigger's relative clause
                || inRelativeClause(tokens, trigger) && ClauseWords.punctuationBetween(tokens, trigger, afterToken))) {
            after = null; // "thanked Ankara for its aid to Lebanon, where strikes have displaced a million since September"
        }
        if (before != null && after != null && saidAt(tokens, before, trigger, index)
                && !ClauseWords.punctuationBetween(tokens, trigger, firstTokenAt(tokens, after.start()))) {
            // "Russia said on Friday it had expelled two diplomats a day earlier": Friday is when it was said
            before = null;
        }
        if (before != null && after != null && !ClauseWords.punctuationBetween(tokens, trigger, afterToken)
                && ClauseWords.punctuationBetween(tokens, firstTokenAt(tokens, before.end()) - 1, trigger)
                && !presentPerfect && !within(before.point(), after.point())) {
            // (but "Earlier in the day, Boluarte received the minister and thanked Chile for its presidency this
            // year": a period that holds the day told first only says less of it)
            // "detected 32 aircraft between 6 a.m. Tuesday and 6 a.m. Wednesday, as China staged a patrol on Tuesday":
            // the time in the trigger's own clause, not one told before its comma
            before = null;
        }
        TimeMention chosen = before != null ? before : after;
        return chosen == null ? fallback : chosen.point();
    }

    /** Whether the day or month {@code inner} lies within the coarser {@code outer} (its month or year). */
    private static boolean within(TimePoint inner, TimePoint outer) {
        return switch (outer.precision()) {
            case YEAR -> inner.precision() != DatePrecision.YEAR && inner.date().getYear() == outer.date().getYear();
            case MONTH -> inner.precision() == DatePrecision.DAY
                    && inner.date().withDayOfMonth(1).equals(outer.date().withDayOfMonth(1));
            default -> false;
        };
    }

    /**
     * A verb of saying next to a time ("said on Friday", "on Friday said") and before the trigger: the time is the
     * saying's, and the trigger stands in what was said.
     */
    private static boolean saidAt(List<Token> tokens, TimeMention time, int trigger, DictionaryIndex index) {
        for (int k = trigger - 1; k >= 0 && tokens.get(k).end() >= time.start() - SAYING_REACH; k--) {
            if (index.isSpeechVerb(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** The times before the first "to" after the match: those after it are the time of the act asked for. */
    static List<TimeMention> beforeInfinitive(List<TimeMention> times, List<Token> tokens, PatternMatch m) {
        for (int k = m.last() + 1; k < tokens.size(); k++) {
            if (tokens.get(k).is("to")) {
                int limit = tokens.get(k).start();
                return times.stream().filter(t -> t.start() < limit).toList();
            }
        }
        return times;
    }

    /** How many words before a day "since" may stand: "have been killed since dawn on Saturday". */
    private static final int SINCE_REACH = 4;

    /** "since" just before the time: a present perfect joins a day that way. */
    private static boolean sinceBefore(List<Token> tokens, TimeMention time) {
        int at = firstTokenAt(tokens, time.start());
        for (int k = Math.min(at, tokens.size() - 1); k >= Math.max(0, at - SINCE_REACH); k--) {
            if (tokens.get(k).is("since")) {
                return true;
            }
            if (k > 0 && (tokens.get(k - 1).isCapitalised() || SUBJECT_PRONOUNS.contains(tokens.get(k - 1).lower()))
                    && tokens.get(k).isWord() && !tokens.get(k).isCapitalised() && tokens.get(k - 1).isWord()) {
                return false; // "since Labour took office last July": a clause of its own, with its own time
            }
        }
        return false;
    }

    /** A relative clause opened by ", where", ", which" or ", who" between the trigger and token {@code to}. */
    private static boolean relativeClauseBetween(List<Token> tokens, int trigger, int to) {
        for (int k = trigger + 2; k < to && k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if ((t.is("where") || t.is("which") || t.is("who")) && tokens.get(k - 1).is(",")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the token at {@code at} stands in a ", who ..." or ", which ..." clause closed by a comma before the trigger. */
    private static boolean closedRelativeClause(List<Token> tokens, int at, int trigger) {
        boolean opened = false;
        for (int k = at - 1; k >= 1; k--) {
            Token t = tokens.get(k);
            if ((t.is("who") || t.is("which")) && tokens.get(k - 1).is(",")) {
                opened = true;
                break;
            }
            if (t.is(",") || t.is(";") || t.is("\"")) {
                return false;
            }
        }
        return opened && ClauseWords.punctuationBetween(tokens, at, trigger);
    }

    /** Whether the trigger stands in a clause opened by ", who" or ", which" (no punctuation between). */
    private static boolean inRelativeClause(List<Token> tokens, int trigger) {
        for (int k = trigger - 1; k >= 1; k--) {
            Token t = tokens.get(k);
            if ((t.is("who") || t.is("which")) && tokens.get(k - 1).is(",")) {
                return true;
            }
            if (!t.isWord()) {
                return false;
            }
        }
        return false;
    }

    /** Subjects that make "since" open a clause: "since it resumed its offensive on March 18". */
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("it", "they", "he", "she", "we", "i", "you");

    /** Participles that open a clause of their own after a comma: "demanded that Beijing stop, noting that …". */
    private static final Set<String> ADDING = Set.of("noting", "adding", "saying", "stressing", "recalling",
            "citing", "pointing");

    /**
     * A clause of its own between the trigger and token {@code to}, whose time is not the trigger's: "condemned the
     * escalation since it resumed its offensive on March 18", "demanded that Beijing stop, noting that drills were
     * held last week", "thanked Tehran for handing over prisoners earlier this month", "met on Tuesday after troops
     * shelled the town on Monday".
     */
    private static boolean otherClauseBetween(List<Token> tokens, int trigger, int to) {
        for (int k = trigger + 1; k < to && k + 1 < tokens.size(); k++) {
            Token t = tokens.get(k);
            // ("since March 18", "since dawn on Saturday", "since the July 26 coup" are the trigger's own time)
            boolean sinceClause = t.is("since") && k + 2 < tokens.size() && (SUBJECT_PRONOUNS.contains(tokens.get(k + 1).lower())
                    || tokens.get(k + 1).isCapitalised() && pastVerbWithin(tokens, k + 2, SINCE_SUBJECT_WORDS)
                    // "since the war began", "since the two sides clashed" (not "since the failed coup")
                    || tokens.get(k + 1).is("the") && pastVerbWithin(tokens, k + 3, SINCE_SUBJECT_WORDS));
            boolean adding = ADDING.contains(t.lower()) && tokens.get(k - 1).is(",");
            boolean forDoing = t.is("for") && Lemmatiser.isIngForm(tokens.get(k + 1).lower());
            boolean opener = CLAUSE_OPENERS.contains(t.lower()) && k > trigger + 1;
            // "accused him of sponsoring the gangs that looted shops last week": a relative clause's own time
            boolean relative = (t.is("that") || t.is("which") || t.is("who")) && k > trigger + 1
                    && tokens.get(k + 1).lower().endsWith("ed") && !tokens.get(k - 1).isCapitalised();
            // "accused China of violating the Declaration signed by China and ASEAN in 2002": a participle after its
            // noun, with its own agent and time
            boolean reduced = t.lower().endsWith("ed") && tokens.get(k + 1).is("by") && k > trigger + 1
                    && tokens.get(k - 1).isWord() && !PASSIVE_AUXILIARIES.contains(tokens.get(k - 1).lower());
            if (sinceClause || adding || forDoing || opener || relative || reduced) {
                return true;
            }
        }
        return false;
    }

    /** Words before a participle that make it a passive verb rather than a noun's modifier. */
    private static final Set<String> PASSIVE_AUXILIARIES = Set.of("was", "were", "is", "are", "be", "been", "being",
            "has", "have", "had", "get", "got");

    /** How many words a named subject after "since" may take: "since American troops left". */
    private static final int SINCE_SUBJECT_WORDS = 2;

    /** Past forms of the common irregular verbs of a clause's own event: "since US troops left the country". */
    private static final Set<String> IRREGULAR_PAST = Set.of("left", "took", "came", "began", "fell", "won", "became",
            "went", "broke", "swept", "struck", "fought", "held", "met", "made", "rose", "ran", "sent", "gave", "lost",
            "withdrew", "overthrew", "shot", "split", "quit");

    /** Whether one of the {@code words} tokens from {@code from} on is a verb's past form ("-ed" or irregular). */
    private static boolean pastVerbWithin(List<Token> tokens, int from, int words) {
        for (int k = from; k < Math.min(tokens.size(), from + words); k++) {
            String lower = tokens.get(k).lower();
            if (lower.endsWith("ed") || IRREGULAR_PAST.contains(lower)) {
                return true;
            }
            if (!tokens.get(k).isWord()) {
                return false;
            }
        }
        return false;
    }

    /**
     * A clause opener after {@code from} (a character offset) whose clause runs on to the trigger (no comma closes it);
     * {@code timeOpensSentence} says the time ending at {@code from} opens the sentence.
     */
    private static boolean opensClauseBetween(List<Token> tokens, int from, int trigger, boolean timeOpensSentence) {
        boolean open = false;
        for (int k = 0; k < trigger; k++) {
            Token t = tokens.get(k);
            if (t.start() < from) {
                continue;
            }
            // ("Last Friday, after talks with Merkel, Medvedev said": a time that opens the sentence, set off before
            // the opener by its comma, times the whole sentence)
            boolean timeSetOff = timeOpensSentence && k >= 2 && tokens.get(k - 1).is(",")
                    && tokens.get(k - 1).start() >= from && tokens.get(k - 2).end() <= from;
            if (CLAUSE_OPENERS.contains(t.lower()) && !timeSetOff && !(k + 1 < tokens.size()
                    && (tokens.get(k + 1).is("that") || tokens.get(k + 1).is("this")))) {
                open = true; // "and after that launched a missile" goes on in the same time
            } else if (t.is(",")) {
                open = false;
            }
        }
        return open;
    }
}
