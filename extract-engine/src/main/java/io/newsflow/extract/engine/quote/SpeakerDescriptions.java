package io.newsflow.extract.engine.quote;

import java.util.List;
import java.util.Set;

import io.newsflow.contract.EntityKind;
import io.newsflow.extract.engine.dictionary.DictionaryIndex;
import io.newsflow.extract.engine.dictionary.Role;
import io.newsflow.extract.engine.dictionary.RoleNoun;
import io.newsflow.extract.engine.entity.FoundMention;
import io.newsflow.extract.engine.nlp.Token;

/**
 * Speakers the text describes without naming them: '"…," a senior police officer said', 'said a spokesman for the
 * ministry', 'The country's defense minister says'. A reader (and a gold file) names such a speaker by the
 * description, and a null speaker would say that nobody can tell who spoke. The description is the role phrase
 * without its article or possessor ("senior police officer", "defense minister"); a country as possessor becomes
 * its adjective ("Russia's foreign minister": "Russian foreign minister").
 */
final class SpeakerDescriptions {
    /** What may open a description and is not part of it. */
    private static final Set<String> OPENERS = Set.of("a", "an", "the", "one", "another", "his", "her", "their", "its",
            "our", "two", "three", "several", "some");
    /** What may follow the role and ends the description: "a spokesman for the ministry". */
    private static final Set<String> PREPOSITIONS = Set.of("for", "of", "at", "in", "with", "from");
    /** Words that cannot stand among a role's modifiers: they open a clause or join two speakers. */
    private static final Set<String> NOT_MODIFIERS = Set.of("who", "whom", "whose", "which", "that", "and", "or",
            "but", "also", "later", "then", "has", "have", "had", "was", "were", "is", "are", "will", "would");
    /** Capitalised words that open an attribution without naming anyone: '," He said', '," This says'. */
    private static final Set<String> NOT_NAMES = Set.of("he", "she", "it", "they", "we", "i", "you", "this", "that",
            "who", "which", "there");
    /** Words that only say the speaker goes unnamed. */
    private static final Set<String> UNNAMED = Set.of("unidentified", "unnamed", "anonymous");
    private static final int MAX_NAME_WORDS = 3;
    private static final int MAX_POSSESSOR_WORDS = 3;
    private static final int MAX_MODIFIERS = 4;
    private static final int MAX_ROLE_WORDS = 3;
    private static final int MAX_PHRASE_AFTER = 6;
    /** How long the name of a body a spokesperson speaks for may be, with its "for the". */
    private static final int MAX_BODY_AFTER = 10;

    private final DictionaryIndex index;

    SpeakerDescriptions(DictionaryIndex index) {
        this.index = index;
    }

    /**
     * The description when tokens[from, to) are exactly a described speaker, "[article | possessor] modifier* role
     * [preposition …]", and no person or organisation is named in it; else null.
     */
    String covering(List<Token> tokens, int from, int to, List<FoundMention> mentions, String text) {
        if (from >= to || to > tokens.size()) {
            return null;
        }
        if (isName(tokens, from, to) && !namesAnything(mentions, tokens.get(from).start(), tokens.get(to - 1).end())) {
            // '"…," Volker said': a name the story never introduces is still the speaker's name
            return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
        }
        int k = from;
        String prefix = null;
        int possessive = possessiveMark(tokens, k, to);
        if (possessive > 0) {
            prefix = countryAdjective(tokens, k, possessive, mentions);
            if (prefix == null && namedPossessor(tokens, k, possessive)) {
                return null; // "Putin's spokesman", "the U.S. attorney's office": a named possessor is another speaker
            }
            k = possessive + 1;
        } else if (OPENERS.contains(tokens.get(k).lower())) {
            k++;
        }
        while (k < to - 1 && UNNAMED.contains(tokens.get(k).lower())) {
            k++; // "an unidentified Chinese official": that nobody is named goes without saying
        }
        for (int head = Math.min(to - 1, k + MAX_MODIFIERS + MAX_ROLE_WORDS - 1); head >= k; head--) {
            int roleStart = roleStartEndingAt(tokens, k, head);
            if (roleStart < 0 || !endsWell(tokens, head + 1, to) || !modifiers(tokens, k, roleStart)
                    || namesSomeone(mentions, tokens.get(k).start(), tokens.get(head).end())) {
                continue;
            }
            boolean bodysVoice = prefix == null && spokesperson(tokens, roleStart, head);
            if (bodysVoice && roleStart > k && allCapitalised(tokens, k, roleStart)) {
                // "an Athletics Kenya spokesperson said": the body speaks through its unnamed spokesperson
                return text.substring(tokens.get(k).start(), tokens.get(roleStart - 1).end());
            }
            if (bodysVoice && roleStart == k && k == from + 1 && tokens.get(from).is("the")) {
                String body = bodyOfLastSpokesperson(text, tokens.get(from).start());
                if (body != null) {
                    return body; // "a NATO spokesperson said. '…,' the spokesperson said": NATO's, named before
                }
            }
            String body = bodysVoice ? bodyAfter(tokens, head + 1, to, mentions, text) : null;
            if (body != null) {
                return body; // "a spokesperson for the Canadian Council for Refugees said", "… for the company said"
            }
            body = bodysVoice && head > k ? lastBodyHolding(text.substring(tokens.get(k).start(),
                    tokens.get(head - 1).end()), tokens.get(from).start(), mentions) : null;
            if (body != null) {
                return body; // "a military spokesperson said" after "the Israeli military": the body named before
            }
            String role = text.substring(tokens.get(k).start(), tokens.get(head).end());
            return prefix == null ? role : prefix + " " + role;
        }
        return null;
    }

    /** Words that link the capitalised words of a body's name: "Council for Refugees", "Ministry of Foreign Affairs". */
    private static final Set<String> NAME_LINKS = Set.of("of", "for", "and", "the", "on", "de");

    /** Where the body's name starts after "for" or "of" at {@code at} (past "the"). */
    private static int bodyStart(List<Token> tokens, int at) {
        return at + 1 < tokens.size() && tokens.get(at + 1).is("the") ? at + 2 : at + 1;
    }

    /**
     * The body a spokesperson speaks for, as the words after the title give it: named in full ("for the Canadian
     * Council for Refugees") or described ("for the company", "for the power distributor EDES"); else null.
     */
    private static String bodyAfter(List<Token> tokens, int at, int to, List<FoundMention> mentions, String text) {
        return bodyNamedAfter(tokens, at, to)
                ? text.substring(tokens.get(bodyStart(tokens, at)).start(), tokens.get(to - 1).end())
                : bodyDescribedAfter(tokens, at, to, mentions, text);
    }

    /**
     * Whether tokens[at, to) are "for" or "of", "the" at most, and a body's name of capitalised words and their links
     * that runs to the end ("for the Canadian Council for Refugees"; "for the power distributor EDES" is read by
     * {@link #bodyDescribedAfter}).
     */
    private static boolean bodyNamedAfter(List<Token> tokens, int at, int to) {
        if (at >= to || !(tokens.get(at).is("for") || tokens.get(at).is("of"))) {
            return false;
        }
        int start = bodyStart(tokens, at);
        if (start >= to || !tokens.get(start).isCapitalised() || !tokens.get(to - 1).isCapitalised()) {
            return false;
        }
        for (int k = start; k < to; k++) {
            Token t = tokens.get(k);
            if (!t.isWord() || !t.isCapitalised() && !NAME_LINKS.contains(t.lower())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The body a spokesperson speaks for where tokens[at, to) describe it: "for the power distributor EDES" (the name
     * after the description), "for the company", "for the electoral commission" (the last body named before, within
     * reach, whose name holds the words; for a bare "company" or "movement", the last body named close before). Null
     * when none is found.
     */
    private static String bodyDescribedAfter(List<Token> tokens, int at, int to, List<FoundMention> mentions,
            String text) {
        if (at + 2 >= to || !(tokens.get(at).is("for") || tokens.get(at).is("of")) || !tokens.get(at + 1).is("the")) {
            return null; // a word at least after "for the"
        }
        int nameStart = to;
        while (nameStart > at + 2 && tokens.get(nameStart - 1).isCapitalised() && tokens.get(nameStart - 1).isWord()) {
            nameStart--;
        }
        for (int k = at + 2; k < nameStart; k++) {
            if (!tokens.get(k).isWord() || tokens.get(k).isCapitalised()) {
                return null; // "for the Colombian presidency": a name among the words is another reading
            }
        }
        if (nameStart < to) {
            return nameStart > at + 2 ? text.substring(tokens.get(nameStart).start(), tokens.get(to - 1).end()) : null;
        }
        String noun = tokens.get(to - 1).lower();
        int offset = tokens.get(at).start();
        String named = lastBodyHolding(text.substring(tokens.get(at + 2).start(), tokens.get(to - 1).end()), offset,
                mentions);
        if (named != null) {
            return named;
        }
        FoundMention close = null;
        for (FoundMention m : mentions) {
            if (m.key().kind() == EntityKind.ORGANIZATION && m.start() < offset && m.start() >= offset - CLOSE_REACH
                    && (close == null || m.start() > close.start())) {
                close = m;
            }
        }
        return close != null && BARE_BODY_NOUNS.contains(noun) ? close.key().name() : null;
    }

    /**
     * The name of the last body named within reach before {@code offset} whose name holds {@code words} ("the
     * electoral commission", "army" of "an army spokesperson"), else null.
     */
    private static String lastBodyHolding(String words, int offset, List<FoundMention> mentions) {
        String phrase = words.toLowerCase(java.util.Locale.ROOT);
        FoundMention named = null;
        for (FoundMention m : mentions) {
            if (m.key().kind() == EntityKind.ORGANIZATION && m.start() < offset && m.start() >= offset - BODY_REACH
                    && m.key().name().toLowerCase(java.util.Locale.ROOT).contains(phrase)
                    && (named == null || m.start() > named.start())) {
                named = m;
            }
        }
        return named == null ? null : named.key().name();
    }

    /** How far back the body "the company" or "the committee" refers to may have been named, in characters. */
    private static final int BODY_REACH = 600;
    /** How far back a bare "the company" refers to the last body named. */
    private static final int CLOSE_REACH = 300;
    /** Nouns that refer to whatever body was named last: "a spokesperson for the company". */
    private static final Set<String> BARE_BODY_NOUNS = Set.of("company", "firm", "movement", "organisation",
            "organization", "operator", "carrier", "airline");

    /** Whether tokens[start, head] are a spokesperson's title. */
    private boolean spokesperson(List<Token> tokens, int start, int head) {
        StringBuilder title = new StringBuilder();
        for (int k = start; k <= head; k++) {
            title.append(k > start ? " " : "").append(tokens.get(k).lower());
        }
        Role role = index.role(title.toString());
        return role != null && role.spokesperson();
    }

    /**
     * "an Athletics Kenya spokesperson", "a NATO spokesman", "a Foreign, Commonwealth and Development Office
     * spokesperson": a body's spokesperson, the body in group 1.
     */
    private static final java.util.regex.Pattern BODYS_SPOKESPERSON = java.util.regex.Pattern.compile(
            "\\b(?:[Aa]n?|[Tt]he) ((?:\\p{Lu}[\\p{L}.&-]*,?\\s(?:and\\s)?){1,6})spokes(?:person|man|woman)\\b");
    /**
     * "a spokesperson for the Tanzania Police Force", "a spokesman of the Defense Ministry": the body
     * after "for", its capitalised words with the links of a name ("Ministry of Foreign Affairs"), in group 1.
     */
    private static final java.util.regex.Pattern SPOKESPERSON_FOR_BODY = java.util.regex.Pattern.compile(
            "\\b[Aa] spokes(?:person|man|woman) (?:for|of) (?:the )?(\\p{Lu}[\\p{L}.&'-]*(?:\\s(?:(?:of|for|and|the)\\s)?"
                    + "\\p{Lu}[\\p{L}.&'-]*){0,5})");
    /** How far back a body's spokesperson may have been named. */
    private static final int SPOKESPERSON_REACH = 600;

    /**
     * The body whose spokesperson the text named last before {@code offset} ("a NATO spokesperson", "a spokesperson
     * for the Electoral Court"), within reach; else null.
     */
    private static String bodyOfLastSpokesperson(String text, int offset) {
        java.util.regex.Matcher m = BODYS_SPOKESPERSON.matcher(text).region(Math.max(0, offset - SPOKESPERSON_REACH),
                offset);
        String body = null;
        int at = -1;
        while (m.find()) {
            body = m.group(1).strip();
            at = m.start();
        }
        java.util.regex.Matcher f = SPOKESPERSON_FOR_BODY.matcher(text).region(Math.max(0, offset - SPOKESPERSON_REACH),
                offset);
        while (f.find()) {
            if (f.start() > at) {
                body = f.group(1).strip();
                at = f.start();
            }
        }
        return body;
    }

    /** Whether every token of [from, to) is a capitalised word: a body's name, not a description. */
    private static boolean allCapitalised(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!tokens.get(k).isWord() || !tokens.get(k).isCapitalised()) {
                return false;
            }
        }
        return true;
    }

    private static boolean namedPossessor(List<Token> tokens, int from, int mark) {
        for (int k = from; k < mark; k++) {
            if (tokens.get(k).isCapitalised() && !OPENERS.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** One to three capitalised words that are no article or pronoun: "Volker", "Jennifer Ngo-Anh". */
    private static boolean isName(List<Token> tokens, int from, int to) {
        if (to - from > MAX_NAME_WORDS || OPENERS.contains(tokens.get(from).lower())
                || NOT_NAMES.contains(tokens.get(from).lower())) {
            return false;
        }
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (!t.isWord() || !t.isCapitalised() || Character.isDigit(t.text().charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** The "'s" of "the country's" or "Russia's" within the first words, else -1. */
    private static int possessiveMark(List<Token> tokens, int from, int to) {
        for (int k = from + 1; k < Math.min(to, from + MAX_POSSESSOR_WORDS + 1); k++) {
            if (tokens.get(k).is("'s")) {
                return k;
            }
            if (!tokens.get(k).isWord()) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "Russia's", "the country's": the adjective of the country the possessor is, else null. The country must be the
     * whole possessor: "the U.S. attorney's office" is an office of an attorney.
     */
    private String countryAdjective(List<Token> tokens, int from, int mark, List<FoundMention> mentions) {
        int first = OPENERS.contains(tokens.get(from).lower()) ? from + 1 : from;
        for (FoundMention m : mentions) {
            if (m.key().kind() == EntityKind.COUNTRY && m.start() == tokens.get(first).start()
                    && m.end() == tokens.get(mark - 1).end() && m.key().countryCode() != null) {
                return index.adjective(m.key().countryCode());
            }
        }
        return null;
    }

    /** The first token of the longest role title ending at head, e.g. "police officer", "officials"; else -1. */
    private int roleStartEndingAt(List<Token> tokens, int from, int head) {
        for (int start = Math.max(from, head - MAX_ROLE_WORDS + 1); start <= head; start++) {
            StringBuilder phrase = new StringBuilder();
            boolean words = true;
            for (int k = start; k <= head; k++) {
                words &= tokens.get(k).isWord();
                phrase.append(k > start ? " " : "").append(tokens.get(k).lower());
            }
            if (words && isSpeakerRole(phrase.toString())) {
                return start;
            }
        }
        return -1;
    }

    private boolean isSpeakerRole(String phrase) {
        if (isSingularSpeakerRole(phrase)) {
            return true;
        }
        // "officials", "witnesses": the plural of a role
        return phrase.endsWith("es") && isSingularSpeakerRole(phrase.substring(0, phrase.length() - 2))
                || phrase.endsWith("s") && isSingularSpeakerRole(phrase.substring(0, phrase.length() - 1));
    }

    private boolean isSingularSpeakerRole(String phrase) {
        Role role = index.role(phrase);
        if (role != null) {
            return !"RELATION".equals(role.category());
        }
        // "the police", "the ministry": a body that speaks, when nothing named before it is that body
        RoleNoun noun = index.roleNoun("the " + phrase);
        return noun != null && !"COUNTRY".equals(noun.refersTo());
    }

    /** Nothing after the role, or a short phrase of a preposition: "for the ministry", "at the scene". */
    private static boolean endsWell(List<Token> tokens, int after, int to) {
        if (after == to) {
            return true;
        }
        if (to - after <= MAX_BODY_AFTER && bodyNamedAfter(tokens, after, to)) {
            return true; // "a spokesperson for the Department of Foreign Affairs and Trade"
        }
        if (!PREPOSITIONS.contains(tokens.get(after).lower()) || to - after > MAX_PHRASE_AFTER) {
            return false;
        }
        for (int k = after + 1; k < to; k++) {
            if (!tokens.get(k).isWord() && !tokens.get(k).is("'s")) {
                return false;
            }
        }
        return true;
    }

    /** "senior", "Guyanese", "unidentified": up to four words before the role, none that opens a clause. */
    private static boolean modifiers(List<Token> tokens, int from, int to) {
        if (to - from > MAX_MODIFIERS) {
            return false;
        }
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (!t.isWord() || NOT_MODIFIERS.contains(t.lower()) || OPENERS.contains(t.lower())
                    || Character.isDigit(t.text().charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static boolean namesAnything(List<FoundMention> mentions, int from, int to) {
        return mentions.stream().anyMatch(m -> m.start() < to && m.end() > from);
    }

    private static boolean namesSomeone(List<FoundMention> mentions, int from, int to) {
        for (FoundMention m : mentions) {
            if (m.start() < to && m.end() > from && m.how() != FoundMention.How.PRONOUN
                    && m.how() != FoundMention.How.ROLE_NOUN
                    && (m.key().kind() == EntityKind.PERSON || m.key().kind() == EntityKind.ORGANIZATION)) {
                return true;
            }
        }
        return false;
    }
}
