package io.newsflow.extract.engine.event;

import java.util.List;

/**
 * One variant of a line of cameo-verbs.tsv: a CAMEO code and a sequence of elements over lemmas. An element is a
 * set of alternatives (an alternative may be several words), a gap of a few words ("*"), or an actor slot. Its
 * {@link Form} says who does it to whom when no slot says so.
 */
public record VerbPattern(String code, List<Element> elements, String source, Form form) {
    /**
     * The code of a phrase that is no event although a shorter pattern inside it would be one ("struck me as",
     * "supply and demand"): as the longer match it wins the overlap, and codes nothing.
     */
    public static final String NO_EVENT = "none";

    /** Who does what the pattern names, besides the subject acting on its object. */
    public enum Form {
        /** The subject (or a passive's agent) acts on the object. */
        VERB,
        /** Each side does it to the other ("exchanged fire", "a joint exercise between X and Y"): two events. */
        MUTUAL,
        /**
         * A noun whose possessor is the source ("Israel's strikes on Gaza"); it codes nothing without one ("the
         * strikes on Gaza" names no one who struck).
         */
        POSSESSED,
        /**
         * What two coordinated subjects did together, named with "their" ("Chung and Blinken agreed ... during their
         * phone talks"): the first is the source, the second the target; it codes nothing without such a pair.
         */
        JOINT,
        /**
         * What the subject received from the actor of the source slot ("faced pressure from Congress", "came under
         * fire from rebels"): that actor is the source, the subject the target.
         */
        RECEIVED
    }

    /** A pattern of a verb, or of an action each side does to the other. */
    public VerbPattern(String code, List<Element> elements, String source, boolean mutual) {
        this(code, elements, source, mutual ? Form.MUTUAL : Form.VERB);
    }

    public boolean noEvent() {
        return code.equals(NO_EVENT);
    }

    /** How many elements name a word or an actor (gaps name nothing): how specific the pattern is. */
    public long namedElements() {
        return elements.stream().filter(e -> !(e instanceof Gap)).count();
    }

    public boolean mutual() {
        return form == Form.MUTUAL;
    }

    public boolean possessed() {
        return form == Form.POSSESSED;
    }

    public boolean joint() {
        return form == Form.JOINT;
    }

    public boolean received() {
        return form == Form.RECEIVED;
    }

    public sealed interface Element permits Words, Gap, Slot {
    }

    /** Alternatives, each a sequence of lower-case words matched against a token or its base forms. */
    /** Alternatives of one element, the longest first: the matcher takes the first that fits ("prisoners_of_war"). */
    public record Words(List<List<String>> alternatives) implements Element {
        public Words {
            alternatives = alternatives.stream()
                    .sorted(java.util.Comparator.comparingInt((List<String> a) -> a.size()).reversed()).toList();
        }
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
