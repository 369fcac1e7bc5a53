package io.newsflow.extract.engine.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.newsflow.contract.DatePrecision;
import io.newsflow.contract.NewsEvent;

/**
 * Drops an event the article already told in the same words: the same sentence (a paragraph a page or a wire copy
 * repeats) coding the same code, source, target, negation and date, and for a deed the same action in it (one
 * sentence can tell two tests; "condemned the strike, describing it as a violation" tells one criticism). A second
 * copy is a false positive to every consumer that counts events, and a text that repeats itself made an analysis
 * without bound (27,000 copies of one sentence: 80,000 events, 300 MB).
 * <p>
 * Why only the same sentence: the same who-did-what-to-whom told in other words is often another event the text
 * dates apart, and the engine dates most events to the article's month; merging those lost dev events 53 to 49.
 */
public final class RetoldEvents {

    private RetoldEvents() {
    }

    /** The events in their order, each only where the article first tells it in these words. */
    public static List<NewsEvent> firstTellings(List<NewsEvent> events) {
        Set<Telling> told = new HashSet<>();
        List<NewsEvent> first = new ArrayList<>(events.size());
        for (NewsEvent event : events) {
            if (told.add(Telling.of(event))) {
                first.add(event);
            }
        }
        return first;
    }

    /**
     * Drops a meeting the article told before between the same two states: the lead's "China's foreign minister met
     * Japan's top diplomat" and the next paragraph's "Wang Yi and Liu Zhenmin met Akitaka Saiki" are one meeting. A
     * later telling is the same meeting when it has the same code and its date is the earlier one's or only less
     * precise (the month of that day); meetings on other days, a visit and the talks held during it, and a meeting of
     * other named people ("Premier Li Qiang met Lula" after Xi did) stay apart.
     */
    public static List<NewsEvent> firstMeetings(List<NewsEvent> events) {
        List<NewsEvent> kept = new ArrayList<>(events.size());
        List<NewsEvent> meetings = new ArrayList<>();
        for (NewsEvent event : events) {
            if (!isMeeting(event)) {
                kept.add(event);
            } else if (meetings.stream().noneMatch(earlier -> sameMeeting(earlier, event))) {
                kept.add(event);
                meetings.add(event);
            }
        }
        return kept;
    }

    private static boolean sameMeeting(NewsEvent earlier, NewsEvent later) {
        return earlier.cameo().code().equals(later.cameo().code()) && sameStates(earlier, later)
                && sameOrWithin(later.date(), earlier.date()) && !otherPeople(earlier, later);
    }

    /** A meeting, or a summons (114): the lead's "South Korea summoned the Russian ambassador" and the next paragraph's
     * "Vice Minister Kim called in Ambassador Zinoviev" are one act as well. */
    private static boolean isMeeting(NewsEvent e) {
        return (e.cameo().root().equals("04") || e.cameo().code().equals("114")) && e.target() != null
                && e.source().countryCode() != null && e.target().countryCode() != null;
    }

    /** The same two states, either way round, as meetings count. */
    private static boolean sameStates(NewsEvent a, NewsEvent b) {
        String a1 = a.source().countryCode();
        String a2 = a.target().countryCode();
        String b1 = b.source().countryCode();
        String b2 = b.target().countryCode();
        return a1.equals(b1) && a2.equals(b2) || a1.equals(b2) && a2.equals(b1);
    }

    /**
     * Named people on either side who are not the earlier meeting's: "Premier Li Qiang met Lula" after Xi did, and
     * "also met Wang Yi" after talks with Qin Gang.
     */
    private static boolean otherPeople(NewsEvent earlier, NewsEvent later) {
        return otherPerson(earlier, later.source(), earlier.source())
                || otherPerson(earlier, later.target(), earlier.target())
                // "a heated Oval Office meeting between Trump and Zelensky" and, later, "the US team met a Ukrainian
                // delegation": two leaders' meeting and their states' teams' are two
                || isPerson(earlier.source()) && isPerson(earlier.target()) && !isPerson(later.source())
                        && !isPerson(later.target());
    }

    /** The later meeting's party is a person, as the earlier's on that side, and neither of the earlier's parties. */
    private static boolean otherPerson(NewsEvent earlier, NewsEvent.Actor later, NewsEvent.Actor sameSide) {
        return isPerson(sameSide) && isPerson(later) && !sameEntity(earlier.source(), later)
                && !sameEntity(earlier.target(), later);
    }

    private static boolean isPerson(NewsEvent.Actor actor) {
        return actor != null && actor.kind() == io.newsflow.contract.EntityKind.PERSON;
    }

    private static boolean sameEntity(NewsEvent.Actor a, NewsEvent.Actor b) {
        return a != null && b != null && a.entityId() != null && a.entityId().equals(b.entityId());
    }

    /** "2013-07" is within "2013-07-30"; "2013-07-29" is another day. */
    private static boolean sameOrWithin(String later, String earlier) {
        return later != null && earlier != null && earlier.startsWith(later);
    }

    /** What makes two events one: who did what to whom, when, whether it was denied, told in which words. */
    private record Telling(String code, String source, String target, boolean negated, String date,
            DatePrecision precision, String sentence, String actionText) {
        static Telling of(NewsEvent event) {
            // a word or an appeal told twice in one sentence is one ("condemned the strike, describing it as a
            // violation"); a deed may be told twice (two tests, two strikes)
            boolean deed = Integer.parseInt(event.cameo().root()) >= FIRST_DEED_ROOT;
            return new Telling(event.cameo().code(), idOf(event.source()), idOf(event.target()), event.negated(),
                    event.date(), event.datePrecision(), event.sentence(), deed ? event.actionText() : null);
        }

        /**
         * Roots from here on are deeds (shows of force, cuts in ties, coercion, force: 15 to 20); those before are
         * words and appeals.
         */
        private static final int FIRST_DEED_ROOT = 15;

        private static String idOf(NewsEvent.Actor actor) {
            return actor == null ? null : actor.entityId();
        }
    }
}
