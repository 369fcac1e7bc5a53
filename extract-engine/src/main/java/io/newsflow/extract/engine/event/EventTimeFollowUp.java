package io.newsflow.extract.engine.event;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.newsflow.contract.NewsEvent;
import io.newsflow.extract.engine.nlp.Sentence;
import io.newsflow.extract.engine.nlp.Token;
import io.newsflow.extract.engine.time.TimeMention;
import io.newsflow.extract.engine.time.TimePoint;

/**
 * A sentence that dates an event the story told just before: "An official said Saturday that there was another
 * small fire between the troops. ... the clash happened at about 10 p.m. on Friday night", "The attack took place on
 * Sunday". Wire copy often tells an event with the day it was reported and gives its own time a sentence later; the
 * events of the sentences just before, of a root the noun can name ({@code event-nouns.tsv}), take that time.
 */
public final class EventTimeFollowUp {
    /** "the clash", "that attack": a noun that points back at an event already told. */
    private static final Set<String> POINTING_WORDS = Set.of("the", "that", "this", "these", "those");
    private static final Set<String> ONE_WORD_VERBS = Set.of("happened", "occurred", "erupted", "unfolded");
    /** The second word of a two-word verb after its first: "took place", "broke out". */
    private static final Map<String, String> TWO_WORD_VERBS = Map.of("took", "place", "broke", "out");
    /** Words between the pointing word and its noun: "the latest clash", "the deadly suicide attack". */
    private static final int MODIFIERS = 2;
    /** How far after its verb the time may stand: "happened at about 10 p.m. on Friday night". */
    private static final int TIME_REACH = 8;
    private static final int SENTENCES_BACK = 2;

    private EventTimeFollowUp() {
    }

    /**
     * Re-dates, in {@code found}, the events of the {@value #SENTENCES_BACK} sentences before {@code sentence} that
     * the sentence gives a time, when it gives one.
     */
    public static void apply(Sentence sentence, List<TimeMention> times, List<NewsEvent> found) {
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (!POINTING_WORDS.contains(tokens.get(i).lower())) {
                continue;
            }
            for (int n = i + 1; n <= i + 1 + MODIFIERS && n + 1 < tokens.size(); n++) {
                Set<String> roots = EventNouns.rootsOf(tokens.get(n).lower());
                // ("The decision came on Friday": a noun of any act does not tell which act it dates)
                int verbEnd = roots == null || EventNouns.anyAct(roots) ? -1 : verbEnd(tokens, n + 1);
                if (verbEnd >= 0) {
                    TimePoint time = timeAfter(tokens, verbEnd, times);
                    if (time != null) {
                        redate(found, sentence.index(), roots, time);
                    }
                    return;
                }
                if (!tokens.get(n).isWord()) {
                    break;
                }
            }
        }
    }

    /** The last token of "happened", "took place" at {@code at}, else -1. */
    private static int verbEnd(List<Token> tokens, int at) {
        String word = tokens.get(at).lower();
        if (ONE_WORD_VERBS.contains(word)) {
            return at;
        }
        String second = TWO_WORD_VERBS.get(word);
        return second != null && at + 1 < tokens.size() && tokens.get(at + 1).is(second) ? at + 1 : -1;
    }

    /** The first time named within {@value #TIME_REACH} words after the verb, before the clause ends. */
    private static TimePoint timeAfter(List<Token> tokens, int verbEnd, List<TimeMention> times) {
        int last = verbEnd;
        while (last + 1 < tokens.size() && last < verbEnd + TIME_REACH && !tokens.get(last + 1).is(",")
                && !tokens.get(last + 1).is(";")) {
            last++;
        }
        int from = tokens.get(verbEnd).end();
        int to = tokens.get(last).end();
        for (TimeMention t : times) {
            if (t.start() >= from && t.start() < to) {
                return t.point();
            }
        }
        return null;
    }

    private static void redate(List<NewsEvent> found, int sentenceIndex, Set<String> roots, TimePoint time) {
        for (int k = 0; k < found.size(); k++) {
            NewsEvent e = found.get(k);
            if (e.sentenceIndex() < sentenceIndex && e.sentenceIndex() >= sentenceIndex - SENTENCES_BACK
                    && EventNouns.names(roots, e.cameo().root())) {
                found.set(k, e.withDate(time.text(), time.precision()));
            }
        }
    }
}
