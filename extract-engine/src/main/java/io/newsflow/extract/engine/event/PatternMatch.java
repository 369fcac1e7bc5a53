package io.newsflow.extract.engine.event;

/** A pattern found at tokens [first, last]; slots filled by actors when the pattern has them. */
record PatternMatch(VerbPattern pattern, int first, int last, ActorSpan source, ActorSpan target, boolean negated) {

    int length() {
        return last - first + 1;
    }
}
