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
     * while the engine told 43 such acts whose party it had not found (a rejection, 120, and an agreement to act, 030,
     * stay: the dev and sample gold tell one each without whom).
     */
    private static final Set<String> AIMED_CODES = Set.of("018", "032", "050", "041", "044", "046", "057", "163",
            "112");

    private UnaimedActs() {
    }

    /** The events without those of an always-aimed kind that name no target. */
    public static List<NewsEvent> without(List<NewsEvent> events) {
        return events.stream().filter(e -> e.target() != null || !AIMED_ONLY.contains(e.cameo().root())
                && !AIMED_CODES.contains(e.cameo().code())).toList();
    }
}
