package io.newsflow.extract.engine.event;

import java.util.List;

/**
 * One variant of a line of cameo-verbs.tsv: a CAMEO code and a sequence of elements over lemmas. An element is a
 * set of alternatives (an alternative may be several words), a gap of a few words ("*"), or an actor slot. A mutual
 * pattern ("exchanged fire", "a joint exercise between X and Y") is done by each side to the other: it gives two events.
 * A possessed pattern is a noun whose possessor is its source ("Israel's strikes on Gaza"), and codes nothing
 * without one ("the strikes on Gaza" names no one who struck).
 */
public record VerbPattern(String code, List<Element> elements, String source, boolean mutual, boolean possessed) {

    /** A pattern of a verb (not mutual, not possessed). */
    public VerbPattern(String code, List<Element> elements, String source, boolean mutual) {
        this(code, elements, source, mutual, false);
    }

    public sealed interface Element permits Words, Gap, Slot {
    }

    /** Alternatives, each a sequence of lower-case words matched against a token or its base forms. */
    public record Words(List<List<String>> alternatives) implements Element {
    }

    public record Gap(int max) implements Element {
    }

    /** An actor slot; a {@code required} one fails the match without an actor (a source slot always does). */
    public record Slot(boolean target, boolean required) implements Element {
    }

    public boolean startsWithBe() {
        return elements.get(0) instanceof Words w && w.alternatives().stream().anyMatch(a -> a.get(0).equals("be"));
    }

    public boolean hasExplicitNegation() {
        for (Element e : elements) {
            if (e instanceof Words w && w.alternatives().stream().anyMatch(a -> a.contains("not") || a.contains("never")
                    || a.contains("no") || a.contains("refuse"))) {
                return true;
            }
        }
        return false;
    }

    public boolean impersonal() {
        return elements.get(0) instanceof Words w && w.alternatives().stream().anyMatch(a -> a.get(0).equals("it"));
    }

    public boolean hasSourceSlot() {
        return elements.stream().anyMatch(e -> e instanceof Slot s && !s.target());
    }
}
