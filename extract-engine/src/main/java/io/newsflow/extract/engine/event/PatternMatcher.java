package io.newsflow.extract.engine.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.newsflow.extract.engine.Deadline;
import io.newsflow.extract.engine.nlp.ObjectPronouns;
import io.newsflow.extract.engine.nlp.Token;

/** All verb patterns, indexed by the words they can start with, matched over the base forms of a sentence's tokens. */
final class PatternMatcher {
    private static final Set<String> SKIPPABLE = Set.of("also", "still", "already", "again", "now", "just", "further",
            "then", "once", "jointly", "reportedly", "formally", "officially", "finally", "recently", "previously",
            "has", "have", "had", "will", "would", "could", "can", "may", "might", "should", "must", "to", "be",
            "been", "repeatedly", "strongly", "firmly", "publicly", "immediately", "unanimously", "quickly");
    static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
    private static final Set<String> GAP_STOPS = Set.of(",", ".", ";", ":", "\"", "and", "but", "which", "that",
            "who", "while", "because", "(", ")");

    private final Map<String, List<VerbPattern>> byFirstWord = new HashMap<>();
    /** "government", "side": a noun after a nationality that the nationality's state acts through. */
    private final java.util.function.Predicate<String> stateNoun;

    PatternMatcher(List<VerbPattern> patterns, java.util.function.Predicate<String> stateNoun) {
        this.stateNoun = stateNoun;
        for (VerbPattern p : patterns) {
            VerbPattern.Words first = (VerbPattern.Words) p.elements().get(0);
            for (List<String> alt : first.alternatives()) {
                byFirstWord.computeIfAbsent(alt.get(0), k -> new ArrayList<>()).add(p);
            }
        }
    }

    List<PatternMatch> matchAll(List<Token> tokens, String[][] forms, List<ActorSpan> actors, Deadline deadline) {
        List<PatternMatch> matches = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            deadline.tick();
            for (String form : forms[i]) {
                List<VerbPattern> candidates = byFirstWord.get(form);
                if (candidates == null) {
                    continue;
                }
                for (VerbPattern p : candidates) {
                    PatternMatch m = matchAt(p, tokens, forms, actors, i);
                    if (m != null) {
                        matches.add(m);
                    }
                }
            }
        }
        return matches;
    }

    private PatternMatch matchAt(VerbPattern p, List<Token> tokens, String[][] forms, List<ActorSpan> actors, int start) {
        return matchFrom(p, tokens, forms, actors, start, 0, start, start, null, null, false);
    }

    /**
     * Matches elements {@code e..} from {@code pos}. A gap tries each place the next element fits, nearest first, and
     * takes the first from which the rest matches too: "fired * shells|artillery at" over "fired artillery shells at"
     * must pass "artillery" to find "shells at".
     */
    private PatternMatch matchFrom(VerbPattern p, List<Token> tokens, String[][] forms, List<ActorSpan> actors,
            int start, int e, int pos, int last, ActorSpan source, ActorSpan target, boolean negated) {
        List<VerbPattern.Element> elements = p.elements();
        for (; e < elements.size(); e++) {
            VerbPattern.Element element = elements.get(e);
            // a required target follows its verb at once: "back to where he was" has none
            boolean strictSlot = element instanceof VerbPattern.Slot slot && slot.target() && slot.required();
            // (before a gap, a word the element after the gap asks for is not skipped: "sent teams ** to help" over
            // "sent teams to help", where "to" would otherwise go as an auxiliary's)
            VerbPattern.Element ahead = element instanceof VerbPattern.Gap && e + 1 < elements.size()
                    ? elements.get(e + 1) : element;
            if (e > 0 && !strictSlot) {
                while (pos < tokens.size()) {
                    if (skippable(tokens.get(pos), ahead)) {
                        negated |= NEGATIONS.contains(tokens.get(pos).lower());
                        pos++;
                        continue;
                    }
                    // "agreed on Tuesday to deepen": a time phrase, unless it is what the element asks for ("call on");
                    // the phrase is looked up first, as most words start none and the element's match costs more
                    int time = InsertedTime.length(tokens, pos);
                    if (time > 0 && element instanceof VerbPattern.Words w && matchWords(w, tokens, forms, pos) >= 0) {
                        time = 0;
                    }
                    if (time == 0) {
                        break;
                    }
                    pos += time;
                }
            }
            if (element instanceof VerbPattern.Words words) {
                int end = matchWords(words, tokens, forms, pos);
                if (end < 0) {
                    return null;
                }
                last = end;
                pos = end + 1;
            } else if (element instanceof VerbPattern.Gap gap) {
                if (e + 1 == elements.size()) {
                    continue;
                }
                for (int next : bridges(gap, elements.get(e + 1), tokens, forms, actors, pos)) {
                    PatternMatch m = matchFrom(p, tokens, forms, actors, start, e + 1, next, last, source, target,
                            negated);
                    if (m != null) {
                        return m;
                    }
                }
                return null;
            } else if (element instanceof VerbPattern.Slot slot) {
                // a required target stands right after the verb ("backed Kyiv", "thanked the Afghan government"):
                // "roll back tariffs was dampening China's outlook" has none
                boolean object = slot.target() && slot.required();
                ActorSpan actor = actorNear(actors, tokens, pos, object ? OBJECT_REACH : 4, object);
                if (actor == null) {
                    if (slot.required() || e + 1 < elements.size()) {
                        return null;
                    }
                    continue;
                }
                if (slot.target()) {
                    target = actor;
                } else {
                    source = actor;
                }
                last = actor.last();
                if (actor.mention().how() == io.newsflow.extract.engine.entity.FoundMention.How.DEMONYM
                        && last + 1 < tokens.size() && stateNoun.test(tokens.get(last + 1).lower())) {
                    last++; // "hopes the Chinese side will": the slot's phrase ends with its noun
                }
                last = pastBracketedAcronym(tokens, last);
                pos = last + 1;
            }
        }
        return new PatternMatch(p, start, last, source, target, negated);
    }

    /**
     * "asked the International Civil Aviation Organization (ICAO) to investigate": the acronym in brackets after a
     * slot's actor belongs to its phrase; the last token of the phrase.
     */
    private static int pastBracketedAcronym(List<Token> tokens, int last) {
        if (last + 3 < tokens.size() && tokens.get(last + 1).is("(") && tokens.get(last + 3).is(")")
                && tokens.get(last + 2).isCapitalised()) {
            return last + 3;
        }
        return last;
    }

    private static boolean skippable(Token t, VerbPattern.Element next) {
        if (next instanceof VerbPattern.Words w) {
            for (List<String> alternative : w.alternatives()) {
                if (alternative.get(0).equals(t.lower())) {
                    return false;
                }
            }
        }
        // a quotation mark opening the partial quote a pattern runs into: 'said the move was "not befitting'
        return SKIPPABLE.contains(t.lower()) || NEGATIONS.contains(t.lower()) || t.is("\"")
                || (t.lower().endsWith("ly") && t.lower().length() > 4 && !t.isCapitalised());
    }

    /** Where the next element may start after a gap of up to gap.max words, not across a clause boundary. */
    private static List<Integer> bridges(VerbPattern.Gap gap, VerbPattern.Element next, List<Token> tokens,
            String[][] forms, List<ActorSpan> actors, int pos) {
        List<Integer> places = new ArrayList<>(2);
        // (a quotation mark is no word of the gap: 'calling the executions "both cruel and unnecessary"'; a name is
        // one word of it however long: "found Jakarta Governor Basuki Tjahaja Purnama guilty")
        int marks = 0;
        int nameEnd = -1;
        for (int k = pos; k <= pos + gap.max() + marks && k < tokens.size(); k++) {
            marks += tokens.get(k).is("\"") && k > nameEnd ? 1 : 0;
            if (next instanceof VerbPattern.Words w && matchWords(w, tokens, forms, k) >= 0
                    || next instanceof VerbPattern.Slot && ActorSpan.startingAt(actors, k) != null) {
                places.add(k);
            }
            int nameLength = k > nameEnd ? nameLengthAt(actors, k) : 1;
            if (nameLength > 1) {
                marks += nameLength - 1;
                nameEnd = k + nameLength - 1;
            }
            if (k <= nameEnd) {
                continue; // (a nickname's quotation marks end no clause: 'Basuki "Ahok" Tjahaja Purnama')
            }
            if (k == pos && tokens.get(k).is("by") && pos > 0 && tokens.get(pos - 1).lower().endsWith("ed")) {
                break; // "a statement released by the Prime Minister's Office": an agent, not the object's words
            }
            int apposed = apposedNameEnd(tokens, actors, k);
            if (apposed > k) {
                // "declared Mexico's ambassador in La Paz, María Teresa Mercado, persona non grata": a name set off by
                // commas is one word of the gap, and its commas end no clause
                marks += apposed - k;
                nameEnd = apposed;
                continue;
            }
            if (GAP_STOPS.contains(tokens.get(k).lower()) && !opensPartialQuote(tokens, k) && !relativeOfAnyone(tokens, k)
                    && !betweenModifiers(tokens, k) && !(gap.max() > NARROW_GAP && betweenNames(tokens, k))
                    && !(gap.max() > NARROW_GAP && modifierList(next, tokens, forms, k))) {
                break;
            }
        }
        return places;
    }

    /**
     * Where a person's name set off by commas ends, its closing comma included, when token k is the opening comma
     * ("the Ambassador of the Republic of the Philippines, Renato Pedro Villa, persona non grata"); else -1.
     */
    private static int apposedNameEnd(List<Token> tokens, List<ActorSpan> actors, int k) {
        if (!tokens.get(k).is(",") || k + 1 >= tokens.size()) {
            return -1;
        }
        // (the name proper: its span may open with the title before the comma, "Mexico's ambassador in La Paz,")
        ActorSpan a = ActorSpan.withNameAt(actors, k + 1);
        boolean person = a != null && a.mention().key().kind() == io.newsflow.contract.EntityKind.PERSON;
        int last = person ? a.mention().last() : -1;
        return person && last + 1 < tokens.size() && tokens.get(last + 1).is(",") ? last + 1 : -1;
    }

    /** How many words the name proper that starts at token k has (its role before it not counted), else 1. */
    private static int nameLengthAt(List<ActorSpan> actors, int k) {
        ActorSpan a = ActorSpan.withNameAt(actors, k);
        return a == null ? 1 : a.mention().last() - k + 1;
    }

    /** The widest gap ("*") that stops at an "and" between names; a wide one ("**") spans a noun phrase's list. */
    private static final int NARROW_GAP = 3;

    /**
     * "declared Israeli National Security Minister Itamar Ben-Gvir and Finance Minister Bezalel Smotrich persona non
     * grata": an "and" between two capitalised words joins names inside the object a wide gap runs over.
     */
    private static boolean betweenNames(List<Token> tokens, int k) {
        return tokens.get(k).is("and") && k > 0 && k + 1 < tokens.size() && tokens.get(k - 1).isCapitalised()
                && tokens.get(k + 1).isCapitalised();
    }

    /** Endings of adjectives: "immediate", "unconditional", "comprehensive", "strategic", "dangerous". */
    private static final java.util.regex.Pattern ADJECTIVE_ENDING = java.util.regex.Pattern.compile(
            ".{3,}(?:ate|al|ive|ic|ous|ful|ent|ant|ible|able)");

    /** "an immediate and unconditional ceasefire": an "and" between two modifiers is inside the noun phrase. */
    private static boolean betweenModifiers(List<Token> tokens, int k) {
        return tokens.get(k).is("and") && k > 0 && k + 1 < tokens.size()
                && ADJECTIVE_ENDING.matcher(tokens.get(k - 1).lower()).matches() && !tokens.get(k - 1).isCapitalised()
                && ADJECTIVE_ENDING.matcher(tokens.get(k + 1).lower()).matches() && !tokens.get(k + 1).isCapitalised();
    }

    /** How many words a list of modifiers may run on after its comma or "and" before the noun it modifies. */
    private static final int MODIFIER_LIST_REACH = 4;

    /**
     * "cut diplomatic, trade and travel ties with", "close the bloc's airspace and airports to": a comma or an "and"
     * between lower-case words of a list that runs on, in lower-case words only, into the pattern's next words.
     */
    private static boolean modifierList(VerbPattern.Element next, List<Token> tokens, String[][] forms, int k) {
        boolean listMark = tokens.get(k).is(",") || tokens.get(k).is("and");
        if (!listMark || !(next instanceof VerbPattern.Words w) || k == 0 || !plainWord(tokens.get(k - 1))) {
            return false;
        }
        for (int j = k + 1; j <= k + MODIFIER_LIST_REACH && j < tokens.size(); j++) {
            if (matchWords(w, tokens, forms, j) >= 0) {
                return j > k + 1 || tokens.get(k).is("and");
            }
            if (!plainWord(tokens.get(j)) && !tokens.get(j).is(",") && !tokens.get(j).is("and")) {
                return false;
            }
        }
        return false;
    }

    private static boolean plainWord(Token t) {
        return t.isWord() && !t.isCapitalised();
    }

    /** Pronouns whose relative clause is part of the phrase: "warned that anyone who disrupted the count would". */
    private static final Set<String> INDEFINITE_PRONOUNS = Set.of("anyone", "anybody", "everyone", "those", "whoever");

    /** "anyone who ...": a relative clause inside the phrase, which does not end the clause a gap runs in. */
    private static boolean relativeOfAnyone(List<Token> tokens, int k) {
        return tokens.get(k).is("who") && k > 0 && INDEFINITE_PRONOUNS.contains(tokens.get(k - 1).lower());
    }

    /**
     * 'the allies would "pay dearly"': a mark that opens a few quoted words inside the sentence (a word in lower case
     * follows it) does not end the clause a gap runs in.
     */
    private static boolean opensPartialQuote(List<Token> tokens, int k) {
        return tokens.get(k).is("\"") && k > 0 && tokens.get(k - 1).isWord() && k + 1 < tokens.size()
                && tokens.get(k + 1).isWord() && !tokens.get(k + 1).isCapitalised();
    }

    /** The end token of the longest alternative matching at pos, or -1. */
    static int matchWords(VerbPattern.Words words, List<Token> tokens, String[][] forms, int pos) {
        for (List<String> alt : words.alternatives()) { // the longest first: "prisoners_of_war" over "prisoners"
            if (pos + alt.size() > tokens.size()) {
                continue;
            }
            boolean ok = true;
            for (int k = 0; k < alt.size() && ok; k++) {
                ok = hasForm(forms[pos + k], alt.get(k));
            }
            if (ok) {
                return pos + alt.size() - 1;
            }
        }
        return -1;
    }

    private static boolean hasForm(String[] forms, String word) {
        for (String f : forms) {
            if (f.equals(word)) {
                return true;
            }
        }
        return false;
    }

    /** Kinds of polity that a state's formal name opens with: "the Kingdom of Morocco", "the Republic of Korea". */
    private static final java.util.Set<String> POLITY_NOUNS = java.util.Set.of("kingdom", "republic", "state",
            "sultanate", "emirate", "principality", "federation", "commonwealth", "duchy");

    /** How far after its verb a required object may start: "backed the Afghan government". */
    private static final int OBJECT_REACH = 2;

    /**
     * The actor a slot takes: one starting within {@code reach} words (past "the", "its", adjectives) of pos; a verb's
     * {@code object} follows no preposition.
     */
    private ActorSpan actorNear(List<ActorSpan> actors, List<Token> tokens, int pos, int reach, boolean object) {
        int start = object ? pos : ClauseWords.pastWhatTheyCalled(tokens, pos);
        if (start + 3 < tokens.size() && tokens.get(start).is("the") && stateNoun.test(tokens.get(start + 1).lower())
                && tokens.get(start + 2).is("of") && (ActorSpan.startingAt(actors, start + 3) != null
                        || tokens.get(start + 3).is("the") && ActorSpan.startingAt(actors, start + 4) != null)) {
            // "thanked the governments of Mexico, Brazil and Colombia": the states named after "of" (but "accused the
            // government of hurting relations with Israel" names what it is accused of)
            start += 3;
        }
        for (int k = start; k < Math.min(tokens.size(), start + reach); k++) {
            ActorSpan a = ActorSpan.startingAt(actors, k);
            if (a != null && !(a.first() == a.last() && tokens.get(k).isPossessivePronoun()
                    && k + 1 < tokens.size() && tokens.get(k + 1).isWord()
                    && !(tokens.get(k).is("her") && ObjectPronouns.objectHer(tokens, k)))) {
                // "talks with his Australian counterpart": "his" opens the phrase, it is not the actor (but "summoned
                // her on Tuesday" is)
                return a;
            }
            if (tokens.get(k).is("of") && k > start && POLITY_NOUNS.contains(tokens.get(k - 1).lower())) {
                continue; // "relations with the Kingdom of Morocco": the state named after the kind of polity
            }
            if (GAP_STOPS.contains(tokens.get(k).lower()) || tokens.get(k).is("of") && k > start
                    || tokens.get(k).is("with") && k > start && !object // "visited the site with Olaf Scholz"
                    || tokens.get(k).is("from") && k > start && tokens.get(k - 1).isCapitalised()) {
                // ("arrived in Cairo from the United Arab Emirates": where the guest came from fills no slot; but
                // "dismissed calls from Washington" rejects Washington's)
                return null;
            }
            if (object && k == pos && ClauseWords.PREPOSITIONS.contains(tokens.get(k).lower())) {
                return null; // "called on Israel on Monday": an actor after a preposition is not the verb's object
            }
        }
        return null;
    }

}
