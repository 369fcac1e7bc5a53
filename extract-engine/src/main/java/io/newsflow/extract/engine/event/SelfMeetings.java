package io.newsflow.extract.engine.event;

import java.util.List;

import io.newsflow.contract.EntityKind;
import io.newsflow.contract.NewsEvent;

/**
 * A meeting between a state and a person who acts for it is a misreading ("met there by National Security Adviser Ajit
 * Doval" read as India meeting Doval, "the Minister of Foreign Affairs met the diplomats" as Nigeria meeting its
 * minister): no one meets, hosts or visits his own state, nor signs an agreement with it ("the President signed the
 * documents" of the Palestinian leadership's meeting). Such events are left out.
 */
public final class SelfMeetings {
    private static final String MEETING_ROOT = "04";
    /** An agreement signed, which a state no more signs with its own than it meets them. */
    private static final String SIGNING = "057";

    private SelfMeetings() {
    }

    /** The events without meetings of a state with its own. */
    public static List<NewsEvent> without(List<NewsEvent> events) {
        return events.stream().filter(e -> !selfMeeting(e)).toList();
    }

    private static boolean selfMeeting(NewsEvent e) {
        if (!(e.cameo().root().equals(MEETING_ROOT) || e.cameo().code().equals(SIGNING)) || e.target() == null) {
            return false;
        }
        // (a state meeting a body of its own country may be a government meeting its rebels: Colombia and the ELN)
        boolean stateAndPerson = e.source().kind() == EntityKind.COUNTRY && e.target().kind() == EntityKind.PERSON
                || e.source().kind() == EntityKind.PERSON && e.target().kind() == EntityKind.COUNTRY;
        String country = e.source().countryCode();
        return stateAndPerson && country != null && country.equals(e.target().countryCode());
    }
}
