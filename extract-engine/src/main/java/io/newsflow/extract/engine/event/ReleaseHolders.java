package io.newsflow.extract.engine.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import io.newsflow.contract.EntityKind;
import io.newsflow.contract.NewsEvent;

/**
 * A call for someone's release is aimed at whoever holds him, not at the detainee: "Albanese pressed for the release of
 * Australian writer Yang Hengjun" after China jailed him is Australia's appeal to China. The holder is the source of
 * the story's detention of that person (an arrest, a sentence, an abduction); without one the call is left as told.
 */
public final class ReleaseHolders {
    /** Appeals (0253) and demands (1053) for someone's release. */
    private static final Set<String> RELEASE_CALLS = Set.of("0253", "1053");
    /** Arrests, detentions and sentences (17), convictions (116), abductions and hostage-takings (181). */
    private static final String DETENTION_ROOT = "17";
    private static final List<String> HOLDING_CODES = List.of("116", "181");

    private ReleaseHolders() {
    }

    /** The events, each call for a release aimed at the detainee given the detainee's holder where the story tells it. */
    public static List<NewsEvent> aimed(List<NewsEvent> events) {
        List<NewsEvent> out = new ArrayList<>(events.size());
        for (NewsEvent e : events) {
            NewsEvent.Actor holder = RELEASE_CALLS.contains(e.cameo().code()) && atDetainee(e) ? holderOf(e, events)
                    : null;
            out.add(holder == null ? e : e.withActors(e.source(), holder));
        }
        return out;
    }

    /** Whether the call names the detainee as its target: a person, or a state or body of the caller's own country. */
    private static boolean atDetainee(NewsEvent call) {
        NewsEvent.Actor target = call.target();
        return target != null && (target.kind() == EntityKind.PERSON
                || Objects.equals(target.countryCode(), call.source().countryCode()));
    }

    private static NewsEvent.Actor holderOf(NewsEvent call, List<NewsEvent> events) {
        NewsEvent.Actor detainee = call.target();
        for (NewsEvent o : events) {
            boolean detention = o.cameo().root().equals(DETENTION_ROOT)
                    || HOLDING_CODES.stream().anyMatch(o.cameo().code()::startsWith);
            if (detention && o.target() != null && heldOne(o.target(), detainee) && o.source() != null
                    && !Objects.equals(o.source().countryCode(), call.source().countryCode())) {
                return o.source();
            }
        }
        return null;
    }

    /**
     * Whether the detention's target is the detainee: the same actor, or his state for a detention told by his
     * nationality ("sentenced Polish journalist Andrzej Poczobut" told as an act on Poland).
     */
    private static boolean heldOne(NewsEvent.Actor held, NewsEvent.Actor detainee) {
        boolean same = held.entityId() != null ? held.entityId().equals(detainee.entityId())
                : held.name().equals(detainee.name());
        return same || held.kind() == EntityKind.COUNTRY && detainee.kind() == EntityKind.PERSON
                && Objects.equals(held.countryCode(), detainee.countryCode());
    }
}
