package io.newsflow.extract.engine.event;

import java.util.List;

import io.newsflow.extract.engine.entity.FoundMention;

/** An entity mention that can act in an event, over tokens [first, last] of its sentence (role included). */
record ActorSpan(int first, int last, FoundMention mention) {

    static ActorSpan startingAt(List<ActorSpan> actors, int token) {
        for (ActorSpan a : actors) {
            if (a.first() == token) {
                return a;
            }
        }
        return null;
    }

    /** The actor whose name proper (its title before it not counted) starts at {@code token}, else null. */
    static ActorSpan withNameAt(List<ActorSpan> actors, int token) {
        for (ActorSpan a : actors) {
            if (a.mention().first() == token) {
                return a;
            }
        }
        return null;
    }

    static ActorSpan endingAt(List<ActorSpan> actors, int token) {
        for (ActorSpan a : actors) {
            if (a.last() == token) {
                return a;
            }
        }
        return null;
    }
}
