package io.newsflow.extract.engine.event;

import java.util.Set;

/**
 * Closed classes of words that the readings of a clause share: the subject, the clause's end, the prepositions that
 * make an actor an object. They live here because no one reading owns them; a set used by one reading stays with it.
 */
final class ClauseWords {
    static final Set<String> PREPOSITIONS = Set.of("of", "with", "against", "on", "to", "for", "from", "in",
            "at", "by", "between", "toward", "towards", "over", "about", "into", "upon", "among", "amid");
    static final Set<String> BE_FORMS = Set.of("is", "are", "was", "were", "be", "been", "being", "'s", "'re");
    static final Set<String> BLOCKING_PRONOUNS = Set.of("it", "they", "them", "this", "which", "who", "those", "you");
    static final Set<String> CLAUSE_END = Set.of(".", ",", ";", ":", "\"", "which", "while", "but", "whereas", "who");
    /**
     * Envoys: whose country follows "of" ("the Ambassador of North Macedonia"), and where one serves ("recalled its
     * ambassador in Brasília").
     */
    static final Set<String> ENVOYS = Set.of("ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats",
            "charge", "chargé", "representative", "consul");
    /** Words that may stand between a subject and its verb: "forces have also struck". */
    static final Set<String> BETWEEN_SUBJECT_AND_VERB = Set.of("have", "has", "had", "also", "will", "would",
            "did", "later", "then", "again", "soon");

    /** Quotation marks, which a speaker's own word stands between: 'a "cowardly" attack'. */
    static final Set<String> QUOTE_MARKS = Set.of("\"", "'", "\u201c", "\u201d", "\u2018", "\u2019");
    /**
     * Adverbs without "-ly" that stand between an auxiliary and its participle: "was first arrested in 2015", "has
     * already detained", and the day words Commonwealth and Asian papers put there ("was yesterday sentenced").
     */
    static final Set<String> PLAIN_ADVERBS = Set.of("also", "already", "first", "again", "later", "since", "then",
            "once", "twice", "soon", "yesterday", "today", "earlier");
    /**
     * Past tenses without "-ed" that open a second verb or one of a series: "welcomed the decision and said he counted
     * on Hungary", "met the envoy, held talks and signed".
     */
    static final Set<String> IRREGULAR_PASTS = Set.of("said", "told", "made", "took", "gave", "met", "spoke",
            "held", "sent", "left", "went", "came", "saw", "put", "set", "led", "won", "lost", "kept", "brought",
            "sought", "thought", "felt", "found", "paid", "drew", "broke", "struck", "wrote", "began", "stood", "threw");

    private ClauseWords() {
    }

    /** A comma or semicolon among tokens (from, to), both exclusive: what follows it is another clause's. */
    static boolean punctuationBetween(java.util.List<io.newsflow.extract.engine.nlp.Token> tokens, int from, int to) {
        for (int k = from + 1; k < to && k < tokens.size(); k++) {
            if (tokens.get(k).is(",") || tokens.get(k).is(";")) {
                return true;
            }
        }
        return false;
    }

    /** The token after the article "the" at {@code k}, or {@code k}: "If the United States attacks". */
    static int afterArticle(java.util.List<io.newsflow.extract.engine.nlp.Token> tokens, int k) {
        return k + 1 < tokens.size() && tokens.get(k).is("the") ? k + 1 : k;
    }

    /** The token before the article "the" at {@code k}, or {@code k}: "South Korea, the United States". */
    static int pastThe(java.util.List<io.newsflow.extract.engine.nlp.Token> tokens, int k) {
        return k >= 1 && tokens.get(k).is("the") ? k - 1 : k;
    }

    /** Subject pronouns of the speaker's own judgement: "what he called". */
    private static final Set<String> SPEAKER_PRONOUNS = Set.of("he", "she", "they", "it", "we", "i");
    /** Verbs with which a speaker names what he condemns in his own words: "what she called", "what it described as". */
    private static final Set<String> NAMING_VERBS = Set.of("called", "calls", "termed", "terms", "described", "describes",
            "branded", "brands", "labelled", "labeled", "dubbed", "considered", "deemed", "saw", "sees", "regarded");

    /**
     * The token after "what she called" (and "as") at {@code k}, or {@code k}: "condemned what she called Russia's
     * outlaw actions" condemns the actions, and "she" is the speaker, no object.
     */
    static int pastWhatTheyCalled(java.util.List<io.newsflow.extract.engine.nlp.Token> tokens, int k) {
        if (k + 3 >= tokens.size() || !tokens.get(k).is("what") || !SPEAKER_PRONOUNS.contains(tokens.get(k + 1).lower())
                || !NAMING_VERBS.contains(tokens.get(k + 2).lower())) {
            return k;
        }
        return tokens.get(k + 3).is("as") && k + 4 < tokens.size() ? k + 4 : k + 3;
    }
}
