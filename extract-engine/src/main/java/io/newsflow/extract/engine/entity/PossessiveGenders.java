package io.newsflow.extract.engine.entity;

import java.util.List;
import java.util.Set;

import io.newsflow.contract.EntityKind;
import io.newsflow.extract.engine.nlp.Sentence;
import io.newsflow.extract.engine.nlp.Token;

/**
 * The gender of a person whose name tells none, from the possessive their own sentence gives them: "Qin, who became
 * foreign minister in December, assured his guest" makes Qin a man, so a later "she" is not Qin. Only a sentence that
 * names one person, as its subject near its start, and holds possessives of one gender only, outside quotations,
 * teaches anything: "X met Y and his deputy" names two.
 */
public final class PossessiveGenders {
    /** How far into its sentence the one person's name may start to be the subject: "Later on Friday, Qin said". */
    private static final int SUBJECT_REACH = 5;
    private static final Set<String> NOT_POSSESSED = Set.of(".", ",", ";", ":", "\"", "on", "in", "to", "at", "for",
            "with", "from", "by", "of", "and", "as", "that", "into", "after", "before");

    private PossessiveGenders() {
    }

    public static void learn(List<Sentence> sentences, EntityTable table) {
        for (Sentence s : sentences) {
            FoundMention person = onlyPersonAsSubject(table.mentionsIn(s.index()));
            if (person == null) {
                continue;
            }
            PersonProfile profile = table.profile(person.key());
            if (profile == null || profile.gender() != null) {
                continue;
            }
            String gender = possessiveGender(s.tokens(), person.last() + 1);
            if (gender != null) {
                profile.learn(null, null, gender);
            }
        }
    }

    private static FoundMention onlyPersonAsSubject(List<FoundMention> mentions) {
        FoundMention first = null;
        for (FoundMention m : mentions) {
            if (m.key() == null || m.key().kind() != EntityKind.PERSON) {
                continue;
            }
            if (first != null && !first.key().equals(m.key())) {
                return null;
            }
            if (first == null || m.first() < first.first()) {
                first = m;
            }
        }
        return first != null && first.phraseFirst() <= SUBJECT_REACH
                && (first.how() == FoundMention.How.NAME || first.how() == FoundMention.How.SURNAME) ? first : null;
    }

    /** "M" or "F" when the words from {@code from} hold possessives of that gender only, outside quotations. */
    private static String possessiveGender(List<Token> tokens, int from) {
        boolean quoted = false;
        boolean his = false;
        boolean her = false;
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.is("\"")) {
                quoted = !quoted;
            } else if (!quoted && k >= from) {
                his |= t.is("his") || t.is("himself");
                // "assured her guest", not "accompanied her on the train": "her" before a word it owns
                her |= t.is("herself") || t.is("her") && k + 1 < tokens.size() && tokens.get(k + 1).isWord()
                        && !NOT_POSSESSED.contains(tokens.get(k + 1).lower());
            }
            if (!quoted && (t.is("she") || t.is("he")) && k >= from) {
                return null; // "Qin said she was welcome": another person is talked of
            }
        }
        return his == her ? null : his ? "M" : "F";
    }
}
