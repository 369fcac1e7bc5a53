package io.newsflow.query.service;

/** Whom an entity acts on (the targets of its events) and who acts on it (the sources), most events first. */
public record ActorCounterparts(Page<Counterpart> actsOn, Page<Counterpart> actedOnBy) {
}
