package io.newsflow.extract.engine.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import io.newsflow.contract.EntityKind;
import io.newsflow.extract.engine.Deadline;
import io.newsflow.extract.engine.dictionary.DictionaryIndex;
import io.newsflow.extract.engine.dictionary.KnownOrganization;
import io.newsflow.extract.engine.dictionary.Role;
import io.newsflow.extract.engine.dictionary.RoleNoun;
import io.newsflow.extract.engine.entity.FoundMention.How;
import io.newsflow.extract.engine.nlp.Sentence;
import io.newsflow.extract.engine.nlp.ObjectPronouns;
import io.newsflow.extract.engine.nlp.Token;

/**
 * "he", "she", "the diplomat", "the ministry" back to the most recent compatible entity before them: same kind,
 * and for persons a gender that does not contradict the role or given name.
 */
public final class CorefResolver {
    /** Heads of role nouns that name a body of states, not a body called so: "the bloc", "the alliance". */
    private static final java.util.Set<String> IGO_HEADS = java.util.Set.of("bloc", "alliance", "body");
    /** Heads of role nouns that name an armed group whatever it is called: "the terror group", "the militia". */
    private static final java.util.Set<String> ARMED_HEADS = java.util.Set.of("group", "movement", "militia");
    /** Heads of role nouns that name a court by its bench: "the justices", "the judges". */
    private static final java.util.Set<String> BENCH_HEADS = java.util.Set.of("justices", "judges");
    /** How many words of the role noun's phrase may stand before the comma of an apposition: "the head of the Syrian government delegation". */
    private static final int APPOSITION_REACH = 8;
    /** How far into its sentence a subject's phrase may start: "Senate Majority Leader Chuck Schumer said". */
    private static final int SUBJECT_REACH = 2;
    private final DictionaryIndex index;

    public CorefResolver(DictionaryIndex index) {
        this.index = index;
    }

    public void resolve(List<Sentence> sentences, EntityTable table, Deadline deadline) {
        List<FoundMention> named = new ArrayList<>(table.mentions());
        named.sort(Comparator.comparingInt(FoundMention::sentence).thenComparingInt(FoundMention::first));
        List<FoundMention> added = new ArrayList<>();
        int cursor = 0;
        List<FoundMention> seen = new ArrayList<>();
        java.util.Map<Integer, List<Token>> tokensOf = new java.util.HashMap<>();
        sentences.forEach(s -> tokensOf.put(s.index(), s.tokens()));
        Set<Integer> openInQuote = sentencesOpeningInAQuote(sentences);
        for (Sentence s : sentences) {
            List<Token> tokens = s.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                deadline.tick();
                while (cursor < named.size() && (named.get(cursor).sentence() < s.index()
                        || named.get(cursor).sentence() == s.index() && named.get(cursor).last() < i)) {
                    seen.add(named.get(cursor++));
                }
                String nationality = nationalityOfSpeaker(named, s.index(), tokens, i);
                if (nationality != null) {
                    // '"We maximised what we had," the Dutchman said': a person of that nation, the last one named
                    EntityKey national = latestPersonOf(seen, nationality, table);
                    if (national != null) {
                        FoundMention m = new FoundMention(s.index(), i, i, i + 1, tokens.get(i).start(),
                                tokens.get(i + 1).end(), national, How.ROLE_NOUN);
                        added.add(m);
                        seen.add(m);
                    }
                    i++;
                    continue;
                }
                EntityKey ownCountry = ownCountryOfPossessor(seen, tokens, i, table);
                if (ownCountry != null) {
                    // "Albares announced that his country would provide": the state of the man "his" refers to
                    FoundMention m = new FoundMention(s.index(), i, i, i + 1, tokens.get(i).start(), tokens.get(i + 1).end(),
                            ownCountry, How.ROLE_NOUN);
                    added.add(m);
                    seen.add(m);
                    i++;
                    continue;
                }
                EntityKey body = i == 0 ? bodyOpeningSentenceBefore(named, s.index(), tokens, tokensOf.get(s.index() - 1))
                        : null;
                if (body != null) {
                    // "The Thai army said Cambodian troops fired first. It also accused them of laying mines": "It"
                    // opening a sentence with its verb continues the body or state that opened the one before
                    FoundMention m = new FoundMention(s.index(), 0, 0, 0, tokens.get(0).start(), tokens.get(0).end(),
                            body, How.PRONOUN);
                    added.add(m);
                    seen.add(m);
                    continue;
                }
                int length = referringLength(tokens, i);
                if (length == 0) {
                    continue;
                }
                if (length > 1 && namesOver(named, s.index(), i + 1, i + length - 1)) {
                    i += length - 1; // "the Islamic Republic" capitalised is Iran's name, not "the republic" named before
                    continue;
                }
                RoleNoun noun = index.roleNoun(phrase(tokens, i, length));
                if (noun == null) {
                    noun = index.roleNoun("the " + tokens.get(i + length - 1).lower()); // "the Operation Valentine star"
                }
                if (noun == null) {
                    noun = titleAsNoun(tokens, i + 1, i + length); // "the Taoiseach said": a title, as a person noun
                }
                if (noun == null && aged(tokens, i)) {
                    noun = length == 3 ? index.roleNoun("the " + tokens.get(i + 2).lower()) : AGED_PERSON;
                }
                if (noun == null) {
                    i += length - 1;
                    continue;
                }
                // '"... the Assad regime will grow," he said': a name inside a quotation is no antecedent outside it
                List<FoundMention> candidates = quoted(openInQuote, s.index(), tokens, i) ? seen
                        : seen.stream().filter(m -> !quoted(openInQuote, m.sentence(), tokensOf.get(m.sentence()),
                                m.first())).toList();
                if (length == 1 && (tokens.get(i).is("him") || tokens.get(i).is("her") && ObjectPronouns.objectHer(tokens, i))) {
                    candidates = withoutClauseSubject(candidates, s.index(), tokens, i);
                }
                if (length > 1 && "PERSON".equals(noun.refersTo()) && afterVerbOfClause(tokens, i)) {
                    // "Buhari, in a statement, congratulated the President-elect": the object of a clause is not its
                    // subject (an inserted phrase between commas opens no clause of its own)
                    int nounAt = i;
                    candidates = candidates.stream().filter(m -> m.sentence() != s.index() || m.last() >= nounAt
                            || tokens.subList(m.last() + 1, nounAt).stream()
                                    .anyMatch(t -> !t.is(",") && CLAUSE_OPENERS.contains(t.lower()))).toList();
                }
                if (length > 1 && "PERSON".equals(noun.refersTo()) && afterFrontedParticiple(tokens, i)) {
                    // "Addressing the summit, convened at the invitation of Turkish President Erdogan, the President
                    // said": whoever the fronted clause names is not the one doing its act
                    int nounAt = i;
                    candidates = candidates.stream().filter(m -> m.sentence() != s.index() || m.first() > nounAt)
                            .toList();
                }
                String country = countryNamedIn(named, s.index(), i + 1, i + length - 1);
                if (country != null && "PERSON".equals(noun.refersTo())) {
                    // "the Angolan leader said": a person of that country, not the last one named
                    candidates = candidates.stream().filter(m -> m.key() != null && table.profile(m.key()) != null
                            && country.equals(table.profile(m.key()).countryCode())).toList();
                }
                if (length > 1 && i + length < tokens.size() && tokens.get(i + length).isPossessiveMark()
                        && "PERSON".equals(noun.refersTo()) && tokens.get(i + 1).isCapitalised()) {
                    // "the High Representative's decision": the person the story gave that title, or no one (a
                    // title in lower case, "the diplomat's version", goes on to the person named last)
                    EntityKey holder = holderOfTitle(candidates, noun, table);
                    FoundMention m = new FoundMention(s.index(), i, i, i + length - 1, tokens.get(i).start(),
                            tokens.get(i + length - 1).end(), holder, How.ROLE_NOUN);
                    added.add(m);
                    if (holder != null) {
                        seen.add(m);
                    }
                    i += length - 1;
                    continue;
                }
                EntityKey antecedent = length == 1 ? frontedPossessor(named, candidates, s.index(), tokens, i, table)
                        : null;
                if (antecedent == null) {
                    antecedent = length == 1 ? reportingSubject(candidates, s.index(), tokens, i, noun, table)
                            : apposedName(named, s.index(), tokens, i + length, noun);
                }
                if (antecedent == null && length == 1 && afterPrepositionalRelative(tokens, i)) {
                    // "Minh held phone talks with Yang Jiechi, during which he demanded": the pronoun of a clause on
                    // the sentence's own act is its subject, not the partner named last
                    int here = s.index();
                    antecedent = antecedent(candidates.stream().filter(m -> m.sentence() == here).limit(1).toList(),
                            noun, table);
                }
                if (antecedent == null && (length == 1 || aged(tokens, i)) && (i + 1 < tokens.size()
                        && index.isSpeechVerb(tokens.get(i + 1).lower()) || opensClause(tokens, i))) {
                    // '"…," he said'; "Putin congratulated Lukashenko. In his message, he said": a pronoun (or "the
                    // 87-year-old pontiff") that opens its sentence's clause continues the subject of the sentence
                    // before, not its object
                    antecedent = previousSubject(candidates, s.index(), noun, table, tokensOf);
                }
                if (antecedent == null) {
                    antecedent = antecedent(candidates, noun, table);
                }
                if (antecedent == null && length > 1 && "ORGANIZATION".equals(noun.refersTo())) {
                    // '"… the withdrawal of MINUSMA," Diop told the council. Diop accused the mission of': a body's
                    // noun that no body named outside quotations fits takes one a quotation names
                    antecedent = antecedent(seen, noun, table);
                }
                if (antecedent == null && length == 1) {
                    antecedent = namedNext(named, sentences, s, noun, table);
                }
                How how = length == 1 ? How.PRONOUN : How.ROLE_NOUN;
                FoundMention m = new FoundMention(s.index(), i, i, i + length - 1, tokens.get(i).start(),
                        tokens.get(i + length - 1).end(), antecedent, how);
                added.add(m);
                if (antecedent != null) {
                    seen.add(m);
                }
                i += length - 1;
            }
        }
        for (FoundMention m : added) {
            table.addMention(m);
        }
    }

    /**
     * The organisation or state that opens the sentence before, when this sentence opens with "It" and a verb ("It
     * accused", "It also said", "It has demanded"); else null.
     */
    private EntityKey bodyOpeningSentenceBefore(List<FoundMention> named, int sentence, List<Token> tokens,
            List<Token> before) {
        if (tokens.size() < 3 || !tokens.get(0).text().equals("It") || !verbAfterIt(tokens.get(1), tokens.get(2))) {
            return null;
        }
        // the first name of the sentence before, within its first words ("On Wednesday, Bangkok expelled"), when it is
        // a body or a state and no person is named before it
        FoundMention first = null;
        for (FoundMention m : named) {
            if (m.sentence() == sentence - 1 && m.key() != null && (first == null || m.first() < first.first())) {
                first = m;
            }
        }
        return first != null && first.first() <= OPENING_WORDS && !saidBefore(before, first.first())
                && (first.key().kind() == EntityKind.ORGANIZATION || first.key().kind() == EntityKind.COUNTRY)
                ? first.key() : null;
    }

    /**
     * Whether a verb of saying stands before token {@code at}: "The commission said the U.S. tariffs": the name is in
     * what was said, and the sentence's subject is an unnamed body.
     */
    private boolean saidBefore(List<Token> tokens, int at) {
        for (int k = 0; tokens != null && k < Math.min(at, tokens.size()); k++) {
            if (index.isSpeechVerb(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** How far into the sentence before its opening body may stand: "On Wednesday, Bangkok". */
    private static final int OPENING_WORDS = 4;

    /** Words that make "It" the subject of an act: a verb's past form, or an adverb or auxiliary before one. */
    private static boolean verbAfterIt(Token next, Token after) {
        String w = next.lower();
        boolean past = w.endsWith("ed") || IT_VERBS.contains(w);
        boolean beforeVerb = (w.equals("also") || w.equals("has") || w.equals("had")) && after.isWord()
                && (after.lower().endsWith("ed") || IT_VERBS.contains(after.lower()));
        return past || beforeVerb;
    }

    /** Irregular past forms after which "It" acts (what "it is" or "it was" open is no act of a body). */
    private static final Set<String> IT_VERBS = Set.of("said", "told", "sent", "made", "took", "gave", "threatened",
            "vowed", "urged", "warned", "called", "accused", "demanded", "condemned", "rejected");

    /** Possessives that may point forward to the subject of their sentence. */
    private static final Set<String> POSSESSIVES = Set.of("his", "her");
    /** Subject pronouns of a person, with the gender they tell. */
    private static final java.util.Map<String, String> SUBJECT_PRONOUNS = java.util.Map.of("he", "M", "she", "F");
    /** Conjunctions that open a fronted clause of time: "Before he was taken away, Hazare recorded". */
    private static final Set<String> TIME_CONJUNCTIONS = Set.of("before", "after", "when", "while", "as", "once",
            "until");
    /** Prepositions that open a fronted phrase: "In his speech, the Pope praised". */
    private static final Set<String> FRONTING = Set.of("in", "at", "during", "after", "before", "on", "with", "for");

    /**
     * "In his speech, the Pope praised": a possessive in a fronted phrase belongs to the subject right after its
     * comma, named or a title ("the Pope" of Pope Francis), not to the person named before; so does the subject
     * pronoun of a fronted clause of time, when a name of its gender follows the comma; null otherwise.
     */
    private EntityKey frontedPossessor(List<FoundMention> named, List<FoundMention> candidates, int sentence,
            List<Token> tokens, int i, EntityTable table) {
        String pronoun = tokens.get(i).lower();
        boolean possessive = POSSESSIVES.contains(pronoun) && FRONTING.contains(tokens.get(0).lower());
        // "Before he was taken away, Hazare recorded a message": the subject of a fronted clause of time is the main
        // clause's subject, named after it
        boolean cataphoric = i == 1 && SUBJECT_PRONOUNS.containsKey(pronoun)
                && TIME_CONJUNCTIONS.contains(tokens.get(0).lower());
        if (!possessive && !cataphoric) {
            return null;
        }
        int comma = i + 1;
        while (comma < tokens.size() && !tokens.get(comma).is(",")) {
            if (!tokens.get(comma).isWord()) {
                return null;
            }
            comma++;
        }
        if (comma + 1 >= tokens.size()) {
            return null;
        }
        for (FoundMention m : named) {
            if (m.sentence() == sentence && m.first() == comma + 1) {
                PersonProfile p = m.key() == null || m.key().kind() != EntityKind.PERSON ? null : table.profile(m.key());
                boolean sameGender = !cataphoric || p == null || p.gender() == null
                        || p.gender().equals(SUBJECT_PRONOUNS.get(pronoun));
                return m.key() != null && m.key().kind() == EntityKind.PERSON && sameGender ? m.key() : null;
            }
        }
        if (cataphoric) {
            return null; // "Before he left, the minister said": a title after the comma is left to the usual reading
        }
        int length = referringLength(tokens, comma + 1);
        RoleNoun noun = length > 1 ? index.roleNoun(phrase(tokens, comma + 1, length)) : null;
        return noun == null || !"PERSON".equals(noun.refersTo()) ? null : antecedent(candidates, noun, table);
    }

    /** Prepositions before "which" that open a clause on an act just told: "during which", "at which". */
    private static final Set<String> RELATIVE_PREPOSITIONS = Set.of("during", "at", "in", "after");

    /** Whether tokens[i] follows a preposition and "which": "during which he demanded". */
    private static boolean afterPrepositionalRelative(List<Token> tokens, int i) {
        return i >= 2 && tokens.get(i - 1).is("which") && RELATIVE_PREPOSITIONS.contains(tokens.get(i - 2).lower());
    }

    /** Whether tokens[i] opens its sentence, or its main clause after a fronted phrase ("In his message, he"). */
    private static boolean opensClause(List<Token> tokens, int i) {
        if (i == 0) {
            return true;
        }
        if (!tokens.get(i - 1).is(",") || !tokens.get(0).isCapitalised() || tokens.get(0).is("\"")) {
            return false;
        }
        for (int k = 0; k < i - 1; k++) {
            if (tokens.get(k).is(",") || tokens.get(k).is("\"")) {
                return false; // a list or a quote, not one fronted phrase
            }
        }
        return true;
    }

    /** The country of "the Dutchman", "the Briton" right before a verb of saying at tokens[i], else null. */
    private String nationalityOfSpeaker(List<FoundMention> named, int sentence, List<Token> tokens, int i) {
        if (!tokens.get(i).lower().equals("the") || i + 2 >= tokens.size() || !index.isSpeechVerb(tokens.get(i + 2).lower())) {
            return null;
        }
        for (FoundMention m : named) {
            if (m.sentence() == sentence && m.first() == i + 1 && m.last() == i + 1 && m.how() == How.DEMONYM
                    && m.key() != null && m.key().kind() == EntityKind.COUNTRY) {
                return m.key().countryCode();
            }
        }
        return null;
    }

    /** The last person named whose country is {@code country}, else the last person named at all, else null. */
    private static EntityKey latestPersonOf(List<FoundMention> seen, String country, EntityTable table) {
        EntityKey anyPerson = null;
        for (int k = seen.size() - 1; k >= 0; k--) {
            EntityKey key = seen.get(k).key();
            if (key == null || key.kind() != EntityKind.PERSON) {
                continue;
            }
            PersonProfile p = table.profile(key);
            if (p != null && country.equals(p.countryCode())) {
                return key;
            }
            anyPerson = anyPerson == null ? key : anyPerson;
        }
        return anyPerson;
    }

    /** The country a demonym inside the role noun's tokens [first, last] names ("the Angolan leader"), else null. */
    private static String countryNamedIn(List<FoundMention> named, int sentence, int first, int last) {
        for (FoundMention m : named) {
            if (m.sentence() == sentence && m.first() >= first && m.last() <= last && m.key() != null
                    && m.key().kind() == EntityKind.COUNTRY) {
                return m.key().countryCode();
            }
        }
        return null;
    }

    /** Whether a name already found starts at token {@code first} and covers the tokens up to {@code last}. */
    private static boolean namesOver(List<FoundMention> named, int sentence, int first, int last) {
        for (FoundMention m : named) {
            // ("the Republic of the Philippines", "the Prime Minister's Office": a name that runs on past the noun)
            if (m.sentence() == sentence && m.first() == first && m.last() >= last) {
                return true;
            }
        }
        return false;
    }

    /**
     * The sentences that start inside a quotation opened by an earlier sentence of their paragraph: '"He wanted less
     * NATO. Today he has more of it," Stoltenberg said' quotes its second sentence too.
     */
    private static Set<Integer> sentencesOpeningInAQuote(List<Sentence> sentences) {
        Set<Integer> open = new java.util.HashSet<>();
        boolean inQuote = false;
        int paragraph = -1;
        for (Sentence s : sentences) {
            if (s.paragraph() != paragraph) {
                paragraph = s.paragraph();
                inQuote = false;
            }
            if (inQuote) {
                open.add(s.index());
            }
            for (Token t : s.tokens()) {
                inQuote ^= t.is("\"");
            }
        }
        return open;
    }

    /** Whether tokens[i] stands inside a quotation opened earlier in its sentence or paragraph. */
    private static boolean quoted(Set<Integer> openInQuote, int sentence, List<Token> tokens, int i) {
        if (tokens == null) {
            return false;
        }
        int marks = openInQuote.contains(sentence) ? 1 : 0;
        for (int k = 0; k < i && k < tokens.size(); k++) {
            marks += tokens.get(k).is("\"") ? 1 : 0;
        }
        return marks % 2 == 1;
    }

    /** How many tokens at i form a pronoun or role noun of the dictionary (longest first), 0 if none. */
    private int referringLength(List<Token> tokens, int i) {
        if (aged(tokens, i)) {
            // "The 62-year-old had arrived", "the 87-year-old pontiff held": an age stands for a person told before
            boolean noun = i + 2 < tokens.size() && tokens.get(i + 2).isWord() && !tokens.get(i + 2).isCapitalised()
                    && index.roleNoun("the " + tokens.get(i + 2).lower()) != null;
            int length = noun ? 3 : 2;
            // ('"...," the 20-year-old said': the quotation's speaker, which the quote attribution finds; "the
            // 20-year-old Wirtz": an age before a name describes it)
            boolean after = i + length < tokens.size();
            return after && (index.isSpeechVerb(tokens.get(i + length).lower())
                    || tokens.get(i + length).isCapitalised()) ? 0 : length;
        }
        if (!index.startsRoleNoun(tokens.get(i).lower())) {
            return 0;
        }
        int titled = titledPersonNoun(tokens, i);
        if (titled > 0) {
            return titled;
        }
        for (int length = 4; length >= 1; length--) { // "the head of state"
            if (i + length <= tokens.size()) {
                RoleNoun noun = index.roleNoun(phrase(tokens, i, length));
                if (noun != null && (length > 1 || !tokens.get(i).is("the"))) {
                    boolean followedByName = i + length < tokens.size() && tokens.get(i + length).isCapitalised()
                            && length > 1;
                    // "the Kingdom of Morocco": a state's formal name, not the kingdom told before
                    boolean ofAName = noun.refersTo().equals("COUNTRY") && i + length + 1 < tokens.size()
                            && tokens.get(i + length).is("of") && tokens.get(i + length + 1).isCapitalised()
                            && tokens.get(i + length - 1).isCapitalised();
                    return followedByName || ofAName ? 0 : length;
                }
            }
        }
        return modifiedPersonNoun(tokens, i);
    }

    /** Words after which a title goes on to name its remit: "the presidential candidate of the PDP". */
    private static final Set<String> TITLE_LINKS = Set.of("of", "for", "to", "at", "in", "on");

    /** How many words of the dictionary's modifiers of titles may stand between "the" and a person noun. */
    private static final int NOUN_MODIFIERS = 2;

    /**
     * "the retired general said", "the veteran lawmaker": "the", one or two modifiers of titles (role-modifiers.txt)
     * in lower case and a person noun of the dictionary, with a word in lower case after it (its verb, not a name or
     * a remit); its length, else 0.
     */
    private int modifiedPersonNoun(List<Token> tokens, int i) {
        if (!tokens.get(i).is("the")) {
            return 0;
        }
        for (int k = i + 1; k < tokens.size() && k <= i + NOUN_MODIFIERS + 1; k++) {
            Token word = tokens.get(k);
            if (!word.isWord() || word.isCapitalised()) {
                return 0;
            }
            RoleNoun noun = k > i + 1 ? index.roleNoun("the " + word.lower()) : null;
            if (noun != null && "PERSON".equals(noun.refersTo())) {
                // ("the presidential candidate of the PDP, Atiku Abubakar,": a title whose holder the words after it
                // name, not someone named before)
                boolean actsNext = k + 1 < tokens.size() && tokens.get(k + 1).isWord()
                        && !tokens.get(k + 1).isCapitalised() && !TITLE_LINKS.contains(tokens.get(k + 1).lower());
                return actsNext ? k - i + 1 : 0;
            }
            if (!index.isRoleModifier(word.lower())) {
                return 0;
            }
        }
        return 0;
    }

    /** Whether the noun at i is the subject after a comma that closes a sentence-opening participle clause. */
    private static boolean afterFrontedParticiple(List<Token> tokens, int i) {
        return i > 2 && tokens.get(i - 1).is(",") && tokens.get(0).isWord()
                && io.newsflow.extract.engine.nlp.Lemmatiser.isIngForm(tokens.get(0).lower());
    }

    /** Words of rank before a demonym in a person noun: "the top Russian diplomat", "the veteran Iraqi politician". */
    private static final Set<String> RANK_ADJECTIVES = Set.of("top", "senior", "chief", "veteran", "former",
            "outgoing");

    /** A person's age as a noun: "the 62-year-old". */
    private static final java.util.regex.Pattern AGE = java.util.regex.Pattern.compile("\\d{1,3}-year-old");
    private static final RoleNoun AGED_PERSON = new RoleNoun("the year-old", "PERSON", null);

    private static boolean aged(List<Token> tokens, int i) {
        return tokens.get(i).is("the") && i + 1 < tokens.size() && AGE.matcher(tokens.get(i + 1).lower()).matches();
    }

    /**
     * "The Operation Valentine star said": "the", a title of one to three capitalised words, and a person noun
     * whose "the" form is in the dictionary; its length, else 0.
     */
    private int titledPersonNoun(List<Token> tokens, int i) {
        if (!tokens.get(i).is("the")) {
            return 0;
        }
        // "the top Russian diplomat stressed": a word of rank may stand before the capitalised words
        int from = i + 2 < tokens.size() && RANK_ADJECTIVES.contains(tokens.get(i + 1).lower())
                && tokens.get(i + 2).isCapitalised() ? i + 2 : i + 1;
        int k = from;
        while (k < tokens.size() && k <= from + 2 && tokens.get(k).isCapitalised() && tokens.get(k).isWord()) {
            k++;
        }
        if (k == from || k >= tokens.size() || tokens.get(k).isCapitalised()) {
            return 0;
        }
        if (from == i + 1 && capitalisedTitle(tokens, i + 1, k) && (index.isSpeechVerb(tokens.get(k).lower())
                || k + 1 < tokens.size() && tokens.get(k).is(",") && tokens.get(k + 1).is("who")
                || tokens.get(k).isPossessiveMark())) {
            // "the Maldivian President said", "the Taoiseach said": a title printed in capitals; and "the High
            // Representative's decision", which only the person the story gave that title answers (see resolve)
            return k - i;
        }
        // "the Peruvian foreign minister told": a noun of two words as well as one
        int last = k + 1 < tokens.size() && index.roleNoun("the " + tokens.get(k).lower() + " "
                + tokens.get(k + 1).lower()) != null ? k + 1 : k;
        RoleNoun noun = index.roleNoun(last > k ? "the " + tokens.get(k).lower() + " " + tokens.get(last).lower()
                : "the " + tokens.get(k).lower());
        boolean speaks = last + 1 < tokens.size() && index.isSpeechVerb(tokens.get(last + 1).lower());
        // ("The French leader, who is on a state visit, said": a "who" clause tells a person as well)
        boolean who = last + 2 < tokens.size() && tokens.get(last + 1).is(",") && tokens.get(last + 2).is("who");
        return noun != null && "PERSON".equals(noun.refersTo()) && (speaks || who) ? last - i + 1 : 0;
    }

    /** The person noun a capitalised title [from, to) stands as, with the title's gender; null when it is none. */
    private RoleNoun titleAsNoun(List<Token> tokens, int from, int to) {
        int start = titleStart(tokens, from, to);
        return start < 0 ? null : new RoleNoun("the " + phrase(tokens, start, to - start), "PERSON",
                index.role(phrase(tokens, start, to - start)).gender());
    }

    /** Where the longest title of roles.tsv that ends the words [from, to) starts, else -1. */
    private int titleStart(List<Token> tokens, int from, int to) {
        for (int start = from; start < to; start++) {
            if (index.role(phrase(tokens, start, to - start)) != null) {
                return start;
            }
        }
        return -1;
    }

    /**
     * Whether the capitalised words [from, to) end with a title of office ("President", "Prime Minister",
     * "Taoiseach") that at most one word, its nationality, stands before.
     */
    private boolean capitalisedTitle(List<Token> tokens, int from, int to) {
        int start = titleStart(tokens, from, to);
        // (one word before it: the nationality, "the Maldivian President")
        return start >= 0 && start <= from + 1
                && !"OTHER".equals(index.role(phrase(tokens, start, to - start)).category());
    }

    private static String phrase(List<Token> tokens, int from, int length) {
        if (length == 1) {
            return tokens.get(from).lower();
        }
        StringBuilder b = new StringBuilder(tokens.get(from).lower());
        for (int k = from + 1; k < from + length; k++) {
            b.append(' ').append(tokens.get(k).lower());
        }
        return b.toString();
    }

    /**
     * "the army" is an organisation called an army, "the ministry" one called a ministry; "the country" any country;
     * "the bloc" and "the alliance" an intergovernmental body, whatever its name ("the European Union", "NATO").
     */
    private boolean namesHead(EntityKey key, RoleNoun noun) {
        if (key.kind() == EntityKind.COUNTRY) {
            return true;
        }
        String head = noun.noun().substring(noun.noun().lastIndexOf(' ') + 1);
        if (IGO_HEADS.contains(head) && key.countryCode() != null && index.igo(key.countryCode()) != null) {
            return true;
        }
        if (BENCH_HEADS.contains(head)) {
            // "accused the justices of acting on orders": the court named before, whose bench they are
            String name = key.name().toLowerCase(java.util.Locale.ROOT);
            return name.contains("court") || name.contains("tribunal");
        }
        KnownOrganization known = index.organization(key.name());
        if (ARMED_HEADS.contains(head) && known != null && "ARMED_GROUP".equals(known.type())) {
            return true; // "the terror group", "the militia": Hamas, Hezbollah, named without the word
        }
        return key.name().toLowerCase(java.util.Locale.ROOT).contains(head);
    }

    /**
     * "Vale said the dam was safe ... criticised the company's leadership": a known body of the kind the noun's head
     * names (organizations.tsv), though its name lacks the word.
     */
    private boolean namesKind(EntityKey key, RoleNoun noun) {
        String head = noun.noun().substring(noun.noun().lastIndexOf(' ') + 1);
        KnownOrganization known = index.organization(key.name());
        return known != null && KIND_HEADS.getOrDefault(head, "").equals(known.type());
    }

    /** Heads of role nouns that name a known body of their kind (organizations.tsv) without its name's word. */
    private static final java.util.Map<String, String> KIND_HEADS = kindHeads();

    private static java.util.Map<String, String> kindHeads() {
        java.util.Map<String, String> heads = new java.util.HashMap<>();
        for (String company : List.of("company", "firm", "startup", "start-up", "subsidiary", "conglomerate", "giant",
                "producer", "manufacturer", "automaker", "carmaker", "chipmaker", "drugmaker", "planemaker", "airline",
                "operator", "utility", "insurer", "retailer", "exporter", "supplier", "contractor", "miner", "lender")) {
            heads.put(company, "COMPANY");
        }
        heads.put("broadcaster", "MEDIA");
        heads.put("newspaper", "MEDIA");
        return java.util.Map.copyOf(heads);
    }

    /**
     * '"We will not accept this," she said. Foreign Minister Annalena Baerbock spoke after the meeting.': a pronoun
     * that nobody before it can be is the first compatible person the next sentence of its paragraph names.
     */
    private static EntityKey namedNext(List<FoundMention> named, List<Sentence> sentences, Sentence s, RoleNoun noun,
            EntityTable table) {
        if (!"PERSON".equals(noun.refersTo())) {
            return null;
        }
        Sentence next = sentences.stream().filter(x -> x.index() == s.index() + 1).findFirst().orElse(null);
        if (next == null || next.paragraph() != s.paragraph()) {
            return null;
        }
        for (FoundMention m : named) {
            if (m.sentence() != next.index() || m.key() == null || m.key().kind() != EntityKind.PERSON) {
                continue;
            }
            PersonProfile p = table.profile(m.key());
            boolean compatible = p == null || noun.gender() == null || p.gender() == null || p.gender().equals(noun.gender());
            return compatible ? m.key() : null;
        }
        return null;
    }

    /**
     * "The head of the agency, Rafael Grossi, added": a role noun whose phrase is followed by a name between commas is
     * that name, not someone named before.
     */
    private static EntityKey apposedName(List<FoundMention> named, int sentence, List<Token> tokens, int after,
            RoleNoun noun) {
        for (int k = after; k < Math.min(tokens.size() - 1, after + APPOSITION_REACH); k++) {
            if (tokens.get(k).is(",")) {
                for (FoundMention m : named) {
                    if (m.sentence() == sentence && m.first() > k && m.first() <= k + 1 + APPOSED_TITLE_WORDS
                            && !CLAUSE_OPENERS.contains(tokens.get(k + 1).lower()) // ", while Minister X said"
                            && titleWordsOnly(tokens, k + 1, m.first()) && m.key() != null
                            && m.key().kind().name().equals(noun.refersTo())) {
                        return m.key();
                    }
                }
                return null;
            }
            if (!tokens.get(k).isWord()) {
                return null;
            }
        }
        return null;
    }

    /** How many words of a title may open the apposed name: ", Damascus's UN envoy Bashar al-Jaafari,". */
    private static final int APPOSED_TITLE_WORDS = 5;

    /** Whether tokens [from, to) are words or possessive marks only, as a title before a name is. */
    private static boolean titleWordsOnly(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!tokens.get(k).isWord() && !tokens.get(k).is("'s") && !tokens.get(k).is("'")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Blinken said that during the conversation with Chung, he reaffirmed": a pronoun after "X said" in its sentence
     * is X, the one whose words the sentence reports, before any name nearer to it.
     */
    private EntityKey reportingSubject(List<FoundMention> seen, int sentence, List<Token> tokens, int pronoun,
            RoleNoun noun, EntityTable table) {
        if (!"PERSON".equals(noun.refersTo())) {
            return null;
        }
        for (int k = seen.size() - 1; k >= 0; k--) {
            FoundMention m = seen.get(k);
            if (m.sentence() != sentence) {
                return null;
            }
            int next = m.last() + 1;
            if (m.key() == null || m.key().kind() != EntityKind.PERSON || next >= pronoun
                    || !index.isSpeechVerb(tokens.get(next).lower())) {
                continue;
            }
            PersonProfile p = table.profile(m.key());
            boolean compatible = p == null || noun.gender() == null || p.gender() == null || p.gender().equals(noun.gender());
            return compatible ? m.key() : null;
        }
        return null;
    }

    /**
     * 'Schumer said the vote sent a message to Putin. "America will stand with its friends," he said': "he said" goes
     * on with the subject of the sentence before (the person its first words name), not with the last person named,
     * who is often an object.
     */
    private static EntityKey previousSubject(List<FoundMention> seen, int sentence, RoleNoun noun, EntityTable table,
            java.util.Map<Integer, List<Token>> tokensOf) {
        if (!"PERSON".equals(noun.refersTo())) {
            return null;
        }
        // ('"These sanctions were imposed on the former regime. Today they are punishing us," he said': past the
        // quote's sentences that name no one, to the sentence that opened it with its speaker)
        int before = sentence - 1;
        while (before > 0 && sentence - before <= QUOTE_SENTENCES && noPersonIn(seen, before)) {
            before--;
        }
        // ("In a televised address Monday night, Ouattara called on": the subject after a fronted phrase's comma)
        int opening = afterFrontedPhrase(tokensOf.getOrDefault(before, List.of()));
        FoundMention subject = null;
        for (FoundMention m : seen) {
            if (m.sentence() == before && m.phraseFirst() <= opening + SUBJECT_REACH && m.key() != null
                    && m.key().kind() == EntityKind.PERSON && (subject == null || m.first() < subject.first())) {
                subject = m;
            }
        }
        if (subject == null) {
            subject = speakerAfterOpeningQuote(seen, before, tokensOf.getOrDefault(before, List.of()));
        }
        if (subject == null) {
            return null;
        }
        // ("Ruszczyk's fiancé, Don Damond, thanked prosecutors", "Her father, John Ruszczyk, said": a possessor opens
        // the subject, the name apposed to the title it owns is the subject)
        List<Token> tokens = tokensOf.getOrDefault(before, List.of());
        int afterPossessor = subject.last() + 1 < tokens.size() && tokens.get(subject.last() + 1).isPossessiveMark()
                ? subject.last() + 2
                : POSSESSIVES.contains(tokens.get(subject.first()).lower()) ? subject.last() + 1 : -1;
        int subjectSentence = before;
        EntityKey apposed = afterPossessor < 0 ? null : apposedName(seen, before, tokens, afterPossessor, noun);
        PersonProfile apposedProfile = apposed == null ? null : table.profile(apposed);
        // (only where the pronoun's gender is the apposed person's: "His wife, Interior Minister Angelina Teny, was
        // detained with him. He condemned the raid" goes on with whoever "His" is)
        if (apposedProfile != null && apposedProfile.gender() != null
                && (noun.gender() == null || noun.gender().equals(apposedProfile.gender()))) {
            subject = seen.stream().filter(m -> m.sentence() == subjectSentence && apposed.equals(m.key()))
                    .findFirst().orElse(subject);
        }
        PersonProfile p = table.profile(subject.key());
        boolean compatible = p == null || noun.gender() == null || p.gender() == null || p.gender().equals(noun.gender());
        return compatible ? subject.key() : null;
    }

    /** How many words a fronted phrase before the subject may take: "In a televised address Monday night,". */
    private static final int FRONTED_WORDS = 10;

    /**
     * Where the main clause starts in a sentence that opens with a phrase after a preposition and a comma ("In a
     * televised address Monday night, Ouattara called"): the token after the comma; else 0.
     */
    private static int afterFrontedPhrase(List<Token> tokens) {
        if (tokens.isEmpty() || !FRONTING.contains(tokens.get(0).lower())) {
            return 0;
        }
        for (int k = 1; k < Math.min(tokens.size(), FRONTED_WORDS + 1); k++) {
            if (tokens.get(k).is(",")) {
                return k + 1;
            }
            if (!tokens.get(k).isWord()) {
                return 0;
            }
        }
        return 0;
    }

    /**
     * '"We do have to remind him that there is a Constitution here," Lopez Obrador told reporters, referring to
     * Ambassador Ken Salazar': in a sentence that opens with a quotation, the subject is the person named right after
     * it, not one named later; null when the sentence opens otherwise.
     */
    private static FoundMention speakerAfterOpeningQuote(List<FoundMention> seen, int sentence, List<Token> tokens) {
        if (tokens.isEmpty() || !QUOTE_MARKS.contains(tokens.get(0).text())) {
            return null;
        }
        for (FoundMention m : seen) {
            int before = m.phraseFirst() - 1;
            if (m.sentence() == sentence && m.key() != null && m.key().kind() == EntityKind.PERSON && before > 0
                    && QUOTE_MARKS.contains(tokens.get(before).text())) {
                return m;
            }
        }
        return null;
    }

    private static final Set<String> QUOTE_MARKS = Set.of("\"", "\u201C", "\u201D");

    /** How many sentences of a quotation that name no one a "he said" looks past for its speaker. */
    private static final int QUOTE_SENTENCES = 2;

    private static boolean noPersonIn(List<FoundMention> seen, int sentence) {
        return seen.stream().noneMatch(m -> m.sentence() == sentence && m.key() != null
                && m.key().kind() == EntityKind.PERSON);
    }

    /** The latest person named before whose title holds the noun's word ("German Chancellor" for "the chancellor"). */
    private static EntityKey holderOfTitle(List<FoundMention> seen, RoleNoun noun, EntityTable table) {
        String lower = noun.noun().toLowerCase(java.util.Locale.ROOT);
        String[] words = lower.split("\\s+");
        String head = words[words.length - 1];
        if (words.length < 2 || head.length() < 4) {
            return null; // "he", "she": pronouns name no title
        }
        // "the Head of State" is first the person the story gave that very title ("Head of State Kassym-Jomart
        // Tokayev"), then one of the titles of heads of state, not "state"
        if (HEADS.containsKey(lower)) {
            String title = lower.startsWith("the ") ? lower.substring(4) : lower;
            for (int k = seen.size() - 1; k >= 0; k--) {
                EntityKey key = seen.get(k).key();
                PersonProfile p = key == null || key.kind() != EntityKind.PERSON ? null : table.profile(key);
                if (p != null && p.roles().stream().anyMatch(r -> r.toLowerCase(java.util.Locale.ROOT).equals(title))) {
                    return key;
                }
            }
        }
        Set<String> titles = HEADS.getOrDefault(lower, Set.of(head));
        // (Set.copyOf, not Set.of: "the chancellor of the exchequer" says "the" twice)
        Set<String> nounWords = Set.copyOf(java.util.Arrays.asList(words));
        for (int k = seen.size() - 1; k >= 0; k--) {
            EntityKey key = seen.get(k).key();
            PersonProfile p = key == null || key.kind() != EntityKind.PERSON ? null : table.profile(key);
            if (p != null && p.roles().stream().anyMatch(r -> holds(r, titles, nounWords))) {
                return key;
            }
        }
        return null;
    }

    /** "the spokesman", "the spokeswoman": a title that only its holder answers to. */
    private boolean spokespersonNoun(RoleNoun noun) {
        String[] words = noun.noun().toLowerCase(java.util.Locale.ROOT).split("\\s+");
        Role role = index.role(words[words.length - 1]);
        return role != null && role.spokesperson();
    }

    /** Words of a title whose holder does not hold it now: "President-elect", "former President". */
    private static final Set<String> NOT_HOLDING = Set.of("elect", "former", "ex", "designate", "late");

    /**
     * Whether a role holds one of the titles, as the noun's words mean it: "the President" is no "President-elect"
     * Prabowo, while "the former president" is the former one.
     */
    private static boolean holds(String role, Set<String> titles, Set<String> nounWords) {
        List<String> words = java.util.Arrays.asList(role.toLowerCase(java.util.Locale.ROOT).split("[\\s-]+"));
        return words.stream().anyMatch(titles::contains)
                && words.stream().noneMatch(w -> NOT_HOLDING.contains(w) && !nounWords.contains(w));
    }

    /** The titles that hold the heads of state and of government. */
    private static final java.util.Map<String, Set<String>> HEADS = java.util.Map.of(
            "the head of state", Set.of("president", "king", "queen", "emir", "amir", "monarch", "sultan"),
            "the head of government", Set.of("prime", "premier", "chancellor"));

    /**
     * "his country", "her country": the country of the latest person named before whom the pronoun fits (by gender
     * where known), as a country mention; null for other words, or when that person has no country.
     */
    private EntityKey ownCountryOfPossessor(List<FoundMention> seen, List<Token> tokens, int i, EntityTable table) {
        boolean his = tokens.get(i).is("his");
        if (!(his || tokens.get(i).is("her")) || i + 1 >= tokens.size() || !tokens.get(i + 1).is("country")
                || i + 2 < tokens.size() && (tokens.get(i + 2).is("'s") || tokens.get(i + 2).is("’s"))) {
            return null; // ("her country's extradition treaty with the US": what is the state's, not the state acting)
        }
        for (int k = seen.size() - 1; k >= 0; k--) {
            EntityKey key = seen.get(k).key();
            PersonProfile p = key == null || key.kind() != EntityKind.PERSON ? null : table.profile(key);
            if (p == null || p.gender() != null && !p.gender().equals(his ? "M" : "F")) {
                continue;
            }
            io.newsflow.extract.engine.dictionary.Country c = p.countryCode() == null ? null : index.country(p.countryCode());
            return c == null ? null : EntityKey.ofCountry(c);
        }
        return null;
    }

    /**
     * Whether the noun phrase at {@code i} follows its clause's verb (a lower-case word of four letters or more ending
     * in "-ed" or "-s" right before it, "congratulated the President-elect", "thanks the minister"; not "as the
     * minister", "was the minister"): it is an object, not a subject.
     */
    private static boolean afterVerbOfClause(List<Token> tokens, int i) {
        if (i < 1 || !tokens.get(i - 1).isWord() || tokens.get(i - 1).isCapitalised()) {
            return false;
        }
        String verb = tokens.get(i - 1).lower();
        return verb.length() > 3 && (verb.endsWith("ed") || verb.endsWith("s") && !verb.endsWith("ss"));
    }

    /** Words that open a clause of its own between a name and a later pronoun: "Putin said Xi told him". */
    private static final Set<String> CLAUSE_OPENERS = Set.of(",", ";", "that", "who", "whom", "which", "when",
            "after", "before", "while", "because", "as", "if", "and", "but", "\"");


    /**
     * The candidates without the person named earlier in the pronoun's own clause: "Munir called on him" is someone
     * else (an object pronoun never refers to its clause's subject; "himself" would).
     */
    private List<FoundMention> withoutClauseSubject(List<FoundMention> candidates, int sentence, List<Token> tokens,
            int pronoun) {
        // (a speech verb whose object the pronoun is opens no clause: "Ban asked him to conclude")
        return candidates.stream().filter(m -> m.sentence() != sentence || m.last() >= pronoun
                || tokens.subList(m.last() + 1, pronoun).stream().anyMatch(t -> CLAUSE_OPENERS.contains(t.lower()))
                || m.last() + 1 < pronoun - 1 && tokens.subList(m.last() + 1, pronoun - 1).stream()
                        .anyMatch(t -> index.isSpeechVerb(t.lower()))).toList();
    }

    private EntityKey antecedent(List<FoundMention> seen, RoleNoun noun, EntityTable table) {
        EntityKind kind = switch (noun.refersTo()) {
            case "ORGANIZATION" -> EntityKind.ORGANIZATION;
            case "COUNTRY" -> EntityKind.COUNTRY;
            default -> EntityKind.PERSON;
        };
        if (kind == EntityKind.PERSON) {
            EntityKey titled = holderOfTitle(seen, noun, table);
            if (titled != null) {
                return titled; // "Lindner said the chancellor had demanded": the chancellor is Scholz, named before
            }
            if (spokespersonNoun(noun)) {
                return null; // "a NATO spokesperson said ... the spokesperson said": no one named speaks for the body
            }
        }
        // (a body of the noun's kind only where no other body was named since: "Lloyds demanded reserves ... the
        // firm's employees" is a firm the dictionary does not know)
        boolean bodySince = false;
        for (int k = seen.size() - 1; k >= 0; k--) {
            EntityKey key = seen.get(k).key();
            if (key == null || key.kind() != kind) {
                continue;
            }
            if (kind != EntityKind.PERSON && !namesHead(key, noun) && (bodySince || !namesKind(key, noun))) {
                bodySince |= kind == EntityKind.ORGANIZATION;
                continue;
            }
            if (kind == EntityKind.PERSON) {
                PersonProfile p = table.profile(key);
                if (p != null && noun.gender() != null && p.gender() != null && !p.gender().equals(noun.gender())) {
                    continue;
                }
            }
            return key;
        }
        return null;
    }
}
