package io.newsflow.extract.engine.event;

import io.newsflow.extract.engine.entity.FoundMention;

/** An entity mention that can act in an event, over tokens [first, last] of its sentence (role included). */
record ActorSpan(int first, int last, FoundMention mention) {
}
