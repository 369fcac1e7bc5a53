package io.newsflow.extract.engine.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.newsflow.contract.DatePrecision;
import io.newsflow.contract.NewsEvent;

/**
 * Drops an event the article already told in the same words: the same sentence (a paragraph a page or a wire copy
 * repeats) and the same action in it (one sentence can tell two tests), coding the same code, source, target, negation and date. A second copy is a false positive to every
 * consumer that counts events, and a text that repeats itself made an analysis without bound (27,000 copies of one
 * sentence: 80,000 events, 300 MB).
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

    /** What makes two events one: who did what to whom, when, whether it was denied, told in which words. */
    private record Telling(String code, String source, String target, boolean negated, String date,
            DatePrecision precision, String sentence, String actionText) {
        static Telling of(NewsEvent event) {
            return new Telling(event.cameo().code(), idOf(event.source()), idOf(event.target()), event.negated(),
                    event.date(), event.datePrecision(), event.sentence(), event.actionText());
        }

        private static String idOf(NewsEvent.Actor actor) {
            return actor == null ? null : actor.entityId();
        }
    }
}
