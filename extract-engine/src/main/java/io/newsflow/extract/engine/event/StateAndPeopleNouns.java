package io.newsflow.extract.engine.event;

import static io.newsflow.extract.engine.event.ClauseWords.BETWEEN_SUBJECT_AND_VERB;
import static io.newsflow.extract.engine.event.ClauseWords.CLAUSE_END;

import java.util.List;
import java.util.Set;

import io.newsflow.contract.EntityKind;
import io.newsflow.extract.engine.dictionary.Dictionaries;
import io.newsflow.extract.engine.dictionary.DictionaryIndex;
import io.newsflow.extract.engine.dictionary.Role;
import io.newsflow.extract.engine.entity.FoundMention;
import io.newsflow.extract.engine.nlp.Token;

/**
 * Nouns that stand for an actor the clause does not name: a state noun ("police", "the army", "government forces")
 * or a people noun ("protesters", "civilians"). Wire copy leaves their country to the dateline or a place, so where
 * one of these reads as the subject, agent or object, the event's actor is a country found by {@link LocalCountries}.
 */
final class StateAndPeopleNouns {
    private final DictionaryIndex index;
    /** "the", "its", "those": words that open a noun phrase. */
    private final Set<String> determiners;
    private static final Set<String> CONTINUING = Set.of("to", "continue", "continues", "continued", "keep", "keeps");
    /** Those whose repression is violent repression (175) rather than an act of war. */
    private static final Set<String> PROTESTERS = Set.of("protesters", "protestors", "demonstrators", "marchers",
            "rioters");
    /** "business leaders", "world leaders": a state noun these words modify speaks for no state. */
    private static final Set<String> NON_STATE_MODIFIERS = Set.copyOf(
            Dictionaries.readWords("non-state-modifiers.txt"));
    /** How long an apposition between a people noun and its verb may be. */
    private static final int APPOSITION_WORDS = 14;
    private final ClauseReadings clauses;

    StateAndPeopleNouns(DictionaryIndex index, ClauseReadings clauses) {
        this.index = index;
        this.determiners = index.dictionaries().determiners();
        this.clauses = clauses;
    }

    /**
     * The subject right before the trigger is a state noun without a named country: "the government forces'
     * warplanes targeted", "Police fired". Wire copy leaves the country to the dateline.
     */
    boolean headedByStateNoun(List<Token> tokens, int trigger) {
        int k = SourceSlots.pastRelativeClause(tokens, trigger); // "Troops of X, a joint task force, engaged"
        k = beforeTimePhrase(tokens, k); // "Police on Tuesday fired teargas"
        while (k >= 0 && (tokens.get(k).lower().endsWith("ly") || BETWEEN_SUBJECT_AND_VERB.contains(tokens.get(k).lower())
                || CONTINUING.contains(tokens.get(k).lower()))) {
            k--; // "the aircraft would continue to bomb"
        }
        for (int j = k - 1; j >= Math.max(0, k - 4); j--) {
            if (tokens.get(j).is("including")) {
                k = j - 1; // "aircraft including helicopter gunships struck": the head is before "including"
                break;
            }
        }
        if (k >= 2 && (tokens.get(k - 1).is("'") || tokens.get(k - 1).is("'s"))) {
            k -= 2; // "the government forces' warplanes": the possessor heads the subject
        }
        for (int j = k; j >= Math.max(1, k - 3) && tokens.get(j).isCapitalised(); j--) {
            if (tokens.get(j - 1).is("in") || tokens.get(j - 1).is("of")) {
                // "a court in Paris convicted", "police in New Delhi said", "troops of Operation Safe Haven engaged":
                // the noun before the place or the name
                k = j - 2;
                break;
            }
        }
        if (k < 0) {
            return false;
        }
        if (k > 0 && ClauseReadings.AIRCRAFT.contains(tokens.get(k).lower()) && index.isStateNoun(tokens.get(k - 1).lower())) {
            k--; // "the security forces aircraft bombed": the forces' aircraft
        }
        String w = tokens.get(k).lower();
        // ("A Venice court sentenced", "Lagos police said": a place before the noun says whose it is)
        return index.isStateNoun(w) && !(k > 0 && (tokens.get(k - 1).is("'s") || tokens.get(k - 1).isCapitalised()
                && tokens.get(k - 1).isWord() && k - 1 > 0 && index.place(tokens.get(k - 1).text()) == null
                || NON_STATE_MODIFIERS.contains(tokens.get(k - 1).lower())));
    }

    /** Words of a time phrase that may stand between a subject and its verb: "on Tuesday evening", "yesterday". */
    private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "morning", "afternoon", "evening", "night", "yesterday", "today");

    /** The token before a time phrase that ends at k ("on Tuesday evening"), else k. */
    private static int beforeTimePhrase(List<Token> tokens, int k) {
        int j = k;
        while (j >= 0 && TIME_WORDS.contains(tokens.get(j).lower())) {
            j--;
        }
        if (j == k) {
            return k;
        }
        return j >= 0 && tokens.get(j).is("on") ? j - 1 : j;
    }

    /** "Police said they had detained": the one who said so, a state noun, is the subject of "they". */
    boolean reportedByStateNoun(List<Token> tokens, int trigger) {
        for (int k = trigger - 1; k >= Math.max(1, trigger - 5); k--) {
            if (tokens.get(k).is("they") || tokens.get(k).is("it")) {
                int verb = clauses.reportingVerbBefore(tokens, k);
                return verb > 0 && headedByStateNoun(tokens, verb);
            }
        }
        return false;
    }

    /**
     * "Police said 44 people had been detained", "the interior ministry said dozens were arrested": the state body
     * that reports a coercive act told in the passive without its agent is the one that did it.
     */
    boolean passiveReportedByStateNoun(List<Token> tokens, int trigger) {
        int verb = clauses.verbReportingPassive(tokens, trigger);
        return verb > 0 && headedByStateNoun(tokens, verb);
    }

    /** A state noun heads the phrase a country is the object of: "soldiers of Guinea", "police in Pakistan". */
    boolean stateNounBefore(List<Token> tokens, int actorFirst) {
        for (int k = actorFirst - 1; k >= Math.max(0, actorFirst - 8); k--) {
            String w = tokens.get(k).lower();
            if (w.equals(",") || w.equals("\"") || index.isSpeechVerb(w)) {
                return false;
            }
            if (index.isStateNoun(w) && (k == 0 || !tokens.get(k - 1).is("'s"))) {
                return true;
            }
        }
        return false;
    }

    /** "fighting between the army and the RSF": a state noun right after "between" in the match is one side. */
    boolean stateNounBetween(List<Token> tokens, PatternMatch m) {
        for (int k = m.first() + 1; k < Math.min(tokens.size() - 1, m.last()); k++) {
            if (tokens.get(k).is("between")) {
                int noun = determiners.contains(tokens.get(k + 1).lower()) ? k + 2 : k + 1;
                return noun < tokens.size() && index.isStateNoun(tokens.get(noun).lower());
            }
        }
        return false;
    }

    /** "arrested by police", "killed by the army": a state noun right after "by" (or its determiner) is the agent. */
    boolean stateNounAgent(List<Token> tokens, PatternMatch m) {
        for (int k = m.first() + 1; k < Math.min(tokens.size() - 1, m.last() + 3); k++) {
            if (tokens.get(k).is("by")) {
                int noun = determiners.contains(tokens.get(k + 1).lower()) ? k + 2 : k + 1;
                return noun < tokens.size() && index.isStateNoun(tokens.get(noun).lower());
            }
        }
        return false;
    }

    /**
     * "urged the army to": the object right after the pattern is a state noun; or the words a pattern's "*" skipped
     * right after its verb are one ("accused the government of").
     */
    boolean stateNounObject(List<Token> tokens, PatternMatch m) {
        return stateNounObjectAt(tokens, m) >= 0;
    }

    /**
     * "demanded that the government table the text": a state noun as the object that is no title before a name
     * ("talks with General Secretary ... Nguyen Phu Trong" names a person).
     */
    boolean bareStateNounObject(List<Token> tokens, PatternMatch m) {
        int k = stateNounAfter(tokens, m);
        return k >= 0 && !tokens.get(k).isCapitalised() && !(k + 1 < tokens.size() && tokens.get(k + 1).isCapitalised());
    }

    /**
     * "called on the junta led by Gen. Abdourahamane Tchiani": the actor that leads the state noun of the object,
     * named right after it with "led by" or "headed by"; else null.
     */
    ActorSpan leaderOfObject(List<Token> tokens, List<ActorSpan> actors, PatternMatch m) {
        int noun = stateNounObjectAt(tokens, m);
        if (noun < 0 || noun + 3 >= tokens.size() || !(tokens.get(noun + 1).is("led") || tokens.get(noun + 1).is("headed"))
                || !tokens.get(noun + 2).is("by")) {
            return null;
        }
        for (int k = noun + 3; k < Math.min(tokens.size(), noun + 6); k++) {
            ActorSpan leader = ActorSpan.startingAt(actors, k);
            if (leader != null) {
                return leader;
            }
        }
        return null;
    }

    /** Where the state noun of the object stands, else -1. */
    private int stateNounObjectAt(List<Token> tokens, PatternMatch m) {
        int after = stateNounAfter(tokens, m);
        if (after >= 0 || m.target() != null || m.source() != null) {
            return after;
        }
        return stateNounInGap(tokens, m);
    }

    /**
     * "accused the government of": where the state noun stands when a pattern's gap held it alone and the pattern's
     * last word closes it, else -1.
     */
    int stateNounInGap(List<Token> tokens, PatternMatch m) {
        if (m.target() != null || m.source() != null) {
            return -1;
        }
        int inside = stateNounAt(tokens, m.first() + 1);
        // (the pattern's last word is a preposition after the noun; "conducting military exercises" has a modifier)
        return inside >= 0 && inside + 1 == m.last() && ClauseWords.PREPOSITIONS.contains(tokens.get(m.last()).lower())
                ? inside : -1;
    }

    /** Where the state noun right after the match stands, else -1. */
    private int stateNounAfter(List<Token> tokens, PatternMatch m) {
        int after = stateNounAt(tokens, m.last() + 1);
        boolean ofCountry = after >= 0 && after + 1 < tokens.size() && tokens.get(after + 1).is("of");
        return ofCountry ? -1 : after; // "the government of Mali": the country named after it is the object
    }

    /**
     * Words between the article and a state noun that still name the state's own government: "the federal government",
     * "the interim authorities" (but "the local government", "the state government" are no national state).
     */
    private static final java.util.Set<String> NATIONAL_MODIFIERS = java.util.Set.of("federal", "central", "national",
            "interim", "transitional", "provisional");

    /** The state noun at k, or after a determiner at k (and a national modifier: "the federal government"); else -1. */
    private int stateNounAt(List<Token> tokens, int k) {
        boolean determined = k < tokens.size() && determiners.contains(tokens.get(k).lower());
        if (determined) {
            k++;
            if (k + 1 < tokens.size() && NATIONAL_MODIFIERS.contains(tokens.get(k).lower())) {
                k++;
            }
        }
        if (k + 1 < tokens.size() && !index.isStateNoun(tokens.get(k).lower())
                && index.isStateNoun(tokens.get(k).lower() + " " + tokens.get(k + 1).lower())) {
            return k + 1; // "urged the security forces to show restraint": a state noun of two words
        }
        if (k >= tokens.size() || !index.isStateNoun(tokens.get(k).lower())) {
            return -1;
        }
        // ("demanded justice": a title's word alone and in the singular is the abstract noun, no office holder)
        boolean bareTitle = !determined && !tokens.get(k).lower().endsWith("s")
                && !index.dictionaries().stateNouns().contains(tokens.get(k).lower());
        return bareTitle ? -1 : k;
    }

    /** The subject right before the trigger is a people noun: "protesters marching", "demonstrators demanding". */
    boolean populationBefore(List<Token> tokens, int trigger) {
        int k = trigger - 1;
        while (k >= 0 && (BETWEEN_SUBJECT_AND_VERB.contains(tokens.get(k).lower())
                || tokens.get(k).lower().endsWith("ly") && !tokens.get(k).isCapitalised())) {
            k--;
        }
        if (k >= 0 && tokens.get(k).is(",")) {
            k = beforeApposition(tokens, k); // "Scores of protesters, mainly women carrying iron rods, broke down"
        }
        return k >= 0 && index.isPopulationNoun(tokens.get(k).lower());
    }

    /** The token before the comma that opens the apposition closed by the comma at k, else -1. */
    private static int beforeApposition(List<Token> tokens, int k) {
        for (int j = k - 1; j >= Math.max(1, k - APPOSITION_WORDS); j--) {
            if (tokens.get(j).is(",")) {
                return j - 1;
            }
            if (!tokens.get(j).isWord()) {
                return -1;
            }
        }
        return -1;
    }

    /** Protesters right after the trigger, past a number: "shot dead two protesters", "beat demonstrators". */
    boolean protestersAfter(List<Token> tokens, PatternMatch m) {
        for (int k = m.last() + 1; k < tokens.size() && k <= m.last() + 3; k++) {
            if (PROTESTERS.contains(tokens.get(k).lower())) {
                return true;
            }
            if (!tokens.get(k).isWord()) {
                return false;
            }
        }
        return false;
    }

    /** A people noun ("protesters", "civilians") after the trigger, before any actor, in its clause. */
    boolean populationAfter(List<Token> tokens, List<ActorSpan> actors, PatternMatch m) {
        for (int k = m.first() + 1; k < tokens.size() && k <= m.last() + 8; k++) {
            if (k > m.last() && CLAUSE_END.contains(tokens.get(k).lower()) || ActorSpan.startingAt(actors, k) != null) {
                return false;
            }
            if (index.isPopulationNoun(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** "Australians", "Tanzanians": an actor named by its people's demonym in the plural, one word, not by its state. */
    static boolean peopleByDemonym(List<Token> tokens, ActorSpan actor) {
        return actor.first() == actor.last() && actor.mention().how() == FoundMention.How.DEMONYM
                && tokens.get(actor.first()).lower().endsWith("s");
    }

    /** "US and British activists staged": the people noun before the verb says whose people they are. */
    static boolean peopleOfANamedCountry(List<Token> tokens, List<ActorSpan> actors, int trigger) {
        int k = trigger - 1;
        while (k >= 0 && BETWEEN_SUBJECT_AND_VERB.contains(tokens.get(k).lower())) {
            k--;
        }
        ActorSpan before = k > 0 ? ActorSpan.endingAt(actors, k - 1) : null;
        return before != null && before.mention().key().kind() == EntityKind.COUNTRY;
    }

    /**
     * "The Brazilian striker attacked the defender", "The American 19th seed … attacked the serve": a nationality
     * before a player's, an artist's or a businessman's title names a private person, not the state.
     */
    boolean nationalityOfPrivatePerson(List<Token> tokens, ActorSpan subject, int trigger) {
        if (subject.mention().how() != FoundMention.How.DEMONYM) {
            return false;
        }
        for (int k = subject.last() + 1; k < trigger && k <= subject.last() + TITLE_REACH; k++) {
            Role role = index.role(tokens.get(k).lower());
            if (role != null) {
                // ("the Somali militant group": a fighter is no private person)
                return PoliticalActors.NON_POLITICAL_ROLES.contains(role.category())
                        && !UnnamedFighters.FIGHTERS.contains(tokens.get(k).lower())
                        && !tokens.get(k).lower().startsWith("fighter");
            }
        }
        return false;
    }

    /** How far after the nationality its title may stand: "American 19th seed". */
    private static final int TITLE_REACH = 3;

    /** "US and British activists staged": the actors are adjectives of a people noun between them and the verb. */
    boolean modifiesPeople(List<Token> tokens, ActorSpan subject, int trigger) {
        int noun = subject.last() + 1;
        return noun < trigger && (index.isPopulationNoun(tokens.get(noun).lower()) || index.isStateNoun(tokens.get(noun).lower()));
    }
}
