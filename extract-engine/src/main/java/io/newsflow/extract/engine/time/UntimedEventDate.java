package io.newsflow.extract.engine.time;

import java.util.List;
import java.util.Set;

import io.newsflow.contract.DatePrecision;
import io.newsflow.extract.engine.nlp.Token;

/**
 * The date of an event whose sentence names no time: the story's day (issue 13 point 7), unless the event's own
 * verb group tells background or a plan. "has pledged", "had suggested" happened at some earlier time the story
 * does not give, and "will hold talks", "his upcoming visit" at a later one; both keep the story's month. A plan the
 * sentence reports ("said that the aircraft would continue to bomb") is the statement, made that day.
 */
public final class UntimedEventDate {
    private static final Set<String> PERFECT = Set.of("has", "have", "had", "'ve", "’ve", "'d", "’d");
    private static final Set<String> PLAN = Set.of("will", "would", "shall", "'ll", "’ll", "scheduled", "plans",
            "plan", "planned", "planning", "expected", "intends", "upcoming", "due");
    private static final Set<String> REPORTING = Set.of("said", "says", "say", "told", "tells", "added", "adds",
            "according", "stated", "announced");
    /** How far before the trigger its auxiliary may stand: "has also pledged", "will also hold talks". */
    private static final int PERFECT_REACH = 3;
    private static final int PLAN_REACH = 12;

    private UntimedEventDate() {
    }

    /**
     * The date of the event triggered at token {@code trigger}, where {@code storyDate} is the story's date at the
     * precision an untimed event may take (a day only when the story's day is known).
     */
    public static TimePoint of(List<Token> sentence, int trigger, TimePoint storyDate) {
        if (storyDate.precision() != DatePrecision.DAY) {
            return storyDate;
        }
        boolean background = auxiliaryBefore(sentence, trigger, PERFECT, PERFECT_REACH)
                || auxiliaryBefore(sentence, trigger, PLAN, PLAN_REACH) && !reports(sentence);
        return background ? new TimePoint(storyDate.date(), DatePrecision.MONTH) : storyDate;
    }

    /** Whether one of {@code words} stands in the trigger's clause at most {@code reach} words before it. */
    private static boolean auxiliaryBefore(List<Token> sentence, int trigger, Set<String> words, int reach) {
        for (int i = trigger - 1; i >= 0 && i >= trigger - reach; i--) {
            Token t = sentence.get(i);
            if (words.contains(t.lower())) {
                return true;
            }
            if (!t.isWord() && !t.lower().startsWith("'") && !t.lower().startsWith("’")) {
                return false;
            }
        }
        return false;
    }

    private static boolean reports(List<Token> sentence) {
        for (Token t : sentence) {
            if (REPORTING.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }
}
