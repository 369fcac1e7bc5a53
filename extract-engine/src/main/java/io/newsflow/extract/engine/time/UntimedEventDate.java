package io.newsflow.extract.engine.time;

import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

import io.newsflow.contract.DatePrecision;
import io.newsflow.extract.engine.dictionary.Dictionaries;
import io.newsflow.extract.engine.nlp.Token;

/**
 * The date of an event whose sentence names no time: the story's day (issue 13 point 7), unless the event's own
 * verb group tells background, a plan or a state. "has pledged", "had suggested", "earlier said" happened at some
 * earlier time the story does not give, "will hold talks", "his upcoming visit" at a later one, and "is seeking to
 * bolster" lasts; all keep the story's month, as the dev corpus gold dates them. A plan or state the sentence reports
 * ("said that the aircraft would continue to bomb") is the statement, made that day.
 */
public final class UntimedEventDate {
    private static final Set<String> PERFECT = Set.of("has", "have", "had", "'ve", "’ve", "'d", "’d");
    private static final Set<String> PRESENT_PERFECT = Set.of("has", "have", "'ve", "’ve");
    private static final Set<String> FUTURE_AUXILIARIES = Set.of("will", "would", "shall", "'ll", "’ll");
    /**
     * Words of plan-words.txt: a plan only as "scheduled to meet", "plans to visit" or right before the event's word
     * ("the upcoming visit", "the planned talks"); "Kenya set a deadline for talks" is no plan.
     */
    private static final Set<String> PLAN_WORDS = Set.copyOf(Dictionaries.readWords("plan-words.txt"));
    /** A sentence that says its news is older than the story: "Diallo earlier said", "had previously agreed". */
    private static final Set<String> EARLIER = Set.of("earlier", "previously", "formerly");
    private static final Set<String> PRESENT = Set.of("is", "are", "am", "'re", "’re");
    /** How far before the trigger its auxiliary may stand: "has also pledged", "will also hold talks". */
    private static final int PERFECT_REACH = 3;
    private static final int PLAN_REACH = 12;

    private UntimedEventDate() {
    }

    /**
     * The date of the event triggered at token {@code trigger}, where {@code storyDate} is the story's date at the
     * precision an untimed event may take (a day only when the story's day is known), and {@code speechVerb} tells a
     * verb of saying (lower case) that makes the sentence a report of that day.
     */
    public static TimePoint of(List<Token> sentence, int trigger, TimePoint storyDate, Predicate<String> speechVerb) {
        if (storyDate.precision() != DatePrecision.DAY) {
            return storyDate;
        }
        // a past perfect a verb of saying reports before it ("the ministry said Algeria had recalled its ambassadors")
        // is that day's news, as the own stories' gold dates it (32 of 50); a present perfect stays background even
        // so ("a newspaper said Beijing has ruled out a summit", as dev dates it)
        boolean perfect = auxiliaryBefore(sentence, trigger, PRESENT_PERFECT, PERFECT_REACH)
                || auxiliaryBefore(sentence, trigger, PERFECT, PERFECT_REACH)
                        && !speechBefore(sentence, trigger, speechVerb);
        boolean background = perfect
                || earlierNear(sentence, trigger)
                || (auxiliaryBefore(sentence, trigger, FUTURE_AUXILIARIES, PLAN_REACH) || planBefore(sentence, trigger)
                        || ongoing(sentence, trigger))
                        && !contains(sentence, speechVerb);
        return background ? new TimePoint(storyDate.date(), DatePrecision.MONTH) : storyDate;
    }

    /**
     * Whether the trigger is a present perfect ("has ruled out", "have also agreed"): it tells a past the story does
     * not date, and English does not join it to a day ("*has ruled out on Tuesday"), so a day the sentence names
     * ("met on Tuesday, as a newspaper said Beijing has ruled out a summit") is another verb's.
     */
    public static boolean presentPerfect(List<Token> sentence, int trigger) {
        return auxiliaryBefore(sentence, trigger, PRESENT_PERFECT, PERFECT_REACH);
    }

    /** Whether one of {@code words} stands in the trigger's clause at most {@code reach} words before it. */
    private static boolean auxiliaryBefore(List<Token> sentence, int trigger, Set<String> words, int reach) {
        return inClauseBefore(sentence, trigger, reach, i -> words.contains(sentence.get(i).lower()));
    }

    /** A word of plan-words.txt in the trigger's clause, followed by "to" or standing right before the trigger. */
    private static boolean planBefore(List<Token> sentence, int trigger) {
        return inClauseBefore(sentence, trigger, PLAN_REACH, i -> PLAN_WORDS.contains(sentence.get(i).lower())
                && (i == trigger - 1 || sentence.get(i + 1).lower().equals("to")));
    }

    /** Whether a token at most {@code reach} words before the trigger, and not past a punctuation mark, matches. */
    private static boolean inClauseBefore(List<Token> sentence, int trigger, int reach, IntPredicate matches) {
        for (int i = trigger - 1; i >= 0 && i >= trigger - reach; i--) {
            if (matches.test(i)) {
                return true;
            }
            Token t = sentence.get(i);
            if (!t.isWord() && !t.lower().startsWith("'") && !t.lower().startsWith("’")) {
                return false;
            }
        }
        return false;
    }

    /** Verbs of saying that tell what they report is old: "She recalled that Moscow had welcomed the dialogue". */
    private static final Set<String> RECALLING = Set.of("recalled", "recalls", "recalling", "recall", "reminded",
            "reminds", "reminding");

    /** Whether a verb of saying, other than one that recalls, stands before the trigger in its sentence. */
    private static boolean speechBefore(List<Token> sentence, int trigger, Predicate<String> speechVerb) {
        for (int i = 0; i < trigger; i++) {
            if (RECALLING.contains(sentence.get(i).lower())) {
                return false;
            }
            if (speechVerb.test(sentence.get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    /** "is seeking to bolster", "are holding talks" (the -ing word the trigger or just before it): a state that lasts. */
    private static boolean ongoing(List<Token> sentence, int trigger) {
        for (int i = Math.max(0, trigger - PERFECT_REACH); i < trigger; i++) {
            if (PRESENT.contains(sentence.get(i).lower()) && sentence.get(i + 1).lower().endsWith("ing")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Diallo earlier said", "had previously agreed", "met earlier": "earlier" before the trigger or right after its
     * words; one further on belongs to another clause ("thanked Tehran for handing over prisoners earlier this month").
     */
    private static boolean earlierNear(List<Token> sentence, int trigger) {
        for (int i = 0; i < sentence.size() && i <= trigger + EARLIER_AFTER; i++) {
            if (EARLIER.contains(sentence.get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    /** How many words after the trigger "earlier" still tells its time: "met him earlier". */
    private static final int EARLIER_AFTER = 3;

    private static boolean contains(List<Token> sentence, Predicate<String> word) {
        for (Token t : sentence) {
            if (word.test(t.lower())) {
                return true;
            }
        }
        return false;
    }
}
