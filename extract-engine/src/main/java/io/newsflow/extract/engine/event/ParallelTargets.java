package io.newsflow.extract.engine.event;

import java.util.List;
import java.util.Set;

import io.newsflow.contract.NewsEvent;
import io.newsflow.extract.engine.nlp.Sentence;
import io.newsflow.extract.engine.nlp.Token;

/**
 * The same act told twice in one sentence, by another actor on people it does not name again: "the United States
 * announced sanctions on eight Venezuelan officials, while the European Union, Britain and Canada imposed sanctions on
 * officials they hold responsible". The second act's object is a common noun, so the patterns find no target; it is
 * the first act's, unless that would make an actor act on its own country ("Russia shelled Kharkiv, while Ukraine
 * shelled positions" gives Ukraine no target).
 */
public final class ParallelTargets {
    /** Words that may stand between the act and its unnamed object: "sanctions on some officials". */
    private static final Set<String> OBJECT_OPENERS = Set.of("the", "some", "several", "other", "more", "further",
            "its", "their");

    private ParallelTargets() {
    }

    /** Gives, in {@code found}, each untargeted act of {@code sentence} the target of the same act told before it. */
    public static void apply(Sentence sentence, List<NewsEvent> found) {
        List<Token> tokens = sentence.tokens();
        int first = firstOfSentence(found, sentence);
        for (int k = first + 1; k < found.size(); k++) {
            NewsEvent act = found.get(k);
            if (act.target() != null || !unnamedObjectAfter(tokens, act)) {
                continue;
            }
            NewsEvent told = earlierSameAct(found, first, k, act);
            if (told != null) {
                found.set(k, act.withActors(act.source(), told.target()));
            }
        }
    }

    /** Where the events of {@code sentence} start in {@code found}: an article's events come sentence by sentence. */
    static int firstOfSentence(List<NewsEvent> found, Sentence sentence) {
        int first = found.size();
        while (first > 0 && found.get(first - 1).sentenceIndex() == sentence.index()) {
            first--;
        }
        return first;
    }

    private static NewsEvent earlierSameAct(List<NewsEvent> found, int first, int at, NewsEvent act) {
        String sourceCountry = act.source().countryCode();
        for (int k = at - 1; k >= first; k--) {
            NewsEvent e = found.get(k);
            if (e.target() != null && e.cameo().code().equals(act.cameo().code())
                    && e.start() + e.sentence().indexOf(e.actionText()) < act.start() + act.sentence().indexOf(act.actionText())
                    && !e.source().name().equals(act.source().name())
                    && (sourceCountry == null || !sourceCountry.equals(e.target().countryCode()))) {
                return e;
            }
        }
        return null;
    }

    /** The act's words end before a common noun (after an article or quantifier at most): an object nobody named. */
    private static boolean unnamedObjectAfter(List<Token> tokens, NewsEvent act) {
        int next = ReactionTargets.tokenAfterAction(tokens, act);
        if (next < 0) {
            return false;
        }
        if (next < tokens.size() && OBJECT_OPENERS.contains(tokens.get(next).lower())) {
            next++;
        }
        return next < tokens.size() && tokens.get(next).isWord() && !tokens.get(next).isCapitalised();
    }
}
