package io.newsflow.extract.engine.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.newsflow.contract.EntityKind;
import io.newsflow.extract.engine.Deadline;
import io.newsflow.extract.engine.dictionary.Country;
import io.newsflow.extract.engine.dictionary.Dictionaries;
import io.newsflow.extract.engine.dictionary.DictionaryIndex;
import io.newsflow.extract.engine.dictionary.Igo;
import io.newsflow.extract.engine.dictionary.KnownOrganization;
import io.newsflow.extract.engine.dictionary.OrgPattern;
import io.newsflow.extract.engine.dictionary.Place;
import io.newsflow.extract.engine.entity.FoundMention.How;
import io.newsflow.extract.engine.entity.GazetteerEntry.Type;
import io.newsflow.extract.engine.nlp.Sentence;
import io.newsflow.extract.engine.nlp.Token;

/** Finds countries, organisations, places and persons in the sentences of one text. */
public final class EntityRecogniser {
    /** After these a capital is a place ("in Moscow"); elsewhere it stands for its government ("Moscow believes"). */
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "from", "to", "into", "outside", "across",
            "around", "inside", "via", "toward", "towards", "visit", "visited", "visiting", "visits", "arrived",
            "left", "of");
    private static final Set<String> ORG_CONNECTORS = Set.of("of", "for", "and", "the", "on");

    /** "calls from Skopje", "pressure from Washington": what a government sends, after which "from" names it. */
    private static final Set<String> SENDER_NOUNS = Set.copyOf(
            Dictionaries.readWords("sender-nouns.txt"));

    /** "Washington and Brussels": capitals that, acting, stand for the IGO they seat (igo-seats.tsv). */
    private static final Map<String, String> IGO_SEATS = Dictionaries.readPairs("igo-seats.tsv", "capital", "igo");

    private final Gazetteer gazetteer;
    private final DictionaryIndex index;
    /** "Bhd", "Inc": organisation words that close a company's name. */
    private final Set<String> companySuffixes;
    private final PersonFinder personFinder;
    private final OrgNameShape orgShape;

    public EntityRecogniser(Gazetteer gazetteer, DictionaryIndex index) {
        this.gazetteer = gazetteer;
        this.index = index;
        this.companySuffixes = index.dictionaries().companySuffixes();
        this.personFinder = new PersonFinder(index, gazetteer);
        this.orgShape = new OrgNameShape(index);
    }

    /**
     * "Safadi, Slovenian counterpart discuss Gaza": in a headline a comma stands for "and", so what follows a name
     * there is another person, not its apposition; the name keeps no role or country from it.
     */
    private static PersonCandidate headlineCoordination(List<Token> tokens, PersonCandidate c) {
        boolean commaAfter = c.last() + 1 < tokens.size() && tokens.get(c.last() + 1).is(",");
        boolean roleBefore = c.phraseFirst() < c.first();
        return commaAfter && !roleBefore && (c.role() != null || c.countryCode() != null)
                ? new PersonCandidate(c.phraseFirst(), c.first(), c.last(), c.name(), null, null, c.gender()) : c;
    }

    /**
     * Bodies whose name inside a title is part of the title, not a mention of the body: "Chief Cabinet Secretary
     * Yoshimasa Hayashi", "Interior Cabinet Secretary Kipchumba Murkomen" tell of no cabinet.
     */
    private static final Set<String> TITLE_ONLY_BODIES = Set.of("cabinet");

    /**
     * "Mohammed Ajmal Amir Kasab": a one-word title that is also a given name, after two words of a name and before a
     * third, is a word of the name ("Qatar's Emir Sheikh Tamim" has no name before the title).
     */
    private List<Gazetteer.Hit> withoutTitlesInsideNames(List<Token> tokens, List<Gazetteer.Hit> hits,
            Gazetteer.Hit[] hitAt, boolean[] covered) {
        List<Gazetteer.Hit> kept = hits;
        for (Gazetteer.Hit h : hits) {
            int i = h.first();
            if (h.last() != i || i < 2 || i + 1 >= tokens.size() || !h.has(Type.ROLE)
                    || index.givenName(tokens.get(i).lower()) == null
                    || !nameWord(tokens, covered, i - 2) || !nameWord(tokens, covered, i - 1)
                    || !nameWord(tokens, covered, i + 1)) {
                continue;
            }
            hitAt[i] = null;
            covered[i] = false;
            kept = kept.stream().filter(other -> other != h).toList();
        }
        return kept;
    }

    private static boolean nameWord(List<Token> tokens, boolean[] covered, int i) {
        return !covered[i] && tokens.get(i).isCapitalised() && !Honorifics.isHonorific(tokens.get(i).lower());
    }

    private static boolean titleOnlyBody(List<Token> tokens, Gazetteer.Hit inner) {
        return inner.first() == inner.last() && TITLE_ONLY_BODIES.contains(tokens.get(inner.first()).lower());
    }

    /** "of" right before the token, or "of the". */
    private static boolean ofBefore(List<Token> tokens, int at) {
        return at >= 1 && tokens.get(at - 1).is("of") || at >= 2 && tokens.get(at - 1).is("the") && tokens.get(at - 2).is("of");
    }

    /** Whether {@code org} is a party of a country the story never names: its name then places it nowhere. */
    private boolean partyHomeUnnamed(String text, KnownOrganization org) {
        Country home = org.party() && org.countryIso3() != null ? index.country(org.countryIso3()) : null;
        // (a dateline prints the capital in capitals: "BANGKOK, Aug 7")
        return home != null && !namesCountry(text, home) && (home.capital() == null || !text.contains(home.capital())
                && !text.contains(home.capital().toUpperCase(java.util.Locale.ROOT)));
    }

    /** Whether the body, read before, named {@code org} without its dictionary country. */
    private static boolean bodyPlacedNowhere(EntityTable table, KnownOrganization org) {
        return org.party() && org.countryIso3() != null && table.keys().stream().anyMatch(k ->
                k.kind() == EntityKind.ORGANIZATION && k.name().equals(org.name()) && k.countryCode() == null);
    }

    /** Whether the text names the country by its name or a demonym ("Belgium", "Belgian"). */
    private static boolean namesCountry(String text, Country c) {
        return text.contains(c.name()) || c.demonyms().stream().anyMatch(text::contains);
    }

    /**
     * Whether a capital's name is rather a place of another country: the story names that country and never the
     * capital's own ("Victoria" of Australia, not of the Seychelles).
     */
    private boolean placeOfANamedCountry(String text, String capitalCountry, String placeKey) {
        Place place = index.place(placeKey);
        Country other = place == null || place.countryIso3() == null ? null : index.country(place.countryIso3());
        Country own = index.country(capitalCountry);
        return other != null && own != null && !other.iso3().equals(own.iso3()) && namesCountry(text, other)
                && !namesCountry(text, own);
    }

    private static boolean sentFrom(List<Token> tokens, int capital) {
        return capital >= 2 && tokens.get(capital - 1).is("from") && SENDER_NOUNS.contains(tokens.get(capital - 2).lower());
    }

    /** Entities of the sentences; with record false, entities are noted without mentions (headline, subtitle). */
    public void recognise(String text, List<Sentence> sentences, EntityTable table, boolean record, String storyCountry,
            Deadline deadline) {
        List<List<Gazetteer.Hit>> hitsBySentence = new ArrayList<>(sentences.size());
        List<boolean[]> coveredBySentence = new ArrayList<>(sentences.size());
        // surnames the story uses alone, as a speaker's or again and again, make a name ending in them a person's
        java.util.Set<String> speakers = new java.util.HashSet<>(SpokenSurnames.in(sentences, index));
        speakers.addAll(SpokenSurnames.recurring(sentences, index));
        Map<List<String>, EntityKey> spelt = new java.util.HashMap<>();
        for (Sentence s : sentences) {
            deadline.check();
            List<Token> tokens = s.tokens();
            List<Gazetteer.Hit> hits = gazetteer.scan(tokens);
            Gazetteer.Hit[] hitAt = new Gazetteer.Hit[tokens.size()];
            boolean[] covered = new boolean[tokens.size()];
            for (Gazetteer.Hit h : hits) {
                for (int i = h.first(); i <= h.last(); i++) {
                    hitAt[i] = h;
                    covered[i] = true;
                }
            }
            hits = withoutTitlesInsideNames(tokens, hits, hitAt, covered);
            List<Gazetteer.Hit> withInner = new ArrayList<>(hits);
            for (Gazetteer.Hit h : hits) {
                if (h.has(Type.ROLE) && h.last() > h.first()) {
                    gazetteer.within(tokens, h).stream().filter(inner -> !titleOnlyBody(tokens, inner))
                            .forEach(withInner::add);
                }
            }
            hits = acronymNames(text, s, withInner, hitAt, covered, table, record, spelt);
            hits = speltAgain(text, s, hits, hitAt, covered, table, record, spelt);
            hits = withoutSurnamesOfPersons(tokens, hits, hitAt, covered, table);
            hitsBySentence.add(hits);
            coveredBySentence.add(covered);
            dictionaryMentions(text, s, hits, hitAt, covered, table, record);
            for (PersonCandidate found : personFinder.find(text, tokens, hitAt, covered, storyCountry, speakers)) {
                PersonCandidate c = record ? found : knownNameInTitle(text, tokens, headlineCoordination(tokens, found), table);
                c = byKnownAlias(c, table);
                if (!record && c.role() == null && table.personNamed(c.name()) == null && titleCase(tokens)) {
                    continue; // "SNB Unexpectedly Cuts Rates, Becoming First": a headline in title case shows no names
                }
                EntityKey key = table.person(c);
                mark(covered, c.first(), c.last());
                if (record) {
                    table.dropNamesInside(s.index(), c.first(), c.last());
                }
                emit(table, record, s, c.phraseFirst(), c.first(), c.last(), key, How.NAME, c.name());
            }
        }
        for (int n = 0; n < sentences.size(); n++) {
            deadline.check();
            laterPersonMentions(text, sentences.get(n), coveredBySentence.get(n), table, record);
        }
        theTwoKoreas(sentences, coveredBySentence, table, record);
        theKingdom(sentences, coveredBySentence, table, record, storyCountry);
        theOccupation(sentences, coveredBySentence, table, record);
    }

    /**
     * "the Joint Commission for Bilateral Cooperation (JCBC)", "The Australian Energy Market Operator (AEMO)": a name
     * whose initials its acronym in brackets spells is one body, whatever the dictionaries know of its words (a
     * demonym, a shorter body); returns the hits left outside such names. A name the dictionary holds whole stays
     * the dictionary's, unless the name opens with a state whose body it is not ({@link #anotherStatesBody}). The name
     * and its acronym go into {@code spelt}, read as that body again wherever they are written ({@link #speltAgain}).
     */
    private List<Gazetteer.Hit> acronymNames(String text, Sentence s, List<Gazetteer.Hit> hits, Gazetteer.Hit[] hitAt,
            boolean[] covered, EntityTable table, boolean record, Map<List<String>, EntityKey> spelt) {
        List<Token> tokens = s.tokens();
        List<Gazetteer.Hit> outside = hits;
        for (int open = 2; open + 2 < tokens.size(); open++) {
            int start = AcronymSpans.nameStart(tokens, open);
            int end = open - 1;
            if (start < 0 || !namesABody(tokens, start, end) && !endsWithBody(hitAt, end)
                    && !unknownWordsSpelt(tokens, hitAt, start, end)
                    || hitAt[start] != null && hitAt[start].first() < start
                    || dictionaryKeeps(hitAt, start, end) && !anotherStatesBody(hitAt, start, end)) {
                continue;
            }
            // "China Coast Guard (CCG)", "Islamabad High Court (IHC)": a state named first is the body's country
            Gazetteer.Hit opening = hitAt[start];
            String country = opening == null ? null : countryOfPlace(opening);
            outside = outside.stream().filter(h -> h.last() < start || h.first() > end).toList();
            for (int k = start; k <= end; k++) {
                hitAt[k] = null;
                covered[k] = false;
            }
            String name = text.substring(tokens.get(start).start(), tokens.get(end).end());
            mark(covered, start, end);
            openingState(text, s, opening, country, table, record);
            EntityKey body = new EntityKey(EntityKind.ORGANIZATION, name, country);
            spelt.put(words(tokens, start, end), body);
            spelt.put(List.of(tokens.get(open + 1).text()), body); // its acronym too: "AP president" is no agency's
            emit(table, record, s, start, start, end, body, How.NAME, name);
        }
        return outside;
    }

    /**
     * "the Botswana Democratic Party (BDP) ... the number of seats secured by the Botswana Democratic Party", "the
     * Alliance for Progressives (AP) ... AP president Ndaba Gaolathe": a name an acronym spelt earlier in the story, and
     * that acronym, are that body again wherever they are written, whatever the dictionaries read in them (a US party,
     * a US agency); returns the hits left outside such names.
     */
    private List<Gazetteer.Hit> speltAgain(String text, Sentence s, List<Gazetteer.Hit> hits, Gazetteer.Hit[] hitAt,
            boolean[] covered, EntityTable table, boolean record, Map<List<String>, EntityKey> spelt) {
        List<Token> tokens = s.tokens();
        List<Gazetteer.Hit> outside = hits;
        for (Map.Entry<List<String>, EntityKey> body : spelt.entrySet()) {
            int length = body.getKey().size();
            for (int start = 0; start + length <= tokens.size(); start++) {
                int end = start + length - 1;
                if (covered[start] && (hitAt[start] == null || hitAt[start].first() < start)
                        || !words(tokens, start, end).equals(body.getKey())
                        || hitAt[end] != null && hitAt[end].last() > end) {
                    continue; // already read as a name of its own, or the words go on into a longer known name
                }
                int first = start;
                Gazetteer.Hit opening = hitAt[start] != null && hitAt[start].first() == start ? hitAt[start] : null;
                outside = outside.stream().filter(h -> h.last() < first || h.first() > end).toList();
                for (int k = start; k <= end; k++) {
                    hitAt[k] = null;
                }
                mark(covered, start, end);
                openingState(text, s, opening, opening == null ? null : countryOfPlace(opening), table, record);
                emit(table, record, s, start, start, end, body.getValue(), How.NAME,
                        text.substring(tokens.get(start).start(), tokens.get(end).end()));
            }
        }
        return outside;
    }

    /**
     * "the Maldivian Democratic Party (MDP)": the state a body's name opens with is named there too, as "Russian" is in
     * "the Russian Foreign Ministry" (the story's country is counted from such mentions).
     */
    private void openingState(String text, Sentence s, Gazetteer.Hit opening, String country, EntityTable table,
            boolean record) {
        if (opening == null || country == null) {
            return;
        }
        List<Token> tokens = s.tokens();
        emit(table, record, s, opening.first(), opening.first(), opening.last(), countryKey(country),
                opening.has(Type.DEMONYM) ? How.DEMONYM : How.NAME,
                text.substring(tokens.get(opening.first()).start(), tokens.get(opening.last()).end()));
    }

    /** The words of tokens [first, last] as written. */
    private static List<String> words(List<Token> tokens, int first, int last) {
        List<String> words = new ArrayList<>(last - first + 1);
        for (int k = first; k <= last; k++) {
            words.add(tokens.get(k).text());
        }
        return words;
    }

    /**
     * "the Barisan Revolusi Nasional (BRN)": three or more words no dictionary knows that an acronym of their initials
     * follows name a body, though none is an organisation word.
     */
    private boolean unknownWordsSpelt(List<Token> tokens, Gazetteer.Hit[] hitAt, int start, int end) {
        String head = tokens.get(end).lower();
        if (end - start < 2 || index.isDocumentNoun(head) || NO_BODY_HEADS.contains(head)) {
            return false; // "the Defense Cooperation Agreement (DCA)", "the Line of Actual Control (LAC)"
        }
        for (int k = start; k <= end; k++) {
            if (hitAt[k] != null) {
                return false;
            }
        }
        return true;
    }

    /** Last words of named things an acronym spells that are no bodies: texts, systems, places, diseases. */
    private static final java.util.Set<String> NO_BODY_HEADS = java.util.Set.of("arrangement", "partnership", "pact",
            "protocol", "convention", "charter", "framework", "initiative", "project", "strategy", "scheme",
            "mechanism", "index", "system", "disease", "syndrome", "virus", "test", "control", "line", "act",
            "corridor", "zone", "area", "route", "highway", "railway", "programme", "program");

    private static boolean endsWithBody(Gazetteer.Hit[] hitAt, int end) {
        return hitAt[end] != null && OrgNameShape.isBody(hitAt[end]);
    }

    /**
     * Whether the dictionaries' reading of the name's last words stands over the acronym's: a hit running past the
     * name, or a body they know by its last words ("China Coast Guard (CCG)" is the known Chinese Coast Guard, named
     * alike later without its acronym). One body word closing a name of three words or more does not: "the Nigeria
     * Labour Congress (NLC)" is no Congress.
     */
    private static boolean dictionaryKeeps(Gazetteer.Hit[] hitAt, int start, int end) {
        Gazetteer.Hit last = hitAt[end];
        return last != null && (last.last() > end || OrgNameShape.isBody(last) && (last.first() < end || end - start < 2));
    }

    /**
     * "the ruling Botswana Democratic Party (BDP)": a name that opens with one state and ends on the words of a body the
     * dictionary knows as another state's (the US Democratic Party) is the first state's own body.
     */
    private boolean anotherStatesBody(Gazetteer.Hit[] hitAt, int start, int end) {
        String country = hitAt[start] == null ? null : countryOfPlace(hitAt[start]);
        GazetteerEntry body = hitAt[end] == null || hitAt[end].first() <= start ? null : hitAt[end].entry(Type.ORG);
        KnownOrganization known = body == null ? null : index.organization(body.key());
        return country != null && known != null && known.countryIso3() != null && !known.countryIso3().equals(country);
    }

    /** The state a country's name, demonym or capital names, else null. */
    private static String countryOfPlace(Gazetteer.Hit hit) {
        for (Type type : new Type[] {Type.COUNTRY, Type.DEMONYM, Type.CAPITAL, Type.SEAT}) {
            if (hit.entry(type) != null) {
                return hit.entry(type).key();
            }
        }
        return null;
    }

    /** Whether an organisation word stands among tokens [first, last]: "Line of Actual Control" names no body. */
    private boolean namesABody(List<Token> tokens, int first, int last) {
        for (int k = first; k <= last; k++) {
            if (index.isOrgWord(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "North Korea fired a missile, the South's military said": in a story that names either Korea, "the North" and
     * "the South" are the two Korean states, as wire copy on the peninsula writes them ("the South China Sea" goes on
     * with a capitalised word and is no such mention).
     */
    private void theTwoKoreas(List<Sentence> sentences, List<boolean[]> coveredBySentence, EntityTable table,
            boolean record) {
        boolean koreas = table.mentions().stream().anyMatch(m -> m.key() != null && m.key().kind() == EntityKind.COUNTRY
                && ("PRK".equals(m.key().countryCode()) || "KOR".equals(m.key().countryCode())));
        if (!koreas) {
            return;
        }
        for (int n = 0; n < sentences.size(); n++) {
            List<Token> tokens = sentences.get(n).tokens();
            boolean[] covered = coveredBySentence.get(n);
            for (int i = 1; i < tokens.size(); i++) {
                String iso3 = KOREA_BY_POINT.get(tokens.get(i).text());
                boolean nameGoesOn = i + 1 < tokens.size() && tokens.get(i + 1).isCapitalised() && tokens.get(i + 1).isWord();
                if (iso3 != null && tokens.get(i - 1).is("the") && !covered[i] && !nameGoesOn) {
                    emit(table, record, sentences.get(n), i, i, i, countryKey(iso3), How.ALIAS, tokens.get(i).text());
                    covered[i] = true;
                }
            }
        }
    }

    /** Monarchies whose press and guests call them "the Kingdom" (monarchies.txt). */
    private static final Set<String> MONARCHIES = Set.copyOf(Dictionaries.readWords("monarchies.txt"));

    /**
     * "The French President praised the Kingdom's efforts": "the Kingdom" is the monarchy the story is filed from,
     * else the one it names most, as Gulf, Moroccan and Thai copy writes it ("the Kingdom of Bahrain" is a name the
     * dictionary holds already).
     */
    private void theKingdom(List<Sentence> sentences, List<boolean[]> coveredBySentence, EntityTable table,
            boolean record, String storyCountry) {
        String kingdom = storyCountry != null && MONARCHIES.contains(storyCountry.toLowerCase(java.util.Locale.ROOT))
                ? storyCountry : mostNamedMonarchy(table);
        if (kingdom == null) {
            return;
        }
        theNounAs(sentences, coveredBySentence, table, record, "kingdom", kingdom);
    }

    /**
     * Gives every "the {@code noun}" of the sentences that no "of" follows ("the Kingdom", not "the Kingdom of
     * Bahrain") and nothing covers yet the country {@code iso3}.
     */
    private void theNounAs(List<Sentence> sentences, List<boolean[]> coveredBySentence, EntityTable table,
            boolean record, String noun, String iso3) {
        for (int n = 0; n < sentences.size(); n++) {
            List<Token> tokens = sentences.get(n).tokens();
            boolean[] covered = coveredBySentence.get(n);
            for (int i = 1; i < tokens.size(); i++) {
                boolean named = i + 1 < tokens.size() && tokens.get(i + 1).is("of");
                if (tokens.get(i).lower().equals(noun) && tokens.get(i - 1).is("the") && !covered[i] && !named) {
                    emit(table, record, sentences.get(n), i, i, i, countryKey(iso3), How.ALIAS, tokens.get(i).text());
                    covered[i] = true;
                }
            }
        }
    }

    /**
     * "The occupation's ambassador to the United Nations, Danny Danon": in a story that names Palestine, "the
     * occupation" is Israel, as Palestinian and Arab copy writes it ("the occupation of Crimea" goes on with "of").
     */
    private void theOccupation(List<Sentence> sentences, List<boolean[]> coveredBySentence, EntityTable table,
            boolean record) {
        boolean palestine = table.mentions().stream().anyMatch(m -> m.key() != null
                && m.key().kind() == EntityKind.COUNTRY && "PSE".equals(m.key().countryCode()));
        if (!palestine) {
            return;
        }
        theNounAs(sentences, coveredBySentence, table, record, "occupation", "ISR");
    }

    /** The monarchy the story's country mentions name most often, else null. */
    private static String mostNamedMonarchy(EntityTable table) {
        return table.countryMentionCounts().entrySet().stream()
                .filter(c -> MONARCHIES.contains(c.getKey().toLowerCase(java.util.Locale.ROOT)))
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** The Korean state "the North" and "the South" point at in a story on the peninsula. */
    private static final Map<String, String> KOREA_BY_POINT = Map.of("North", "PRK", "South", "KOR");

    /** Words that may stand before a capital's name without making a longer name of it: "East Jerusalem". */
    private static final Set<String> PLACE_QUALIFIERS = Set.of("north", "south", "east", "west", "central", "greater",
            "old", "new", "downtown", "metropolitan", "on", "in", "but", "and", "meanwhile");

    /**
     * "Dinamo Zagreb", "Red Star Belgrade", "Spartak Moscow": a capital right after a capitalised word that is not
     * the sentence's first, no dictionary name and no weekday or month is the end of a longer name (a club, a firm),
     * not the government it would otherwise stand for.
     */
    private static final java.util.regex.Pattern CALENDAR_WORD = java.util.regex.Pattern.compile(
            "(?i)(?:" + io.newsflow.extract.engine.time.Months.MONTH_NAMES + "|"
                    + io.newsflow.extract.engine.time.Months.WEEKDAY_NAMES + ")\\.?");

    private static boolean inLongerName(List<Token> tokens, Gazetteer.Hit[] hitAt, int first) {
        if (first < 2) {
            return false;
        }
        Token before = tokens.get(first - 1);
        // ('"The United Nations stands ready," he said': a word that opens no name, after a quote mark, opens none)
        return before.isCapitalised() && before.isWord() && hitAt[first - 1] == null
                && !PLACE_QUALIFIERS.contains(before.lower()) && !CALENDAR_WORD.matcher(before.text()).matches()
                && !NameShape.NOT_NAMES.contains(before.lower());
    }

    private void dictionaryMentions(String text, Sentence s, List<Gazetteer.Hit> hits, Gazetteer.Hit[] hitAt,
            boolean[] covered, EntityTable table, boolean record) {
        List<Token> tokens = s.tokens();
        int longerNameEnd = -1;
        for (Gazetteer.Hit h : hits) {
            int first = h.first();
            int last = h.last();
            if (first <= longerNameEnd) {
                continue; // inside a longer name already found
            }
            String surface = text.substring(tokens.get(first).start(), tokens.get(last).end());
            EntityKey defined = table.abbreviation(surface);
            int longer = defined != null || OrgNameShape.mayStartName(h, tokens) ? orgShape.knownNameGoesOn(tokens, hitAt, h) : -1;
            GazetteerEntry e;
            if (longer > 0) {
                longerNameEnd = longer;
                emitOrgByShape(text, s, hitAt, covered, first, longer, null, table, record);
            } else if (defined != null) {
                emit(table, record, s, first, first, last, defined, How.ALIAS, surface);
            } else if ((e = h.entry(Type.ORG_HEAD)) != null && orgFromPattern(text, s, hitAt, covered, h, e, table, record,
                    !h.has(Type.IGO) && (last > first || tokens.get(first).isCapitalised()))) {
                continue;
            } else if (h.entry(Type.IGO) != null && inLongerName(tokens, hitAt, first) && last > first
                    && !tokens.get(first - 1).text().equals(tokens.get(first - 1).text().toUpperCase(java.util.Locale.ROOT))) {
                // "the Collective Security Council" (the CSTO's), "the Supreme Court Council": a word of a name before a
                // world body's short name makes another body
                emitOrgByShape(text, s, hitAt, covered, first - 1, last, null, table, record);
            } else if ((e = h.entry(Type.IGO)) != null) {
                Igo igo = index.igo(e.key());
                emit(table, record, s, first, first, last, new EntityKey(EntityKind.ORGANIZATION, igo.name(), igo.code()),
                        How.ALIAS, surface);
            } else if ((e = h.entry(Type.ORG)) != null) {
                KnownOrganization org = index.organization(e.key());
                // (a headline is read after the body, whose reading of the party it keeps)
                boolean homeUnnamed = record ? partyHomeUnnamed(text, org) : bodyPlacedNowhere(table, org);
                // ("the Workers' Party" of a Singapore story is not Brazil's: a party's name may be another
                // country's party's, and only a story that names the party's country places it there; a short name
                // in capitals is then a body of its own, "MAS" in Singapore its monetary authority, not Bolivia's
                // ruling party)
                boolean acronym = Gazetteer.isAbbreviation(surface);
                emit(table, record, s, first, first, last, new EntityKey(EntityKind.ORGANIZATION,
                        homeUnnamed && acronym ? surface : org.name(), homeUnnamed ? null : org.countryIso3()),
                        How.ALIAS, surface);
            } else if ((e = h.entry(Type.COUNTRY)) != null) {
                emit(table, record, s, first, first, last, countryKey(e.key()), How.NAME, surface);
            } else if ((e = h.entry(Type.SEAT)) != null) {
                emit(table, record, s, first, first, last, countryKey(e.key()), How.CAPITAL, surface);
            } else if (h.entry(Type.CAPITAL) != null && h.entry(Type.PLACE) != null
                    && placeOfANamedCountry(text, h.entry(Type.CAPITAL).key(), h.entry(Type.PLACE).key())) {
                // "Victoria" in a story of Australia is its state, not the capital of the Seychelles
                Place p = index.place(h.entry(Type.PLACE).key());
                emit(table, record, s, first, first, last, new EntityKey(EntityKind.LOCATION, p.name(), p.countryIso3()),
                        How.NAME, surface);
            } else if ((e = h.entry(Type.CAPITAL)) != null) {
                boolean place = first > 0 && LOCATIVE.contains(tokens.get(first - 1).lower())
                        && !sentFrom(tokens, first) || inLongerName(tokens, hitAt, first);
                Country c = index.country(e.key());
                // ("Brussels reacted within hours. Belgium's foreign minister": a story that names the seat's own
                // country means its government)
                Igo seated = place || namesCountry(text, c) ? null : index.igo(IGO_SEATS.getOrDefault(surface, ""));
                EntityKey key = place ? new EntityKey(EntityKind.LOCATION, c.capital() == null ? surface : c.capital(), c.iso3())
                        : seated != null ? new EntityKey(EntityKind.ORGANIZATION, seated.name(), seated.code())
                        : countryKey(e.key());
                emit(table, record, s, first, first, last, key, How.CAPITAL, surface);
            } else if ((e = h.entry(Type.DEMONYM)) != null) {
                emit(table, record, s, first, first, last, countryKey(e.key()), How.DEMONYM, surface);
            } else if ((e = h.entry(Type.PLACE)) != null) {
                Place p = index.place(e.key());
                emit(table, record, s, first, first, last, new EntityKey(EntityKind.LOCATION, p.name(), p.countryIso3()),
                        How.NAME, surface);
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (hitAt[i] != null || covered[i]) {
                continue;
            }
            List<String> compound = index.compoundCountries(tokens.get(i).lower());
            EntityKey defined = tokens.get(i).isCapitalised() ? table.abbreviation(tokens.get(i).text()) : null;
            if (defined != null) {
                emit(table, record, s, i, i, i, defined, How.ALIAS, tokens.get(i).text());
                covered[i] = true;
            } else if (compound != null) {
                for (String iso3 : compound) {
                    emit(table, record, s, i, i, i, countryKey(iso3), How.DEMONYM, tokens.get(i).text());
                }
                covered[i] = true;
            } else {
                i = orgByShape(text, s, hitAt, covered, i, table, record);
            }
        }
    }

    /** "Russian Foreign Ministry", "Russia's Foreign Ministry", "Ministry of Foreign Affairs of Russia", or a bare "Foreign Ministry". */
    private boolean orgFromPattern(String text, Sentence s, Gazetteer.Hit[] hitAt, boolean[] covered, Gazetteer.Hit h,
            GazetteerEntry e, EntityTable table, boolean record, boolean bareAllowed) {
        List<Token> tokens = s.tokens();
        OrgPattern pattern = index.orgPattern(e.key());
        String country = null;
        int first = h.first();
        int last = h.last();
        if (first == last && tokens.get(first).is("house")) {
            if (first > 1 && tokens.get(first - 1).isCapitalised() && tokens.get(first - 1).isWord()
                    && (hitAt[first - 1] == null || countryIn(hitAt[first - 1]) == null)) {
                return false; // "Trinity House", "Parliament House", "State Guest House Padma": a building, not the House
            }
            int otherHouse = otherHouseEnd(tokens, first);
            if (otherHouse > first) {
                emitOrgByShape(text, s, hitAt, covered, first, otherHouse, null, table, record);
                return true;
            }
        }
        int local = localNameStart(tokens, hitAt, first);
        if (local < first) {
            // "the Gwadar Port Authority", "the Louisiana Department of Health": a place's own body, named with its
            // place, of the place's state, not the state's own body
            String placeCountry = index.place(hitAt[local].entry(Type.PLACE).key()).countryIso3();
            String surface = text.substring(tokens.get(local).start(), tokens.get(last).end());
            emit(table, record, s, local, local, last, new EntityKey(EntityKind.ORGANIZATION, surface, placeCountry),
                    How.NAME, surface);
            mark(covered, local, last);
            return true;
        }
        int before = first - 1;
        if (before >= 1 && tokens.get(before).is("'s") && hitAt[before - 1] != null) {
            before--;
        }
        if (before >= 0 && hitAt[before] != null) {
            country = countryIn(hitAt[before]);
            if (country != null) {
                first = hitAt[before].first();
            }
        }
        if (country == null && before >= 2 && tokens.get(before).is("'s") && tokens.get(before - 2).is("the")) {
            country = koreaByPoint(text, tokens.get(before - 1).text()); // "the North's Foreign Ministry"
            first = country == null ? first : before - 1;
        }
        if (country == null && last + 2 < tokens.size() && tokens.get(last + 1).is("of") && hitAt[last + 2] != null) {
            country = countryIn(hitAt[last + 2]);
            if (country != null) {
                last = hitAt[last + 2].last();
            } else if (hitAt[last + 2].first() == last + 2 && hitAt[last + 2].entry(Type.PLACE) != null) {
                // "the Supreme Court of Tatarstan": a region's own body, named with its region, of the region's state
                Place place = index.place(hitAt[last + 2].entry(Type.PLACE).key());
                int end = hitAt[last + 2].last();
                String surface = text.substring(tokens.get(first).start(), tokens.get(end).end());
                emit(table, record, s, first, first, end, new EntityKey(EntityKind.ORGANIZATION, surface,
                        place.countryIso3()), How.NAME, surface);
                mark(covered, first, end);
                return true;
            }
        }
        if (country == null && h.last() > h.first()) {
            for (Gazetteer.Hit inner : gazetteer.within(tokens, h)) {
                country = country == null ? countryIn(inner) : country; // "U.S. State Department" as one alias
            }
        }
        int further = orgShape.furtherPortfolioEnd(tokens, hitAt, h);
        if (further > last) {
            mark(covered, last + 1, further);
            last = further; // "Ministry of Foreign Affairs and Expatriates": the known ministry, named in full
        }
        boolean possessedByPronoun = false;
        if (country == null && h.first() > 0 && POSSESSIVE_PRONOUNS.contains(tokens.get(h.first() - 1).lower())) {
            // "Pyongyang has denounced the drills. Its foreign ministry warned": the state named last before it
            country = lastCountryBefore(table, tokens.get(h.first()).start());
            possessedByPronoun = country != null;
        }
        if (country == null) {
            country = FrontedPlace.countryBefore(tokens, hitAt, first);
        }
        if (country == null && !bareAllowed) {
            return false; // a bare "Security Council" is the UN's
        }
        String surface = text.substring(tokens.get(first).start(), tokens.get(last).end());
        EntityKey key = country == null ? new EntityKey(EntityKind.ORGANIZATION, pattern.headNoun(), null)
                : new EntityKey(EntityKind.ORGANIZATION, pattern.nameFor(index.adjective(country)), country);
        // a body named only through "its" is no full name a bare "foreign ministry" elsewhere could be
        emit(table, record, s, first, first, last, key, country == null || possessedByPronoun ? How.ALIAS : How.NAME,
                surface);
        if (country != null && index.country(country) != null) {
            table.note(key, pattern.formalNameFor(index.country(country).name()));
        }
        int place = last + 2;
        if (country != null && place < tokens.size() && tokens.get(last + 1).is("in") && hitAt[place] != null
                && hitAt[place].first() == place && placeIn(hitAt[place])) {
            // "the Russian embassy in Bucharest": where the body sits is part of how the text names it
            table.note(key, text.substring(tokens.get(first).start(), tokens.get(hitAt[place].last()).end()));
        }
        return true;
    }

    /**
     * The Korean state "the North" or "the South" points at in a story that names either Korea (as
     * {@link #theTwoKoreas} reads them), else null.
     */
    private static String koreaByPoint(String text, String point) {
        String iso3 = KOREA_BY_POINT.get(point);
        boolean koreas = text.contains("North Korea") || text.contains("South Korea") || text.contains("Pyongyang");
        return iso3 != null && koreas ? iso3 : null;
    }

    /** "its", "their": a possessor that refers back to a state named before. */
    private static final java.util.Set<String> POSSESSIVE_PRONOUNS = java.util.Set.of("its", "their");

    /** The country of the last country mention (by name, capital or demonym) before offset, else null. */
    private static String lastCountryBefore(EntityTable table, int offset) {
        String country = null;
        int end = -1;
        for (FoundMention m : table.mentions()) {
            if (m.key() != null && m.key().kind() == EntityKind.COUNTRY && m.end() <= offset && m.end() > end) {
                country = m.key().countryCode();
                end = m.end();
            }
        }
        return country;
    }

    static boolean placeIn(Gazetteer.Hit hit) {
        return hit.has(Type.CAPITAL) || hit.has(Type.PLACE) || hit.has(Type.SEAT);
    }

    /** Capitalised words that may stand between a place and its body's known name: "Kurdistan Region Statistics ...". */
    private static final int LOCAL_NAME_WORDS = 2;

    /**
     * Where a local body's name starts before the known body at {@code first}: at a place the gazetteer knows as a place
     * (no country, capital or demonym), past up to two capitalised words no entry knows, with "the" before it ("the
     * Kurdistan Region Statistics Office", "the Arizona House of Representatives"); else {@code first}.
     */
    private static int localNameStart(List<Token> tokens, Gazetteer.Hit[] hitAt, int first) {
        int k = first - 1;
        int words = 0;
        while (k >= 0 && words < LOCAL_NAME_WORDS && hitAt[k] == null && tokens.get(k).isWord()
                && tokens.get(k).isCapitalised()) {
            k--;
            words++;
        }
        if (k < 0 || hitAt[k] == null || hitAt[k].last() != k || hitAt[k].entry(Type.PLACE) == null
                || countryIn(hitAt[k]) != null) {
            return first;
        }
        int start = hitAt[k].first();
        return start > 0 && tokens.get(start - 1).is("the") ? start : first;
    }

    static String countryIn(Gazetteer.Hit hit) {
        for (Type type : new Type[] {Type.DEMONYM, Type.COUNTRY, Type.CAPITAL, Type.SEAT}) {
            GazetteerEntry e = hit.entry(type);
            if (e != null) {
                return e.key();
            }
        }
        return null;
    }

    /** A title, or titles: "minister", "ministers". */
    private boolean titleNoun(String lower) {
        return index.role(lower) != null || lower.endsWith("s") && index.role(lower.substring(0, lower.length() - 1)) != null;
    }

    /** A hyphen between two capitalised words it touches: "High-Level", which the tokenizer keeps as three tokens. */
    private static boolean hyphenInWord(List<Token> tokens, int i) {
        return i > 0 && i + 1 < tokens.size() && tokens.get(i).is("-") && tokens.get(i - 1).isCapitalised()
                && tokens.get(i + 1).isCapitalised() && tokens.get(i - 1).end() == tokens.get(i).start()
                && tokens.get(i).end() == tokens.get(i + 1).start();
    }

    /** Words that make a country's name before them a national carrier's: "Kenya Airways", "Azerbaijan Airlines". */
    private static final Set<String> CARRIER_WORDS = Set.of("airlines", "airways", "railways");

    /** A country's name, not its demonym, right before {@code at}. */
    private static boolean countryNameBefore(List<Token> tokens, Gazetteer.Hit[] hitAt, int at) {
        Gazetteer.Hit before = at > 0 ? hitAt[at - 1] : null;
        return before != null && before.last() == at - 1 && before.has(Type.COUNTRY) && !before.has(Type.DEMONYM)
                && tokens.get(at).isCapitalised();
    }

    /**
     * Words that open no person's name but do open a body's: "the Islamic Revival Party of Tajikistan", "the Islamic
     * Salvation Front" (without it the body's name began at its second word).
     */
    private static final Set<String> BODY_OPENERS = Set.of("islamic");

    /** An unknown organisation by its shape: capitalised words ending in an organisation word ("National Salvation Front"). */
    private int orgByShape(String text, Sentence s, Gazetteer.Hit[] hitAt, boolean[] covered, int from,
            EntityTable table, boolean record) {
        List<Token> tokens = s.tokens();
        Token t = tokens.get(from);
        // ("National Crime Agency", "National Unity Government": a word that opens no person's name may open a body's)
        if (!t.isCapitalised() || !t.isWord() || NameShape.NOT_NAMES.contains(t.lower()) && !index.isOrgWord(t.lower())
                && !index.isRoleModifier(t.lower()) && !BODY_OPENERS.contains(t.lower())) {
            return from;
        }
        int ofEnd = orgShape.ofNameEnd(tokens, hitAt, from);
        if (ofEnd > 0) {
            emitOrgByShape(text, s, hitAt, covered, from, ofEnd, null, table, record);
            return ofEnd;
        }
        int lastOrgWord = -1;
        int i = from;
        while (i < tokens.size()) {
            Token w = tokens.get(i);
            // a country inside a name goes with it when the name goes on: "Telekom Malaysia Bhd"
            boolean countryInside = i > from && hitAt[i] != null && hitAt[i].has(Type.COUNTRY)
                    && hitAt[i].first() == i && hitAt[i].last() + 1 < tokens.size()
                    && tokens.get(hitAt[i].last() + 1).isCapitalised() && hitAt[hitAt[i].last() + 1] == null;
            if (countryInside) {
                i = hitAt[i].last() + 1;
                continue;
            }
            if (lastOrgWord > from && i == lastOrgWord + 2 && tokens.get(i - 1).is("for") && hitAt[i] != null
                    && hitAt[i].first() == i && hitAt[i].has(Type.COUNTRY)) {
                // "the International Support Group for Lebanon": a body for a country, named with it
                lastOrgWord = hitAt[i].last();
                break;
            }
            boolean capital = w.isCapitalised() && w.isWord() && hitAt[i] == null;
            boolean connector = ORG_CONNECTORS.contains(w.lower()) && i + 1 < tokens.size()
                    && tokens.get(i + 1).isCapitalised() || orgShape.possessiveInName(tokens, hitAt, i)
                    || hyphenInWord(tokens, i); // "High-Level Strategic Cooperation Council"
            if (!capital && !connector) {
                break;
            }
            if (capital && index.isOrgWord(w.lower())) {
                lastOrgWord = i;
                if (companySuffixes.contains(w.lower())) {
                    break; // "Telekom Malaysia Bhd and Maxis Bhd" are two companies
                }
            }
            i++;
        }
        int outletKind = lastOrgWord < 0 && i > from && tokens.get(i - 1).isCapitalised() ? orgShape.outletKindAt(tokens, i) : 0;
        if (outletKind > 0) {
            // "the Hurriyet newspaper": the outlet is named by the capitalised words, its kind is an alias
            emitOrgByShape(text, s, hitAt, covered, from, i - 1, tokens.get(i + outletKind - 1), table, record);
            return i + outletKind - 1;
        }
        if (lastOrgWord == from && CARRIER_WORDS.contains(t.lower()) && countryNameBefore(tokens, hitAt, from)) {
            // "Kenya Airways", "a spokesperson for Azerbaijan Airlines": a country's carrier, one word after its name
            emitOrgByShape(text, s, hitAt, covered, from, from, null, table, record);
            return from;
        }
        int remit = lastOrgWord == from ? remitEnd(tokens, from, i) : from;
        if (remit > from) {
            // "the Institute for Fiscal Studies": a body's word and its remit
            emitOrgByShape(text, s, hitAt, covered, from, remit, null, table, record);
            return remit;
        }
        if (lastOrgWord == from && cityOpens(tokens, hitAt, from)) {
            // "Istanbul University", "Adelaide Zoo": a city and one word of a body are a body's name
            emitOrgByShape(text, s, hitAt, covered, from, from, null, table, record);
            return from;
        }
        if (lastOrgWord <= from) {
            return Math.max(from, i - 1);
        }
        if (tokens.get(lastOrgWord - 1).is("and") && lastOrgWord + 1 < tokens.size()
                && !tokens.get(lastOrgWord + 1).isCapitalised() && titleNoun(tokens.get(lastOrgWord + 1).lower())) {
            // "Amarinder Singh and Union ministers": the body's word right after "and" qualifies the title after it
            return lastOrgWord - 2;
        }
        lastOrgWord = remitEnd(tokens, lastOrgWord, i);
        emitOrgByShape(text, s, hitAt, covered, from, lastOrgWord, null, table, record);
        return lastOrgWord;
    }

    /**
     * "the Coordinating Committee for Prediction of Volcanic Eruption": the remit after a body's word ("for" or "of"
     * and capitalised words to the end of the run {@code runEnd}) is part of its name, unless a title or a given name
     * stands in it ("the Ministry of Health Minister John Smith"). Returns the name's last token.
     */
    private int remitEnd(List<Token> tokens, int orgWord, int runEnd) {
        if (orgWord + 2 >= runEnd || !(tokens.get(orgWord + 1).is("for") || tokens.get(orgWord + 1).is("of"))
                || !tokens.get(runEnd - 1).isCapitalised() || runEnd - orgWord > MAX_REMIT
                || !REMIT_NOUN.matcher(tokens.get(runEnd - 1).lower()).matches()) {
            return orgWord;
        }
        for (int k = orgWord + 2; k < runEnd; k++) {
            String w = tokens.get(k).lower();
            if (tokens.get(k).isCapitalised() && (index.role(w) != null || index.givenName(w) != null)) {
                return orgWord;
            }
        }
        return runEnd - 1;
    }

    /**
     * The endings of the abstract or plural nouns a remit ends with ("Eruption", "Security", "Economics", "Affairs",
     * "Rights"), which a person's family name ("Kamchybek Tashiev") does not have.
     */
    private static final java.util.regex.Pattern REMIT_NOUN = java.util.regex.Pattern.compile(
            ".*(tion|sion|ity|ment|ics|ogy|ance|ence|ness|ism|ure|ship|ies|airs|ights|ces|ees|cy|search)");

    /** How many words a body's remit may add to its name. */
    private static final int MAX_REMIT = 6;

    /**
     * An organisation named by tokens [from, last]; a demonym before it gives its country, a short name in brackets
     * after it is its acronym ("(Jakim)"), and a kind written after it ("newspaper") makes the name with it an alias.
     */
    private void emitOrgByShape(String text, Sentence s, Gazetteer.Hit[] hitAt, boolean[] covered, int from, int last,
            Token kindEnd, EntityTable table, boolean record) {
        List<Token> tokens = s.tokens();
        String country = null;
        if (from > 0 && hitAt[from - 1] != null && hitAt[from - 1].has(Type.DEMONYM)) {
            country = hitAt[from - 1].entry(Type.DEMONYM).key();
            if (opensName(tokens, hitAt[from - 1], from)) {
                from = hitAt[from - 1].first(); // "the Nigerian Bar Association": the demonym is the name's first word
            }
        } else if (from > 0 && hitAt[from - 1] != null && (hitAt[from - 1].has(Type.CAPITAL) || hitAt[from - 1].has(Type.PLACE))
                && !hitAt[from - 1].has(Type.COUNTRY) && opensName(tokens, hitAt[from - 1], from)) {
            // "the Prague Municipal Court", "London Stock Exchange Group": a city opening a body's name is part of it
            country = hitAt[from - 1].has(Type.CAPITAL) ? hitAt[from - 1].entry(Type.CAPITAL).key() : null;
            from = hitAt[from - 1].first();
        } else if (from > 0 && hitAt[from - 1] != null && hitAt[from - 1].last() == from - 1
                && hitAt[from - 1].has(Type.COUNTRY) && !hitAt[from - 1].has(Type.DEMONYM)
                && (hitAt[from - 1].first() == 0 || tokens.get(hitAt[from - 1].first() - 1).is("the")
                        || !tokens.get(hitAt[from - 1].first() - 1).isCapitalised())) {
            // "the Ghana Police Service", "for Azerbaijan Airlines": a country's name that opens a body's name is part
            // of it and its country
            country = hitAt[from - 1].entry(Type.COUNTRY).key();
            from = hitAt[from - 1].first();
        } else if (hitAt[last] != null && hitAt[last].last() == last && hitAt[last].has(Type.COUNTRY)
                && hitAt[last].first() > from && (ofBefore(tokens, hitAt[last].first())
                        || tokens.get(hitAt[last].first() - 1).is("for"))) {
            // "the Court of Bosnia and Herzegovina": a body named "of" its country is that country's; one "for" it
            // ("the International Support Group for Lebanon") stands for it in what is done to it
            country = hitAt[last].entry(Type.COUNTRY).key();
        } else if (from > 1 && (tokens.get(from - 1).is("'s") || tokens.get(from - 1).is("’s"))
                && hitAt[from - 2] != null && hitAt[from - 2].last() == from - 2) {
            // "Russia's National Guard Service", "North Korea's Supreme Command": a state's body by its possessive
            country = countryIn(hitAt[from - 2]);
        }
        int end = tokens.get(last).end();
        if (companySuffixes.contains(tokens.get(last).lower()) && end < text.length() && text.charAt(end) == '.') {
            end++; // "Bank of America Corp.": the abbreviation's full stop is part of the name
        }
        String name = text.substring(tokens.get(from).start(), end);
        EntityKey key = new EntityKey(EntityKind.ORGANIZATION, name, country);
        mark(covered, from, last);
        emit(table, record, s, from, from, last, key, How.NAME, name);
        if (kindEnd != null) {
            table.note(key, text.substring(tokens.get(from).start(), kindEnd.end()));
        }
        int shortName = OrgNameShape.shortNameInBrackets(tokens, hitAt, last);
        if (shortName > 0 && !tokens.get(shortName).isAllCaps()) {
            table.defineAbbreviation(tokens.get(shortName).text(), key);
            table.note(key, tokens.get(shortName).text());
            covered[shortName] = true;
        }
    }

    /**
     * "the House of Federation", "the House of Peoples' Representatives": a house named by other words than the House
     * of Representatives; the last token of its name, else -1.
     */
    private static int otherHouseEnd(List<Token> tokens, int house) {
        if (house + 2 >= tokens.size() || !tokens.get(house + 1).is("of") || !tokens.get(house + 2).isCapitalised()
                || tokens.get(house + 2).is("Representatives")) {
            return -1;
        }
        int end = house + 2;
        while (end < tokens.size() && (tokens.get(end).isCapitalised() && tokens.get(end).isWord()
                || tokens.get(end).is("'") && tokens.get(end - 1).lower().endsWith("s"))) {
            end++;
        }
        return end - 1;
    }

    /** A city or place (no country) right before {@code from} that opens the phrase: "Istanbul University". */
    private static boolean cityOpens(List<Token> tokens, Gazetteer.Hit[] hitAt, int from) {
        Gazetteer.Hit before = from > 0 ? hitAt[from - 1] : null;
        return before != null && (before.has(Type.CAPITAL) || before.has(Type.PLACE)) && !before.has(Type.COUNTRY)
                && !before.has(Type.DEMONYM) && opensName(tokens, before, from);
    }

    /**
     * Whether the place or demonym {@code hit}, right before a body's name at {@code from}, opens that name: it ends
     * there and starts the phrase ("the", lower case or the sentence's start before it), not a list or a title.
     */
    private static boolean opensName(List<Token> tokens, Gazetteer.Hit hit, int from) {
        return hit.last() == from - 1 && (hit.first() == 0 || tokens.get(hit.first() - 1).is("the")
                || !tokens.get(hit.first() - 1).isCapitalised() && tokens.get(hit.first() - 1).isWord());
    }

    /**
     * A headline in title case runs a name into the words after it ("President Alpha Conde Wins Re-Election"): when
     * the story's body already named the person with fewer of those words, the name ends there.
     */
    /**
     * "Jokowi, as the president is popularly known": a name the world actors dictionary knows as another form of a
     * person the story named in full is that person.
     */
    private PersonCandidate byKnownAlias(PersonCandidate c, EntityTable table) {
        String fullName = c.first() == c.last() && table.personNamed(c.name()) == null ? namedByAlias(c.name(), table) : null;
        return fullName == null ? c
                : new PersonCandidate(c.phraseFirst(), c.first(), c.last(), fullName, c.role(), c.countryCode(), c.gender());
    }

    /** The full name of a person of the table whose dictionary alias {@code name} is; null when none or several. */
    private String namedByAlias(String name, EntityTable table) {
        String found = null;
        for (io.newsflow.extract.engine.dictionary.WorldActor office : index.worldActors(name)) {
            if (!office.name().equalsIgnoreCase(name) && table.personNamed(office.name()) != null) {
                if (found != null && !found.equals(office.name())) {
                    return null;
                }
                found = office.name();
            }
        }
        return found;
    }

    /** Whether most words of a line are capitalised, as headlines in title case print them. */
    private static boolean titleCase(List<Token> tokens) {
        long words = tokens.stream().filter(t -> t.isWord() && t.text().length() > 3).count();
        long capitalised = tokens.stream().filter(t -> t.isWord() && t.text().length() > 3 && t.isCapitalised()).count();
        return words >= 3 && capitalised * 4 >= words * 3;
    }

    /**
     * Whether a person is known by {@code name}; in a headline in title case, only one whose name ends with its last
     * word: a known name the headline's capitalised words only begin ("Tembo Chisale" of "Tembo Chisale Wins") is
     * not the headline's name.
     */
    private static boolean knownEndingWith(EntityTable table, String name, String lastWord, boolean titleCase) {
        EntityKey known = table.personNamed(name);
        PersonProfile profile = known == null ? null : table.profile(known);
        return profile != null && (!titleCase || profile.name().endsWith(lastWord));
    }

    private static PersonCandidate knownNameInTitle(String text, List<Token> tokens, PersonCandidate c, EntityTable table) {
        boolean titleCase = titleCase(tokens);
        if (c.last() - c.first() < 2 || knownEndingWith(table, c.name(), tokens.get(c.last()).text(), titleCase)) {
            return c;
        }
        for (int end = c.last() - 1; end > c.first(); end--) {
            String shorter = text.substring(tokens.get(c.first()).start(), tokens.get(end).end());
            if (knownEndingWith(table, shorter, tokens.get(end).text(), titleCase)) {
                return new PersonCandidate(c.phraseFirst(), c.first(), end, shorter, c.role(), c.countryCode(), c.gender());
            }
        }
        return c;
    }

    /**
     * "Jordan told reporters" after "Chairman Thomas Jordan", "Medina said" after "President Danilo Medina": a one-word
     * country or place that is the surname of a person named before, where it speaks or is given an age, is that
     * person (found later as a surname); returns the other hits.
     */
    private List<Gazetteer.Hit> withoutSurnamesOfPersons(List<Token> tokens, List<Gazetteer.Hit> hits,
            Gazetteer.Hit[] hitAt, boolean[] covered, EntityTable table) {
        List<Gazetteer.Hit> kept = new ArrayList<>(hits.size());
        for (Gazetteer.Hit h : hits) {
            int at = h.first();
            boolean surname = at == h.last() && (h.has(Type.COUNTRY) || h.has(Type.PLACE)) && usedOfAPerson(tokens, at)
                    && table.personNamed(tokens.get(at).text()) != null;
            boolean givenName = at == h.last() && givenNameBeforeSurname(tokens, hitAt, at);
            if (surname || givenName) {
                hitAt[at] = null;
                covered[at] = false;
            } else {
                kept.add(h);
            }
        }
        return kept;
    }

    /** Nouns of a place's feature or of an outlet, which a country's name opens: "the Jordan Valley", "Jordan Times". */
    private static final Set<String> PLACE_FEATURES = Set.of("valley", "river", "basin", "rift", "sea", "bank", "border",
            "crossing", "street", "square", "road", "bay", "gulf", "lake", "island", "islands", "times", "post", "news",
            "television", "radio", "airport", "university", "state", "province", "city", "county", "district", "region",
            "stadium", "park", "embassy", "cup", "open", "league");

    /**
     * "Jordan Norwood's punt return", "Victoria Beckham said": a country's or a capital's name that is also a given
     * name (given-names.tsv), before a capitalised word no dictionary knows and no other capitalised word follows, is
     * the first name of a person; "the Jordan Valley", "Jordan Hashemite Charity Organization" are not.
     */
    private boolean givenNameBeforeSurname(List<Token> tokens, Gazetteer.Hit[] hitAt, int at) {
        if (at + 1 >= tokens.size() || index.givenName(tokens.get(at).lower()) == null
                || at > 0 && index.dictionaries().determiners().contains(tokens.get(at - 1).lower())) {
            return false;
        }
        Token next = tokens.get(at + 1);
        boolean surnameShape = next.isCapitalised() && !next.isAllCaps() && hitAt[at + 1] == null
                && !PLACE_FEATURES.contains(next.lower()) && !index.isOrgWord(next.lower())
                && index.role(next.lower()) == null;
        boolean nameEnds = at + 2 >= tokens.size() || !tokens.get(at + 2).isCapitalised();
        return surnameShape && nameEnds;
    }

    /** A word that speaks ("Jordan said", "said Jordan") or is given an age ("Jordan, 61,"). */
    private boolean usedOfAPerson(List<Token> tokens, int at) {
        boolean speaks = at + 1 < tokens.size() && index.isSpeechVerb(tokens.get(at + 1).lower())
                || at > 0 && (tokens.get(at - 1).is("said") || tokens.get(at - 1).is("says"));
        boolean aged = at + 2 < tokens.size() && tokens.get(at + 1).is(",") && tokens.get(at + 2).text().matches("\\d{2}");
        return speaks || aged;
    }

    /** Full names and surnames of persons found anywhere in the text, wherever no other entity covers them. */
    private void laterPersonMentions(String text, Sentence s, boolean[] covered, EntityTable table, boolean record) {
        List<Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            int end = NameShape.nameEnd(tokens, i, covered);
            if (end < 0) {
                continue;
            }
            String name = text.substring(tokens.get(i).start(), tokens.get(end).end());
            EntityKey key = table.personNamed(name);
            // (a later mention by a dictionary alias is one word: "Jokowi")
            String fullName = key == null && end == i ? namedByAlias(name, table) : null;
            key = fullName != null ? table.personNamed(fullName) : key;
            if (key != null) {
                mark(covered, i, end);
                emit(table, record, s, i, i, end, key, end > i ? How.NAME : How.SURNAME, name);
                end = coordinatedPersons(text, s, covered, end, table, record);
            }
            i = end;
        }
    }

    /**
     * "Manushi Chhillar and Akshay Kumar", "Akshay Kumar, Tiger Shroff and ...": full names coordinated after a
     * person named earlier in the story are persons, here too where the first sentence gave no sign of one, and so is
     * a single name that a place follows ("Zhu and Buyunchaokete of China"). Returns the last token of the names taken.
     */
    private static int coordinatedPersons(String text, Sentence s, boolean[] covered, int after, EntityTable table,
            boolean record) {
        List<Token> tokens = s.tokens();
        int last = after;
        while (last + 2 < tokens.size() && (tokens.get(last + 1).is(",") || tokens.get(last + 1).is("and"))) {
            int first = tokens.get(last + 1).is(",") && tokens.get(last + 2).is("and") ? last + 3 : last + 2;
            int end = NameShape.nameEnd(tokens, first, covered);
            boolean ofPlace = end == first && end + 2 < tokens.size() && tokens.get(end + 1).is("of")
                    && tokens.get(end + 2).isCapitalised(); // sports copy: "Zhu and Buyunchaokete of China"
            if (end < first || end == first && !ofPlace) {
                break;
            }
            String name = text.substring(tokens.get(first).start(), tokens.get(end).end());
            EntityKey key = table.person(new PersonCandidate(first, first, end, name, null, null, null));
            mark(covered, first, end);
            emit(table, record, s, first, first, end, key, How.NAME, name);
            last = end;
        }
        return last;
    }

    private EntityKey countryKey(String iso3) {
        Country c = index.country(iso3);
        return c == null ? new EntityKey(EntityKind.COUNTRY, iso3, iso3) : EntityKey.ofCountry(c);
    }

    private static void emit(EntityTable table, boolean record, Sentence s, int phraseFirst, int first, int last,
            EntityKey key, How how, String surface) {
        List<Token> all = s.tokens();
        if (key.kind() == EntityKind.ORGANIZATION && last + 3 < all.size() && all.get(last + 1).is("(")
                && all.get(last + 3).is(")") && all.get(last + 2).isAllCaps()) {
            table.defineAbbreviation(all.get(last + 2).text(), key); // "Rapid Support Forces (RSF)"
        }
        if (record) {
            List<Token> tokens = s.tokens();
            table.add(new FoundMention(s.index(), phraseFirst, first, last, tokens.get(first).start(),
                    tokens.get(last).end(), key, how), surface);
        } else {
            table.note(key, surface);
        }
    }

    private static void mark(boolean[] covered, int first, int last) {
        for (int i = first; i <= last; i++) {
            covered[i] = true;
        }
    }
}
