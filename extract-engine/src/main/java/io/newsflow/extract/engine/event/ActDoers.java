package io.newsflow.extract.engine.event;

import java.util.List;
import java.util.Set;

import io.newsflow.contract.EntityKind;
import io.newsflow.contract.NewsEvent;
import io.newsflow.extract.engine.entity.EntityTable;
import io.newsflow.extract.engine.entity.FoundMention;
import io.newsflow.extract.engine.nlp.Sentence;
import io.newsflow.extract.engine.nlp.Token;

/**
 * Who did an act the story told without coding it as an event, so that a reaction naming that act can be aimed at
 * its doer: "Saudi agents killed the journalist ... Merkel condemned the killing", "a vessel seized by Iran's
 * Revolutionary Guards ... Hunt condemned the seizure", "North Korea said it had conducted its first hydrogen bomb
 * test ... Park condemned the test". The act is found by its word family in the sentences before the reaction (the
 * latest first); its doer is the one whose act it is there ("Russia's invasion", "its test"), the agent of a passive
 * ("seized by Iran"), or the actor right before an active verb ("Saudi agents killed").
 */
public final class ActDoers {
    /** Endings that turn the noun of an act into its word family's stem: "killing" to "kill", "seizure" to "seiz". */
    private static final List<String> NOUN_ENDINGS = List.of("ations", "ation", "ings", "ing", "ions", "ion", "ures",
            "ure", "ments", "ment", "es", "s");
    /** What may follow the stem in a word of the family: "killed", "kills", "seized", "tested", "executed". */
    private static final Set<String> FAMILY_ENDINGS = Set.of("", "s", "es", "ed", "d", "e", "ing", "ings", "ion",
            "ions", "ation", "ations", "ure", "ures", "ment", "ments");
    /** A stem shorter than this is too common a word to tell one act by ("ban", "war"): no doer is sought for it. */
    private static final int SHORTEST_STEM = 4;
    /** Possessive pronouns that name the doer before the act: "its first hydrogen bomb test". */
    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("its", "their", "his", "her");
    /** Auxiliaries of a passive whose agent is not named: "two soldiers were killed" tells no doer before the verb. */
    private static final Set<String> PASSIVE_AUXILIARIES = Set.of("was", "were", "been", "being", "be", "is", "are");
    /** Auxiliaries of a perfect, between the subject and its verb: "Iran had seized". */
    private static final Set<String> PERFECT_AUXILIARIES = Set.of("had", "has", "have");
    /** How many words may stand between the doer and the act: "North Korea's latest nuclear test". */
    private static final int REACH = 4;
    /** How many words of a subject's head may follow the name in it: "Nato helicopters and jets". */
    private static final int SUBJECT_HEAD = 3;

    private final List<Sentence> sentences;
    private final EntityTable table;

    public ActDoers(List<Sentence> sentences, EntityTable table) {
        this.sentences = sentences;
        this.table = table;
    }

    /**
     * The doer of the act {@code noun} names, told in the reaction's sentence after the noun ("the killing of the
     * journalist by Saudi agents") or in a sentence before it, other than the reacting side; null when none is found.
     */
    NewsEvent.Actor doerOf(String noun, Sentence reaction, int nounAt, NewsEvent.Actor reacting) {
        String stem = stem(noun);
        if (stem == null) {
            return null;
        }
        NewsEvent.Actor agent = agentAfter(reaction, nounAt);
        if (agent != null) {
            return ReactionTargets.sameSide(agent, reacting, false) ? null : agent;
        }
        // told later in the reaction's own sentence: "condemned the invasion on Thursday, hours after Russian forces
        // invaded"
        List<Token> own = reaction.tokens();
        for (int i = nounAt + 1; i < own.size(); i++) {
            if (ofFamily(own.get(i).lower(), stem)) {
                NewsEvent.Actor doer = doerAt(reaction, i);
                if (doer != null && !ReactionTargets.sameSide(doer, reacting, false)) {
                    return doer;
                }
            }
        }
        for (int s = reaction.index() - 1; s >= 0; s--) {
            Sentence told = sentences.get(s);
            List<Token> tokens = told.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                if (ofFamily(tokens.get(i).lower(), stem)) {
                    NewsEvent.Actor doer = doerAt(told, i);
                    if (doer != null && !ReactionTargets.sameSide(doer, reacting, false)) {
                        return doer;
                    }
                }
            }
        }
        return null;
    }

    /** The stem of an act's noun, or null when too short to find its family by. */
    static String stem(String noun) {
        for (String ending : NOUN_ENDINGS) {
            if (noun.endsWith(ending) && noun.length() - ending.length() >= SHORTEST_STEM) {
                return noun.substring(0, noun.length() - ending.length());
            }
        }
        return noun.length() >= SHORTEST_STEM ? noun : null;
    }

    /** Whether a word is of the stem's family; a stem ending in "s" also takes "d" ("invas": "invaded"). */
    static boolean ofFamily(String word, String stem) {
        if (word.startsWith(stem) && FAMILY_ENDINGS.contains(word.substring(stem.length()))) {
            return true;
        }
        String verbStem = stem.endsWith("s") ? stem.substring(0, stem.length() - 1) + "d" : null;
        return verbStem != null && word.startsWith(verbStem)
                && FAMILY_ENDINGS.contains(word.substring(verbStem.length()));
    }

    /** The doer of the act whose word stands at {@code at}: its possessor, its agent, or the actor before its verb. */
    private NewsEvent.Actor doerAt(Sentence sentence, int at) {
        NewsEvent.Actor possessor = possessorBefore(sentence, at);
        if (possessor != null) {
            return possessor;
        }
        NewsEvent.Actor agent = agentAfter(sentence, at);
        if (agent != null) {
            return agent;
        }
        return subjectOfVerb(sentence, at);
    }

    /** "Russia's invasion", "its test": the actor whose possessive stands within a few words before the act. */
    private NewsEvent.Actor possessorBefore(Sentence sentence, int at) {
        List<Token> tokens = sentence.tokens();
        for (int k = at - 1; k >= Math.max(0, at - REACH); k--) {
            Token t = tokens.get(k);
            if (!t.isWord() && !t.is("'s")) {
                return null;
            }
            int owner = t.is("'s") ? k - 1 : POSSESSIVE_PRONOUNS.contains(t.lower()) ? k : -1;
            if (owner >= 0) {
                // a person's act is most often done to him ("Sharmahd's execution", "Khashoggi's killing"); a state's
                // or a body's is its own ("Russia's invasion")
                NewsEvent.Actor possessor = actorEndingAt(sentence, owner);
                return possessor == null || possessor.kind() == EntityKind.PERSON ? null : possessor;
            }
        }
        return null;
    }

    /** "seized by Iran's forces", "the killing ... by Saudi agents": the actor after "by" within a few words. */
    private NewsEvent.Actor agentAfter(Sentence sentence, int at) {
        List<Token> tokens = sentence.tokens();
        for (int k = at + 1; k < Math.min(tokens.size(), at + 1 + REACH); k++) {
            if (tokens.get(k).is("by")) {
                boolean pronoun = k + 1 < tokens.size()
                        && (tokens.get(k + 1).is("its") || tokens.get(k + 1).is("their"));
                // "a tanker seized by its forces": the state or body named last before the act owns them
                return pronoun ? bodyBefore(sentence, at) : actorStartingWithin(sentence, k + 1, 2);
            }
            if (!tokens.get(k).isWord()) {
                return null;
            }
        }
        return null;
    }

    /**
     * The actor right before the act's word when it is an active verb ("Saudi agents killed", "Iran had seized"); null
     * for a noun ("the killing") or a passive without its agent ("two soldiers were killed": the victims stand there).
     */
    private NewsEvent.Actor subjectOfVerb(Sentence sentence, int at) {
        List<Token> tokens = sentence.tokens();
        if (at == 0 || !tokens.get(at).lower().endsWith("ed")) {
            return null;
        }
        int before = PERFECT_AUXILIARIES.contains(tokens.get(at - 1).lower()) ? at - 2 : at - 1;
        if (before < 0 || PASSIVE_AUXILIARIES.contains(tokens.get(before).lower())) {
            return null;
        }
        // the subject's head may follow the name: "Nato helicopters and jets attacked", "Saudi agents killed"
        for (int end = before; end >= Math.max(0, before - SUBJECT_HEAD); end--) {
            NewsEvent.Actor subject = actorEndingAt(sentence, end);
            if (subject != null) {
                return subject;
            }
            if (!tokens.get(end).isWord() || tokens.get(end).lower().endsWith("ed")) {
                return null;
            }
        }
        return null;
    }

    private NewsEvent.Actor actorEndingAt(Sentence sentence, int last) {
        for (FoundMention m : table.mentionsIn(sentence.index())) {
            if (m.last() == last && acting(m)) {
                return EventExtractor.actor(table, m.key());
            }
        }
        return null;
    }

    /** The state or body named (not described by its demonym) last before {@code at} in the sentence, else null. */
    private NewsEvent.Actor bodyBefore(Sentence sentence, int at) {
        FoundMention last = null;
        for (FoundMention m : table.mentionsIn(sentence.index())) {
            EntityKind kind = m.key().kind();
            // (a demonym describes a thing: "a British-flagged tanker seized by its forces" is no British act)
            if (m.last() < at && (kind == EntityKind.COUNTRY || kind == EntityKind.ORGANIZATION)
                    && m.how() != FoundMention.How.DEMONYM && (last == null || m.last() > last.last())) {
                last = m;
            }
        }
        return last == null ? null : EventExtractor.actor(table, last.key());
    }

    private NewsEvent.Actor actorStartingWithin(Sentence sentence, int from, int reach) {
        for (FoundMention m : table.mentionsIn(sentence.index())) {
            if (m.phraseFirst() >= from && m.phraseFirst() <= from + reach && acting(m)) {
                return EventExtractor.actor(table, m.key());
            }
        }
        return null;
    }

    /** States, bodies and persons act; a place does not. */
    private static boolean acting(FoundMention m) {
        EntityKind kind = m.key().kind();
        return kind == EntityKind.COUNTRY || kind == EntityKind.ORGANIZATION || kind == EntityKind.PERSON;
    }
}
