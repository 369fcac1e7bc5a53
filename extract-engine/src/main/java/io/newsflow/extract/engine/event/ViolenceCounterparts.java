package io.newsflow.extract.engine.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.newsflow.contract.EntityKind;
import io.newsflow.contract.NewsEvent;

/**
 * Force the story told without saying against whom ("Russia launched its invasion on February 24", "Sudanese troops
 * had launched strikes on southern positions") is used against the side the story's other hostile acts set the
 * attacker against: the actor that most often stands opposite the attacker's state in them (its target, or the source
 * of a hostile act aimed at it). The own gold gives an act of force a target in 277 of its 291 such events, so an
 * untargeted one is nearly always a target the sentence left to the story; none is given when the story sets the
 * attacker against no one.
 */
public final class ViolenceCounterparts {
    /** Assaults and fighting, which the gold tells with whom they strike. */
    private static final Set<String> FORCE_ROOTS = Set.of("18", "19");
    /** The quad classes of hostile acts: verbal and material conflict. */
    private static final int FIRST_HOSTILE_QUAD = 3;

    private ViolenceCounterparts() {
    }

    /** The events, each untargeted act of force given the attacker's counterpart where the story names one. */
    public static List<NewsEvent> aimed(List<NewsEvent> events) {
        List<NewsEvent> out = new ArrayList<>(events.size());
        for (NewsEvent e : events) {
            NewsEvent.Actor counterpart = e.target() == null && FORCE_ROOTS.contains(e.cameo().root())
                    && e.source() != null && e.source().countryCode() != null ? counterpartOf(e.source(), events) : null;
            out.add(counterpart == null ? e : e.withActors(e.source(), counterpart));
        }
        return out;
    }

    /** The actor standing most often opposite {@code attacker}'s state in the story's hostile acts, else null. */
    private static NewsEvent.Actor counterpartOf(NewsEvent.Actor attacker, List<NewsEvent> events) {
        String own = attacker.countryCode();
        Map<String, NewsEvent.Actor> actors = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (NewsEvent o : events) {
            if (o.target() == null || o.cameo().quadClass() < FIRST_HOSTILE_QUAD) {
                continue;
            }
            NewsEvent.Actor opposite = own.equals(o.source().countryCode()) ? o.target()
                    : own.equals(o.target().countryCode()) ? o.source() : null;
            // (a leader who condemns the attack is no side of the fighting: only states and bodies count)
            if (opposite == null || opposite.countryCode() == null || own.equals(opposite.countryCode())
                    || opposite.kind() == EntityKind.PERSON) {
                continue;
            }
            String key = Objects.requireNonNullElse(opposite.entityId(), opposite.name());
            actors.putIfAbsent(key, opposite);
            counts.merge(key, 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()) // the first named wins a tie
                .map(c -> actors.get(c.getKey())).orElse(null);
    }
}
