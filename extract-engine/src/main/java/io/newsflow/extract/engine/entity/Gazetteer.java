package io.newsflow.extract.engine.entity;

import java.util.ArrayList;
import java.util.List;

import io.newsflow.extract.engine.dictionary.Country;
import io.newsflow.extract.engine.dictionary.Dictionaries;
import io.newsflow.extract.engine.dictionary.Igo;
import io.newsflow.extract.engine.dictionary.KnownOrganization;
import io.newsflow.extract.engine.dictionary.OrgPattern;
import io.newsflow.extract.engine.dictionary.PhraseTrie;
import io.newsflow.extract.engine.dictionary.Place;
import io.newsflow.extract.engine.dictionary.Role;
import io.newsflow.extract.engine.entity.GazetteerEntry.Type;
import io.newsflow.extract.engine.nlp.Token;

/** Every name the dictionaries know, in one phrase trie, with the case rules that keep "us" from being the USA. */
public final class Gazetteer {
    private final PhraseTrie<GazetteerEntry> trie = new PhraseTrie<>();
    /** The country of each city the places dictionary knows, by its name: a dateline's town is its country's. */
    private final java.util.Map<String, String> countryOfCity = new java.util.HashMap<>();

    /** A dictionary phrase found in a sentence, tokens [first, last]. */
    public record Hit(int first, int last, List<GazetteerEntry> entries) {
        public GazetteerEntry entry(Type type) {
            for (GazetteerEntry e : entries) {
                if (e.type() == type) {
                    return e;
                }
            }
            return null;
        }

        public boolean has(Type type) {
            return entry(type) != null;
        }
    }

    /** Given names, lower case: one before a one-word company name makes a person ("Marcus Dell, 31,"). */
    private final java.util.Set<String> givenNames = new java.util.HashSet<>();

    public Gazetteer(Dictionaries d) {
        d.givenNames().forEach(g -> givenNames.add(g.name().toLowerCase(java.util.Locale.ROOT)));
        for (Country c : d.countries()) {
            add(c.name(), Type.COUNTRY, c.iso3());
            c.aliases().forEach(a -> add(a, Type.COUNTRY, c.iso3()));
            c.demonyms().forEach(a -> add(a, Type.DEMONYM, c.iso3()));
            if (c.capital() != null) {
                add(c.capital(), Type.CAPITAL, c.iso3());
            }
            c.otherCapitalNames().forEach(a -> add(a, a.toLowerCase().startsWith("the ") || isCity(a) ? Type.CAPITAL : Type.SEAT, c.iso3()));
        }
        for (Igo igo : d.igos()) {
            add(igo.name(), Type.IGO, igo.code());
            igo.aliases().forEach(a -> add(a, Type.IGO, igo.code()));
        }
        for (KnownOrganization org : d.organizations()) {
            add(org.name(), Type.ORG, org.name());
            org.aliases().forEach(a -> add(a, Type.ORG, org.name()));
        }
        for (OrgPattern p : d.orgPatterns()) {
            add(p.headNoun(), Type.ORG_HEAD, p.headNoun());
            if (!p.canonicalForm().contains("{country}")) {
                add(p.canonicalForm(), Type.ORG_HEAD, p.headNoun()); // "the Ministry of Defence said"
            }
            p.aliases().forEach(a -> add(a, Type.ORG_HEAD, p.headNoun()));
        }
        for (Place p : d.places()) {
            if ("CITY".equals(p.kind()) && p.countryIso3() != null && !p.countryIso3().isEmpty()) {
                countryOfCity.put(p.name(), p.countryIso3());
            }
            add(p.name(), Type.PLACE, p.name());
            p.aliases().forEach(a -> add(a, Type.PLACE, p.name()));
        }
        for (Role r : d.roles()) {
            trie.add(r.title(), new GazetteerEntry(Type.ROLE, r.title(), false));
        }
    }

    /** Seats of power ("the Kremlin", "Downing Street") stand for the state wherever they appear; other spellings of the capital are the capital. */
    private static boolean isCity(String name) {
        return !name.contains(" ") && !name.equals("Kremlin");
    }

    /** An Arabic article joined to a name: "al-Shabaab", "el-Sisi", "ash-Sham". */
    private static final java.util.regex.Pattern ARTICLE_PREFIX = java.util.regex.Pattern.compile(
            "^" + io.newsflow.extract.engine.nlp.ArabicArticles.GROUP + "-\\p{Lu}.*");

    private void add(String phrase, Type type, String key) {
        String stripped = phrase.startsWith("the ") ? phrase.substring(4) : phrase;
        // ("LeT", a short name written with a capital inside it, is no "Let" opening a sentence)
        boolean exactCase = isAbbreviation(stripped) || capitalInside(stripped);
        trie.add(stripped, new GazetteerEntry(type, key, exactCase, endsCapitalised(stripped)));
        if (ARTICLE_PREFIX.matcher(stripped).matches()) {
            // written "Al-Shabaab" at a sentence's start or by other agencies; the tokenizer splits that form
            trie.add(Character.toUpperCase(stripped.charAt(0)) + stripped.substring(1), new GazetteerEntry(type, key, false));
        }
    }

    private static boolean endsCapitalised(String phrase) {
        int lastWord = phrase.lastIndexOf(' ') + 1;
        return lastWord > 0 && Character.isUpperCase(phrase.charAt(lastWord));
    }

    /** A "$" written right after the name: "US$", "NZ$", "A$". */
    private static boolean currencyPrefix(List<Token> tokens, int last) {
        return last + 1 < tokens.size() && tokens.get(last + 1).is("$") && tokens.get(last + 1).start() == tokens.get(last).end();
    }

    /** A one-word name with a capital after a small letter: "LeT", "HuT". */
    private static boolean capitalInside(String phrase) {
        if (phrase.length() < 3 || phrase.indexOf(' ') >= 0 || phrase.indexOf('-') >= 0
                || !Character.isLowerCase(phrase.charAt(1))) {
            return false;
        }
        for (int i = 2; i < phrase.length(); i++) {
            if (Character.isUpperCase(phrase.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a phrase holds no small letter, as a short name in capitals does: "DPP", "MAS". */
    static boolean isAbbreviation(String phrase) {
        for (int i = 0; i < phrase.length(); i++) {
            if (Character.isLowerCase(phrase.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The country of a dateline place such as "MOSCOW" or "GAZA CITY", or null for "UN" and unknown places. */
    public String countryOfPlace(String place) {
        List<Token> tokens = io.newsflow.extract.engine.nlp.WordTokenizer.tokenize(place, 0, place.length(), 0);
        PhraseTrie.Match<GazetteerEntry> m = tokens.isEmpty() ? null : trie.longestAt(tokens, 0);
        if (m == null) {
            return null;
        }
        String city = null;
        for (GazetteerEntry e : m.values()) {
            if (e.type() == Type.CAPITAL || e.type() == Type.COUNTRY || e.type() == Type.SEAT) {
                return e.key();
            }
            if (e.type() == Type.PLACE) {
                city = countryOfCity.get(e.key());
            }
        }
        return m.last() == tokens.size() - 1 ? city : null; // "SUNGAI PETANI" is Malaysia's, "GAZA CITY" no city of it
    }

    /** Whether the gazetteer lists {@code phrase}, whole, as a name of any kind: "NATO", "Hamas", "Karachi". */
    public boolean knowsName(String phrase) {
        return wholeName(phrase) != null;
    }

    /** Whether {@code place} is, whole, the name of a country: "Chile", "the United States". */
    public boolean isCountryName(String place) {
        PhraseTrie.Match<GazetteerEntry> m = wholeName(place);
        return m != null && m.values().stream().anyMatch(e -> e.type() == Type.COUNTRY);
    }

    /** The gazetteer's longest name that spans all of {@code phrase}, else null. */
    private PhraseTrie.Match<GazetteerEntry> wholeName(String phrase) {
        List<Token> tokens = io.newsflow.extract.engine.nlp.WordTokenizer.tokenize(phrase, 0, phrase.length(), 0);
        PhraseTrie.Match<GazetteerEntry> m = tokens.isEmpty() ? null : trie.longestAt(tokens, 0);
        return m != null && m.last() == tokens.size() - 1 ? m : null;
    }

    /** Whether a title stands inside a longer name: "High Commissioner" in "UN High Commissioner for Refugees". */
    public boolean titleWithin(List<Token> tokens, Hit name) {
        for (int i = name.first(); i <= name.last(); i++) {
            for (PhraseTrie.Match<GazetteerEntry> m : trie.allAt(tokens, i)) {
                if (m.last() <= name.last() && accepted(m, tokens).stream().anyMatch(e -> e.type() == Type.ROLE)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Names inside a role title ("UN" in "deputy UN envoy", "Foreign Ministry" in "Foreign Ministry spokeswoman"). */
    public List<Hit> within(List<Token> tokens, Hit roleHit) {
        List<Hit> inner = new ArrayList<>();
        int i = roleHit.first();
        while (i <= roleHit.last()) {
            Hit best = null;
            for (PhraseTrie.Match<GazetteerEntry> m : trie.allAt(tokens, i)) {
                if (m.last() > roleHit.last()) {
                    break;
                }
                if (m.first() == roleHit.first() && m.last() == roleHit.last()) {
                    continue; // the outer phrase itself
                }
                List<GazetteerEntry> accepted = new ArrayList<>(accepted(m, tokens));
                accepted.removeIf(e -> e.type() == Type.ROLE);
                if (!accepted.isEmpty()) {
                    best = new Hit(m.first(), m.last(), accepted);
                }
            }
            if (best != null) {
                inner.add(best);
                i = best.last() + 1;
            } else {
                i++;
            }
        }
        return inner;
    }

    /** Non-overlapping longest phrases, left to right; names must be capitalised, abbreviations exactly so. */
    public List<Hit> scan(List<Token> tokens) {
        List<Hit> hits = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            PhraseTrie.Match<GazetteerEntry> m = trie.longestAt(tokens, i);
            if (m != null && tokens.get(i).is("the") && i + 1 < tokens.size()) {
                PhraseTrie.Match<GazetteerEntry> after = trie.longestAt(tokens, i + 1);
                if (after != null && after.last() > m.last()) {
                    // "The East African Community" is the bloc, not the paper "The East African" before a word
                    m = after;
                    i++;
                }
            }
            if (m != null) {
                List<GazetteerEntry> accepted = accepted(m, tokens);
                if (!accepted.isEmpty()) {
                    hits.add(new Hit(m.first(), m.last(), accepted));
                    i = m.last() + 1;
                    continue;
                }
            }
            i++;
        }
        return hits;
    }

    private List<GazetteerEntry> accepted(PhraseTrie.Match<GazetteerEntry> m, List<Token> tokens) {
        Token first = tokens.get(m.first());
        List<GazetteerEntry> accepted = new ArrayList<>(m.values().size());
        if (currencyPrefix(tokens, m.last())) {
            return List.of(); // "US$26 billion", "HK$5": a currency's prefix names no country
        }
        for (GazetteerEntry e : m.values()) {
            boolean ok;
            if (e.type() == Type.ORG && m.first() > 1 && longerName(tokens, m.first())) {
                ok = false; // "the Bolivarian National Intelligence Service" is another body than the "National
                // Intelligence Service" inside it
            } else if (e.type() == Type.ORG && m.first() == m.last() && m.first() > 0
                    && tokens.get(m.first() - 1).isCapitalised()
                    && givenNames.contains(tokens.get(m.first() - 1).lower())) {
                ok = false; // "Marcus Dell": a given name makes the company's word a family name
            } else if (e.type() == Type.ORG && m.first() == m.last() && m.first() > 1
                    && tokens.get(m.first() - 1).isCapitalised() && !tokens.get(m.first() - 1).isAllCaps()
                    && tokens.get(m.first() - 2).isCapitalised()
                    && givenNames.contains(tokens.get(m.first() - 2).lower())) {
                ok = false; // "Therese Kayikwamba Wagner": a given name and a middle name make the word a surname
            } else if (e.type() == Type.ROLE) {
                // "Amir-Abdollahian" is a name, not the title "amir"; "Secretary-General" is a title
                ok = !hyphenatedName(tokens, m.last()) || isRoleAt(tokens, m.last() + 2);
            } else if (e.exactCase()) {
                ok = allCapsSpan(tokens, m.first(), m.last()) || m.first() == m.last() && capitalInside(first.text());
            } else if (e.type() == Type.ORG_HEAD && m.last() > m.first() && !first.isCapitalised()) {
                // "the Chinese foreign ministry", as Reuters writes it; "the presidential palace" is a building and
                // "the army's special forces" a kind of troops, not bodies named
                ok = determinedBefore(tokens, m.first()) && CIVIL_HEADS.contains(tokens.get(m.last()).lower());
            } else if (e.type() == Type.ORG_HEAD && m.last() == m.first() && !first.isCapitalised()) {
                // "the Russian embassy", "the embassy of Romania": a mission is named by its country, never alone
                ok = MISSIONS.contains(first.lower()) && (countryWordBefore(tokens, m.first())
                        || m.first() + 2 < tokens.size() && tokens.get(m.first() + 1).is("of")
                        && tokens.get(m.first() + 2).isCapitalised());
            } else if (e.type() == Type.ORG_HEAD && m.last() == m.first() && m.first() == 0) {
                ok = false; // "Police fired tear gas": a sentence's first word is capitalised by its place only
            } else {
                ok = first.isCapitalised() || !Character.isLetter(first.text().charAt(0))
                        || ARTICLE_PREFIX.matcher(first.text()).matches(); // "al-Shabaab"
                ok &= !(e.capitalEnd() && commonNounPhrase(tokens, m.first(), m.last())); // "a strict Islamic state"
            }
            if (ok) {
                accepted.add(e);
            }
        }
        return accepted;
    }

    private boolean isRoleAt(List<Token> tokens, int at) {
        PhraseTrie.Match<GazetteerEntry> m = trie.longestAt(tokens, at);
        return m != null && m.values().stream().anyMatch(e -> e.type() == Type.ROLE);
    }

    /**
     * A capitalised word before a name, inside the sentence and after "the", that no dictionary knows (no country, no
     * nationality, no title): it begins a longer name.
     */
    private boolean longerName(List<Token> tokens, int first) {
        Token before = tokens.get(first - 1);
        if (!before.isWord() || !before.isCapitalised() || !tokens.get(first - 2).is("the")) {
            return false;
        }
        PhraseTrie.Match<GazetteerEntry> known = trie.longestAt(tokens, first - 1);
        return known == null;
    }

    /** A capitalised word joined by a hyphen right after the token, with no space: "Amir-Abdollahian". */
    private static boolean hyphenatedName(List<Token> tokens, int last) {
        return last + 2 < tokens.size() && tokens.get(last + 1).is("-")
                && tokens.get(last + 1).start() == tokens.get(last).end()
                && tokens.get(last + 2).start() == tokens.get(last + 1).end() && tokens.get(last + 2).isCapitalised();
    }

    /**
     * "a strict Islamic state": a name's last word in lower case after an indefinite article (and an adjective or
     * two) is a common noun. Without the article the lower case is only a writer's style ("the Sinaloa cartel").
     */
    private static boolean commonNounPhrase(List<Token> tokens, int first, int last) {
        if (!Character.isLowerCase(tokens.get(last).text().charAt(0))) {
            return false;
        }
        for (int k = first - 1; k >= Math.max(0, first - 3); k--) {
            Token t = tokens.get(k);
            if (t.is("a") || t.is("an")) {
                return true;
            }
            if (!t.isWord() || t.isCapitalised()) {
                return false;
            }
        }
        return false;
    }

    /** "ministry", "council": heads of civil bodies written in lower case. */
    private static final java.util.Set<String> CIVIL_HEADS = Dictionaries.readWords("civil-body-heads.txt");

    /** Diplomatic missions, which wire copy writes in lower case after the country they belong to. */
    private static final java.util.Set<String> MISSIONS = Dictionaries.readWords("mission-nouns.txt");

    private static boolean countryWordBefore(List<Token> tokens, int first) {
        return first > 0 && (tokens.get(first - 1).isCapitalised() || tokens.get(first - 1).is("'s"));
    }

    /** A lower-case body name is one when "the", a possessive or a capitalised word (a demonym) comes before it. */
    private static boolean determinedBefore(List<Token> tokens, int first) {
        if (first == 0) {
            return false;
        }
        Token before = tokens.get(first - 1);
        return before.is("the") || before.is("'s") || before.is("’s") || before.is("its") || before.is("their")
                || before.isCapitalised() && first > 1;
    }

    private static boolean allCapsSpan(List<Token> tokens, int first, int last) {
        for (int i = first; i <= last; i++) {
            Token t = tokens.get(i);
            if (t.isWord() && !t.isAllCaps()) {
                return false;
            }
        }
        return true;
    }
}
