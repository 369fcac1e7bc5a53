package io.newsflow.extract.engine.event;

import java.util.List;
import java.util.Set;

import io.newsflow.contract.NewsEvent;

/**
 * Acts that are always aimed at someone and that the story, to its end, never said at whom: "demanded the immediate
 * release", "cut ties", "shared information", "pledged aid", "sent his condolences". They tell no event
 * between actors, so they are left out once every later reading (a reaction's object, a parallel act's target) has
 * had its chance to name one.
 */
public final class UnaimedActs {
    /** Material cooperation, aid and demands (an expulsion or an attack on no one named is still told). */
    private static final Set<String> AIMED_ONLY = Set.of("06", "07", "10");

    /**
     * Condolences and pledges of support: own and dev gold give one of their nine such events no target; support
     * (050), which no gold event gives without whom it backs ("the Government would support families" is help at home);
     * and a call, a meeting or a negotiation with someone (041, 044, 046), which none of the 530 gold stories gives
     * without whom ("the crisis coordination body had met" is a body at work; hosting, 043, a discussion, 040, and a
     * mediation between sides left unnamed, 045, are told without a partner); an agreement signed (057), sanctions
     * (163) and an accusation (112), which the 559 own and 24 dev gold stories give without a party in 13 of 605 events
     * while the engine told 43 such acts whose party it had not found (an agreement to act, 030, stays: the sample
     * gold tells one without whom); a rejection (120), which the 631 own stories give without whom in 11 of their
     * events while the engine told 57 more, unless what is rejected is a vote at home ({@link #HOME_VOTE}).
     */
    private static final Set<String> AIMED_CODES = Set.of("018", "032", "050", "041", "044", "046", "057", "163",
            "112");
    private static final String REJECTION = "120";
    /**
     * What a rejection at home may refuse without anyone named: "did not recognise the results", "rejected the outcome
     * of the vote" (the dev gold tells one such).
     */
    static final java.util.regex.Pattern HOME_VOTE = java.util.regex.Pattern.compile(
            "^\\W*(?:the\\s+|its\\s+|their\\s+)?(?:[\\w-]+\\s+){0,2}?(?:results?|outcome|elections?|vote|votes|count|tally"
                    + "|referendum|ballot)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * What an investigation of no one named may look into that is no one's act: an accident, a fire, how something
     * came about ("opened an inquiry into accidental destruction by fire", "is investigating how the barge came to be
     * adrift", "set up to investigate the incident"); a crime or an attack looked into stays an event (own gold tells
     * three such).
     */
    static final java.util.regex.Pattern MISHAP = java.util.regex.Pattern.compile(
            "^\\W*(?:(?:the|an?|its|their)\\s+)?(?:[\\w-]+\\s+){0,2}?(?:how|why|accidents?|accidental|fires?|blaze|explosions?"
                    + "|blasts?|crash(?:es)?|collapse|causes?|spill|derailment|sinking|capsizing|disaster|incident|tragedy|stampede)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final String INVESTIGATION = "09";

    private UnaimedActs() {
    }

    /** The events without those of an always-aimed kind that name no target. */
    public static List<NewsEvent> without(List<NewsEvent> events) {
        return events.stream().filter(e -> e.target() != null || !AIMED_ONLY.contains(e.cameo().root())
                && !AIMED_CODES.contains(e.cameo().code()) && !(e.cameo().code().equals(REJECTION) && !homeVote(e))
                && !(e.cameo().root().equals(INVESTIGATION) && followedBy(e, MISHAP)))
                .toList();
    }

    /** Whether a rejection's words are followed by a vote's result: "did not recognize the results". */
    private static boolean homeVote(NewsEvent rejection) {
        return followedBy(rejection, HOME_VOTE);
    }

    /** Whether the words after the act's own in its sentence start as {@code words} reads. */
    private static boolean followedBy(NewsEvent act, java.util.regex.Pattern words) {
        int at = act.sentence() == null ? -1 : act.sentence().indexOf(act.actionText());
        return at >= 0 && words.matcher(act.sentence().substring(at + act.actionText().length())).find();
    }
}
