package io.newsflow.extract.engine.event;

import java.util.List;
import java.util.Set;

import io.newsflow.extract.engine.nlp.Token;

/**
 * "The ministry issued a statement on Tuesday denouncing the drills", "Kim Yo Jong issued a statement criticizing
 * Japan", "the Security Council adopted a resolution demanding a ceasefire": an -ing verb after a statement or
 * resolution that someone issued or adopted is that issuer's act, with or without a comma between.
 * The main clause itself (issuing a statement) is no event, so its subject would otherwise be lost.
 */
final class IssuedStatements {
    /** Verbs of putting out a text. */
    private static final Set<String> ISSUING = Set.of("issued", "issues", "issue", "released", "releases",
            "published", "publishes", "put", "puts", "sent", "delivered", "adopted", "adopts", "passed", "passes",
            "approved", "approves");
    /** What a council or parliament adopts that acts for it: "adopted a resolution demanding a ceasefire". */
    private static final Set<String> RESOLUTIONS = Set.of("resolution", "resolutions", "motion");
    /** How many words (articles, adjectives, a time) may stand between the verb and the -ing verb. */
    private static final int REACH = 8;
    private final Set<String> statementNouns;

    IssuedStatements(Set<String> statementNouns) {
        this.statementNouns = statementNouns;
    }

    /** The issuing verb's token when the trigger is an -ing verb right after "issued a statement …", else -1. */
    int issuingVerbBefore(List<Token> tokens, int trigger) {
        if (!tokens.get(trigger).lower().endsWith("ing")) {
            return -1;
        }
        boolean statement = false;
        for (int k = trigger - 1; k >= Math.max(0, trigger - REACH); k--) {
            String w = tokens.get(k).lower();
            if (statementNouns.contains(w) || RESOLUTIONS.contains(w)) {
                statement = true;
            } else if (statement && ISSUING.contains(w)) {
                return k;
            } else if (w.equals(".") || w.equals(";") || w.equals("\"") || w.equals("and") || w.equals("that")) {
                return -1;
            }
        }
        return -1;
    }
}
