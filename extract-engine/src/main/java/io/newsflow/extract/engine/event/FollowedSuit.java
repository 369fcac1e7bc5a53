package io.newsflow.extract.engine.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.newsflow.contract.ArticleIds;
import io.newsflow.contract.EntityKind;
import io.newsflow.contract.NewsEvent;
import io.newsflow.extract.engine.entity.EntityTable;
import io.newsflow.extract.engine.entity.FoundMention;
import io.newsflow.extract.engine.nlp.Sentence;
import io.newsflow.extract.engine.nlp.Token;

/**
 * "The US announced the expulsion of 60 Russian diplomats ... Canada and Australia followed suit": states that follow
 * suit do what the act told just before did, to the same target. The act is the latest event of the sentence or the
 * one before it that has a target; each state (or political body) the clause names before "followed suit" repeats it.
 * ("followed suit in severing relations" names its act, which the verb patterns code.)
 */
public final class FollowedSuit {
    /** Forms of the verb before "suit": "followed suit", "will follow suit", "follows suit". */
    private static final Set<String> FOLLOW = Set.of("follow", "followed", "follows", "following");
    /** Words that end the subject looked for before the verb: another clause or a quotation. */
    private static final Set<String> SUBJECT_STOPS = Set.of(";", ":", "\"", "while", "after", "when", "because",
            "since", "that", "which");

    private FollowedSuit() {
    }

    /** Adds to {@code found} the events of {@code sentence}'s followers of suit. */
    public static void apply(String text, Sentence sentence, List<NewsEvent> found, EntityTable table) {
        List<Token> tokens = sentence.tokens();
        int verb = followIndex(tokens);
        if (verb < 0) {
            return;
        }
        NewsEvent act = latestTargetedAct(found, sentence.index());
        if (act == null) {
            return;
        }
        List<NewsEvent> repeated = new ArrayList<>();
        for (FoundMention m : subjects(table, sentence, tokens, verb)) {
            NewsEvent.Actor follower = EventExtractor.actor(table, m.key());
            if (ReactionTargets.sameSide(follower, act.source(), false)
                    || ReactionTargets.sameSide(follower, act.target(), false)) {
                continue;
            }
            repeated.add(repeat(act, follower, sentence, text, text.substring(tokens.get(verb).start(),
                    tokens.get(verb + 1).end())));
        }
        found.addAll(repeated);
    }

    /** The token of the verb of "followed suit" not followed by "in" (which names its own act), else -1. */
    private static int followIndex(List<Token> tokens) {
        for (int k = 0; k + 1 < tokens.size(); k++) {
            if (FOLLOW.contains(tokens.get(k).lower()) && tokens.get(k + 1).is("suit")
                    && !(k + 2 < tokens.size() && tokens.get(k + 2).is("in"))) {
                // "New Zealand would not follow suit", "Canberra refused to follow suit"
                return ClauseReadings.negatedBefore(tokens, k) || refusedBefore(tokens, k) ? -1 : k;
            }
        }
        return -1;
    }

    /** Whether "refused to" or "declined to" stands right before the verb. */
    private static boolean refusedBefore(List<Token> tokens, int verb) {
        return verb >= 2 && tokens.get(verb - 1).is("to") && REFUSALS.contains(tokens.get(verb - 2).lower());
    }

    private static final Set<String> REFUSALS = Set.of("refused", "refuses", "declined", "declines");

    /** The latest event with a target told in this sentence or in the sentence before. */
    private static NewsEvent latestTargetedAct(List<NewsEvent> found, int sentence) {
        for (int k = found.size() - 1; k >= 0; k--) {
            NewsEvent e = found.get(k);
            if (e.sentenceIndex() < sentence - 1) {
                return null;
            }
            if (e.target() != null && !e.negated()) {
                return e;
            }
        }
        return null;
    }

    /** The states and political bodies named in the clause before the verb: "Canada and Australia, as well as ...". */
    private static List<FoundMention> subjects(EntityTable table, Sentence sentence, List<Token> tokens, int verb) {
        int from = verb - 1;
        while (from > 0 && !SUBJECT_STOPS.contains(tokens.get(from - 1).lower())) {
            from--;
        }
        List<FoundMention> subjects = new ArrayList<>();
        for (FoundMention m : table.mentionsIn(sentence.index())) {
            // ("more than a dozen EU member states": a name that modifies a noun is not the one who follows)
            boolean modifier = m.last() + 1 < verb && tokens.get(m.last() + 1).isWord()
                    && !tokens.get(m.last() + 1).isCapitalised() && !tokens.get(m.last() + 1).is("and");
            if (m.key() != null && m.first() >= from && m.last() < verb && !modifier
                    && (m.key().kind() == EntityKind.COUNTRY || m.key().kind() == EntityKind.ORGANIZATION)
                    && subjects.stream().noneMatch(s -> s.key().equals(m.key()))) {
                subjects.add(m);
            }
        }
        return subjects;
    }

    private static NewsEvent repeat(NewsEvent act, NewsEvent.Actor follower, Sentence sentence, String text,
            String actionText) {
        String id = ArticleIds.derivedId("e", act.eventId(), follower.entityId() == null ? follower.name()
                : follower.entityId());
        return new NewsEvent(act.schemaVersion(), id, act.articleId(), act.cameo(), follower, act.target(),
                actionText, false, act.date(), act.datePrecision(), act.location(),
                text.substring(sentence.start(), sentence.end()), sentence.index(), sentence.start(), sentence.end(),
                act.confidence(), act.headline(), act.url(), act.articleSource());
    }
}
