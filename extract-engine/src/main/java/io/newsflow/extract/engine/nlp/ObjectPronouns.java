package io.newsflow.extract.engine.nlp;

import java.util.List;
import java.util.Set;

/**
 * "her" as an object or as a possessive: "met her on Monday", "summoned her to express its displeasure", "told her
 * that" against "her husband". Read by coreference (whom "her" may refer to) and by the verb patterns (whether "her"
 * fills an object slot).
 */
public final class ObjectPronouns {
    /** Words after "her" that show it is an object, not a possessive: prepositions, conjunctions, times, punctuation. */
    private static final Set<String> AFTER_OBJECT = Set.of("on", "in", "at", "to", "for", "with", "from", "by", "of",
            "against", "over", "about", "into", "upon", "between", "toward", "towards", "among", "amid", "during",
            "after", "before", "that", "and", "as", "last", "yesterday", "today", "early", "late", ".", ",", ";", "\"");

    private ObjectPronouns() {
    }

    /** Whether the "her" at token {@code her} is an object: the sentence ends after it or an object's word follows. */
    public static boolean objectHer(List<Token> tokens, int her) {
        return her + 1 >= tokens.size() || AFTER_OBJECT.contains(tokens.get(her + 1).lower());
    }
}
