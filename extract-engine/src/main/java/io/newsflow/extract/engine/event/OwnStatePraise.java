package io.newsflow.extract.engine.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.newsflow.contract.EntityKind;
import io.newsflow.contract.NewsEvent;

/**
 * A leader's praise that lands on his own state: "Romanian President Klaus Iohannis welcomed the decision as
 * recognition of Romania's efforts", "Modi hailed the operation as one of the most complex India has seen". The state
 * named is what was praised for, not whom; no event between actors is told, so such praise is left out. Where the
 * act's words end with the state, it is whom he praised ("congratulated the Sudanese people"); where they go on past
 * it, it is the act's possessor ("reaffirmed U.S. support for the dialogue"): the praise is told, aimed at no one.
 */
public final class OwnStatePraise {
    private OwnStatePraise() {
    }

    /** The events without a person's praise (051) aimed at the state of his own country, as the act's words say. */
    public static List<NewsEvent> without(List<NewsEvent> events) {
        List<NewsEvent> kept = new ArrayList<>();
        for (NewsEvent e : events) {
            if (!ofOwnState(e)) {
                kept.add(e);
                continue;
            }
            String[] words = e.actionText() == null ? new String[0] : e.actionText().trim().split("\\s+");
            int name = firstNameAfterVerb(words);
            if (name == words.length - 1) {
                kept.add(e); // "congratulated the Sudanese", "congratulated Bulgaria": the state is whom he praised
            } else if (name > 0) {
                kept.add(e.withActors(e.source(), null)); // "reaffirmed U.S. support for": the praise's possessor
            }
        }
        return kept;
    }

    private static boolean ofOwnState(NewsEvent e) {
        return e.cameo().code().equals("051") && e.target() != null && e.source().kind() == EntityKind.PERSON
                && e.target().kind() == EntityKind.COUNTRY && e.source().countryCode() != null
                && Objects.equals(e.source().countryCode(), e.target().countryCode());
    }

    /** The first capitalised word after the act's verb, or -1. */
    private static int firstNameAfterVerb(String[] words) {
        for (int i = 1; i < words.length; i++) {
            if (!words[i].isEmpty() && Character.isUpperCase(words[i].charAt(0))) {
                return i;
            }
        }
        return -1;
    }
}
