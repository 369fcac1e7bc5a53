package io.newsflow.extract.engine.dictionary;

/** A pronoun or a definite role noun ("the diplomat") that points back to an entity of kind refersTo. */
public record RoleNoun(String noun, String refersTo, String gender) {
}
