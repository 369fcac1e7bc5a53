package io.newsflow.extract.engine.event;

import static io.newsflow.extract.engine.event.EventExtractor.actor;

import java.util.List;
import java.util.Set;

import io.newsflow.contract.EntityKind;
import io.newsflow.extract.engine.dictionary.Country;
import io.newsflow.extract.engine.dictionary.Dictionaries;
import io.newsflow.extract.engine.dictionary.DictionaryIndex;
import io.newsflow.extract.engine.dictionary.Place;
import io.newsflow.extract.engine.entity.EntityKey;
import io.newsflow.extract.engine.entity.EntityTable;
import io.newsflow.extract.engine.entity.FoundMention;
import io.newsflow.extract.engine.event.EventExtractor.ArticleContext;
import io.newsflow.extract.engine.nlp.Sentence;
import io.newsflow.extract.engine.nlp.Token;

/**
 * Whose country: the country that police, protesters or a place stand for (the place they are named by, the
 * dateline's country, the actor's own), the country a place object or a protest's place aims at, and whether two
 * actors are one state. Kept apart because these answers need the article (its dateline, every actor it names) and
 * the dictionaries' places and countries, where the other readings need only the sentence.
 */
final class LocalCountries {
    private static final Set<String> NON_STATE_TYPES = Set.of("ARMED_GROUP", "PARTY", "NGO", "RELIGIOUS", "MEDIA",
            "COMPANY", "SPORTS", "AGENCY");

    private final DictionaryIndex index;

    LocalCountries(DictionaryIndex index) {
        this.index = index;
    }

    private EntityKey storyCountryKey(ArticleContext ctx) {
        return countryKey(ctx.storyCountry());
    }

    /** The country a story is filed from, which hosts its visitors; null when the dateline names none. */
    EntityKey hostCountry(ArticleContext ctx) {
        return storyCountryKey(ctx);
    }

    /**
     * "who is on a working visit to the Kingdom", "who is visiting the country": a visit to "the country" is to the
     * dateline's country, whichever country was named last; that country, else null.
     */
    EntityKey visitedHost(ArticleContext ctx, List<Token> tokens, PatternMatch m) {
        int visit = m.first(); // the visit's verb or noun: "visiting the country", "is on a working visit to the Kingdom"
        while (visit < m.last() && !VISIT_NOUNS.contains(tokens.get(visit).lower())
                && !tokens.get(visit).lower().startsWith("visit")) {
            visit++;
        }
        int after = visit + 1 < tokens.size() && tokens.get(visit + 1).is("to") ? visit + 2 : visit + 1;
        boolean host = after + 1 < tokens.size() && tokens.get(after).is("the")
                && HOST_NOUNS.contains(tokens.get(after + 1).lower());
        return host ? storyCountryKey(ctx) : null;
    }

    /**
     * "who arrived here on Tuesday on a two-day official visit", "who is on a three-day state visit": a visit "here",
     * or one whose place goes unsaid, is to the dateline's country; that country, else null.
     */
    EntityKey visitedHere(ArticleContext ctx, List<Token> tokens, PatternMatch m) {
        if (VISIT_NOUNS.contains(tokens.get(m.last()).lower()) && m.first() + 1 < tokens.size()
                && tokens.get(m.first() + 1).is("on")
                && (m.last() + 1 == tokens.size() || !tokens.get(m.last() + 1).is("to"))) {
            return storyCountryKey(ctx); // "who is on a three-day state visit": where the story is filed from
        }
        for (int k = m.last(); k >= Math.max(0, m.first() - HERE_REACH); k--) { // "who arrived here on Monday"
            if (ClauseWords.CLAUSE_END.contains(tokens.get(k).lower()) && !tokens.get(k).is("who")) {
                return null;
            }
            if (tokens.get(k).is("here")) {
                return storyCountryKey(ctx);
            }
        }
        return null;
    }

    /** What a wire story calls the country it is filed from: "a visit to the Kingdom" from Rabat is to Morocco. */
    private static final Set<String> HOST_NOUNS = Set.of("country", "kingdom", "sultanate", "emirate", "emirates");

    /** The nouns that name a guest's stay abroad. */
    private static final Set<String> VISIT_NOUNS = Set.of("visit", "trip", "tour");

    /** How far before a visit its "here" may stand: "arrived here on Tuesday on a two-day official visit". */
    private static final int HERE_REACH = 10;

    /**
     * Whose police, troops or protesters a sentence speaks of: the country of the place a state or people noun is
     * named by ("a court in Tehran", "supporters in Nairobi"), else the dateline's country, else the country of the
     * place the sentence says they acted in ("Police arrested 20 activists in Minsk" in a story without a dateline).
     */
    EntityKey localCountryKey(ArticleContext ctx, Sentence sentence) {
        return localCountryKey(ctx, sentence, null);
    }

    /**
     * The same for the people an actor acts on: when the dateline's country is named nowhere in the story (a wire
     * desk's city: "Maduro's government arrested an opposition leader" filed from Washington), they are the actor's
     * own people rather than the dateline's.
     */
    /**
     * "Abdramane accused the delegation of" after "a visit by a high-level US delegation": the country of the latest
     * delegation the story named by its country before {@code before}; else null.
     */
    EntityKey namedDelegation(ArticleContext ctx, int before) {
        return namedWith(ctx, before, "delegation");
    }

    /** Nouns of a government that seized or holds power by force, seldom the dateline's own: "the junta accused". */
    static final Set<String> RULER_NOUNS = Set.of("junta", "regime", "putschists");

    /**
     * "the junta accused ECOWAS" after "gave Niger's junta one week", in a story from Abuja: the country the story named
     * with the ruling body {@code noun} before {@code before} ("Niger's junta", "the Malian junta"); else null.
     */
    EntityKey namedRulers(ArticleContext ctx, int before, String noun) {
        return RULER_NOUNS.contains(noun) ? namedWith(ctx, before, noun) : null;
    }

    /** The words after a country that make a body named by {@code noun} its own: "'s junta", " high-level delegation". */
    private static final java.util.Map<String, java.util.regex.Pattern> OWN_BODY_AFTER = java.util.stream.Stream.concat(
            RULER_NOUNS.stream(), java.util.stream.Stream.of("delegation")).collect(java.util.stream.Collectors.toUnmodifiableMap(
                    noun -> noun, noun -> java.util.regex.Pattern.compile(
                            "(?:['’]s)?\\s+(?:[\\p{L}-]+\\s+){0,2}?" + noun + "\\b")));

    /** The country of the latest mention before {@code before} that names {@code noun} as its own within a few words. */
    private EntityKey namedWith(ArticleContext ctx, int before, String noun) {
        java.util.regex.Pattern after = OWN_BODY_AFTER.get(noun);
        EntityKey found = null;
        int latest = -1;
        for (FoundMention m : ctx.table().mentions()) {
            if (m.key() == null || m.key().kind() != EntityKind.COUNTRY || m.end() >= before || m.start() < latest
                    || m.end() > ctx.text().length()) {
                continue;
            }
            String text = ctx.text().substring(m.end(), Math.min(ctx.text().length(), m.end() + 40));
            if (after.matcher(text).lookingAt()) {
                found = m.key();
                latest = m.start();
            }
        }
        return found;
    }

    EntityKey localCountryKey(ArticleContext ctx, Sentence sentence, EntityKey actor) {
        List<Token> tokens = sentence.tokens();
        EntityKey story = storyCountryKey(ctx);
        for (FoundMention mention : ctx.table().mentionsIn(sentence.index())) {
            int in = mention.first() - 1;
            boolean placeOrCountry = mention.key().kind() == EntityKind.LOCATION || mention.key().kind() == EntityKind.COUNTRY;
            if (mention.key().kind() == EntityKind.LOCATION && mention.last() + 1 < tokens.size()
                    && index.isStateNoun(tokens.get(mention.last() + 1).lower())) {
                Place place = index.place(mention.key().name()); // "A Venice court sentenced": the court of Italy
                EntityKey country = place == null ? null : countryKey(place.countryIso3());
                if (country != null) {
                    return country;
                }
            }
            if (!placeOrCountry || in < 0 || !tokens.get(in).is("in")) {
                continue;
            }
            if (in == 0 && mention.last() + 1 < tokens.size() && tokens.get(mention.last() + 1).is(",")
                    && nounSubjectAfter(tokens, mention.last() + 2)) {
                // "In Seoul, police detained 16 university students": the place the sentence opens with is theirs
                Place place = index.place(mention.key().name());
                EntityKey country = countryKey(place != null ? place.countryIso3() : mention.key().countryCode());
                if (country != null) {
                    return country;
                }
            }
            String noun = in > 0 ? tokens.get(in - 1).lower() : "";
            if (mention.key().kind() == EntityKind.COUNTRY && !index.isStateNoun(noun) && !index.isPopulationNoun(noun)) {
                continue; // a country after "in" counts only for "soldiers in Niger", "protesters in Pakistan"
            }
            if (story == null || index.isStateNoun(noun) || index.isPopulationNoun(noun)) {
                Place place = index.place(mention.key().name());
                EntityKey country = countryKey(place != null ? place.countryIso3() : mention.key().countryCode());
                if (country != null) {
                    return country;
                }
            }
        }
        EntityKey namedHere = soleCountryAfterIn(ctx, sentence, story);
        if (namedHere != null) {
            return namedHere; // "called for calm in Mozambique after protesters clashed", filed from Addis Ababa
        }
        String actorCountry = actor == null ? null : actor(ctx.table(), actor).countryCode();
        if (story != null && actorCountry != null && !actorCountry.equals(story.countryCode()) && !named(ctx, story)) {
            return countryKey(actorCountry);
        }
        return story;
    }

    /**
     * Whether the clause after a fronted place opens with a state or people noun as its subject ("police detained",
     * "several hundred protesters gathered"), not with someone named ("State Department spokesman Matthew Miller
     * urged authorities": their authorities are not the place's).
     */
    private boolean nounSubjectAfter(List<Token> tokens, int from) {
        for (int k = from; k < tokens.size() && k < from + 4; k++) {
            String w = tokens.get(k).lower();
            if (!tokens.get(k).isWord() || tokens.get(k).isCapitalised()) {
                return false; // "State Department spokesman", a name
            }
            if (index.isStateNoun(w) || index.isPopulationNoun(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The one country the sentence names after "in", when the story's own country is not named in the sentence: the
     * sentence says where it happens, the dateline only where it was written.
     */
    private EntityKey soleCountryAfterIn(ArticleContext ctx, Sentence sentence, EntityKey story) {
        List<Token> tokens = sentence.tokens();
        EntityKey found = null;
        for (FoundMention mention : ctx.table().mentionsIn(sentence.index())) {
            if (mention.key() == null) {
                continue;
            }
            String country = actor(ctx.table(), mention.key()).countryCode();
            if (story != null && story.countryCode().equals(country)) {
                return null;
            }
            int in = mention.first() - 1;
            if (mention.key().kind() == EntityKind.COUNTRY && in >= 0 && tokens.get(in).is("in")) {
                if (found != null && !found.equals(mention.key())) {
                    return null;
                }
                found = mention.key();
            }
        }
        return found == null ? null : countryKey(found.countryCode());
    }

    /** Whether the story names a country, or a place or actor of it, anywhere in its text. */
    private static boolean named(ArticleContext ctx, EntityKey country) {
        return ctx.table().mentions().stream()
                .anyMatch(m -> m.key() != null && country.countryCode().equals(actor(ctx.table(), m.key()).countryCode()));
    }

    EntityKey countryKey(String iso3) {
        if (iso3 == null) {
            return null;
        }
        Country c = index.country(iso3);
        return c == null ? null : EntityKey.ofCountry(c);
    }

    /**
     * A place as the direct object ("visit Tokyo", "fired shells at Seoul") stands for its country; a place after
     * "in" or "from" only says where, and a place of the source's own country is no partner.
     */
    EntityKey placeObject(ArticleContext ctx, Sentence sentence, List<Token> tokens, PatternMatch m,
            EntityKey source) {
        int object = m.last() + 1;
        if (object < tokens.size() && tokens.get(object).is("to")) {
            object++; // "a visit to Beirut", "sent troops to Kabul"
        } else if (object < tokens.size() && tokens.get(object).is("in")
                && MISSION_NOUNS.contains(tokens.get(m.last()).lower())) {
            object++; // "the closure of the Venezuelan embassy in Bogota": the state it is accredited to
        }
        if (object < tokens.size() && tokens.get(object).is("the")) {
            object++;
        }
        object = pastPartOf(tokens, object);
        for (FoundMention mention : ctx.table().mentionsIn(sentence.index())) {
            if (mention.key().kind() != EntityKind.LOCATION || mention.first() != object) {
                continue;
            }
            return foreignCountryOf(ctx, mention, source);
        }
        return null;
    }

    /** Diplomatic missions (mission-nouns.txt): "embassy", "consulate". */
    private static final Set<String> MISSION_NOUNS = Set.copyOf(Dictionaries.readWords("mission-nouns.txt"));

    /** How many words may name the part of a place before its "of": "the port city of", "the centre of". */
    private static final int PART_WORDS = 2;

    /**
     * "hit the center of Sumy", "struck the port city of Odesa": the place after a part of it named in lower case and
     * "of" (and "the"); else {@code at}.
     */
    private static int pastPartOf(List<Token> tokens, int at) {
        for (int k = at; k < Math.min(tokens.size() - 1, at + PART_WORDS); k++) {
            if (!tokens.get(k).isWord() || tokens.get(k).isCapitalised()) {
                return at;
            }
            if (tokens.get(k + 1).is("of")) {
                int place = k + 2;
                return place < tokens.size() && tokens.get(place).is("the") ? place + 1 : place;
            }
        }
        return at;
    }

    /** The pieces of "d'affaires" after "chargé", however the apostrophe split it. */
    private static final java.util.regex.Pattern AFFAIRES = java.util.regex.Pattern.compile("d|'|’|d['’]?affaires|['’]?affaires");

    /** How far before a passive summons its envoy may stand: "Rwanda's chargé d'affaires in Brussels was also summoned". */
    private static final int SUMMONED_ENVOY_REACH = 10;

    /**
     * Who summoned an envoy when the passive names no one: the state the envoy serves in ("Rwanda's chargé d'affaires
     * in Brussels was summoned"), else the country the story is filed from, which hosts the foreign envoys it
     * summons; null when that is the envoy's own (or there is no envoy before the verb).
     */
    EntityKey summoningHost(ArticleContext ctx, Sentence sentence, List<Token> tokens, int verb, EntityKey envoys) {
        int envoy = -1;
        for (int k = verb - 1; k >= Math.max(0, verb - SUMMONED_ENVOY_REACH) && envoy < 0; k--) {
            if (ClauseWords.CLAUSE_END.contains(tokens.get(k).lower())) {
                return null;
            }
            envoy = ClauseWords.ENVOYS.contains(tokens.get(k).lower()) ? k : -1;
        }
        if (envoy < 0) {
            return null;
        }
        int after = envoy + 1;
        while (after < verb && AFFAIRES.matcher(tokens.get(after).lower()).matches()) {
            after++; // "chargé d'affaires"
        }
        EntityKey host = after + 1 < verb && POSTING.contains(tokens.get(after).lower())
                ? foreignStateNamedAt(ctx, sentence, tokens.get(after + 1).is("the") ? after + 2 : after + 1, envoys)
                : storyCountryKey(ctx);
        return host == null || envoys != null && sameActor(ctx.table(), host, envoys) ? null : host;
    }

    /** Prepositions that name where an envoy serves: "its ambassador in Brasília", "the envoy to Russia". */
    private static final Set<String> POSTING = Set.of("in", "to", "from", "at");

    /**
     * "recalled its ambassador in Brasília", "recalled its envoy to Russia", "recalled its ambassadors to Dublin and
     * Oslo": the states where the envoys serve (a place's state, or the country named), the ones a recall is aimed at,
     * in the order named; empty when the match ends in no envoy.
     */
    List<EntityKey> envoyPosts(ArticleContext ctx, Sentence sentence, List<Token> tokens, PatternMatch m, EntityKey source) {
        // "called its ambassador home from Stockholm": the envoy stands before the word that sends him home
        int envoy = tokens.get(m.last()).is("home") && m.last() > m.first() ? m.last() - 1 : m.last();
        int after = m.last() + 1;
        if (!ClauseWords.ENVOYS.contains(tokens.get(envoy).lower()) || after + 1 >= tokens.size()
                || !POSTING.contains(tokens.get(after).lower())) {
            return List.of();
        }
        List<EntityKey> posts = new java.util.ArrayList<>();
        int at = tokens.get(after + 1).is("the") ? after + 2 : after + 1;
        EntityKey post = foreignStateNamedAt(ctx, sentence, at, source);
        while (post != null && !posts.contains(post)) {
            posts.add(post);
            int next = mentionEnd(ctx, sentence, at) + 1;
            if (next <= 0 || next + 1 >= tokens.size() || !(tokens.get(next).is("and") || tokens.get(next).is(","))) {
                break;
            }
            at = tokens.get(next + 1).is("and") && next + 2 < tokens.size() ? next + 2 : next + 1;
            post = foreignStateNamedAt(ctx, sentence, at, source);
        }
        return posts;
    }

    /** The last token of the mention starting at {@code at}, else -1. */
    private static int mentionEnd(ArticleContext ctx, Sentence sentence, int at) {
        for (FoundMention mention : ctx.table().mentionsIn(sentence.index())) {
            if (mention.first() == at) {
                return mention.last();
            }
        }
        return -1;
    }

    /**
     * A protest is aimed at the government of the place it is held in when that is a foreign one ("staged a protest
     * in Beijing"); at home the place only says where.
     */
    EntityKey foreignPlaceAfter(ArticleContext ctx, Sentence sentence, List<Token> tokens, PatternMatch m,
            EntityKey source) {
        for (FoundMention mention : ctx.table().mentionsIn(sentence.index())) {
            int at = mention.first();
            if (mention.key().kind() != EntityKind.LOCATION || at <= m.last() || at > m.last() + 3
                    || !tokens.get(at - 1).is("in")) {
                continue;
            }
            return foreignCountryOf(ctx, mention, source);
        }
        return null;
    }

    /**
     * How far after an act of violence the "in" of the place it struck may stand: 'strikes on what it called
     * "terrorist hideouts" in Iran's'.
     */
    private static final int STRUCK_PLACE_REACH = 12;
    /** Words before the place a strike hit: "in Erbil", "inside Iran". */
    private static final Set<String> STRUCK_IN = Set.of("in", "inside");

    /**
     * The foreign state an act of violence struck in: the country or place of a country named after "in" in the
     * act's clause ("in Iran's Sistan-Baluchestan province", "in Erbil"); null when there is none or it is the
     * actor's own. The marks of a few words quoted inside the clause ('what it called "terrorist hideouts"') end no
     * clause.
     */
    EntityKey foreignCountryIn(ArticleContext ctx, Sentence sentence, List<Token> tokens, PatternMatch m,
            EntityKey source) {
        boolean quoted = false;
        for (int k = m.last() + 1; k < Math.min(tokens.size() - 1, m.last() + STRUCK_PLACE_REACH); k++) {
            if (tokens.get(k).is("\"") && (quoted || tokens.get(k + 1).isWord() && !tokens.get(k + 1).isCapitalised())) {
                quoted = !quoted;
                continue;
            }
            if (ClauseWords.CLAUSE_END.contains(tokens.get(k).lower())) {
                return null;
            }
            if (!STRUCK_IN.contains(tokens.get(k).lower())) {
                continue;
            }
            return foreignStateNamedAt(ctx, sentence, tokens.get(k + 1).is("the") ? k + 2 : k + 1, source);
        }
        return null;
    }

    /**
     * The state of the place, or the country, named at token {@code at} ("in Erbil", "to Russia"), when it is not the
     * actor's own; else null.
     */
    private EntityKey foreignStateNamedAt(ArticleContext ctx, Sentence sentence, int at, EntityKey source) {
        for (FoundMention mention : ctx.table().mentionsIn(sentence.index())) {
            if (mention.first() != at || mention.key() == null) {
                continue;
            }
            if (mention.key().kind() == EntityKind.LOCATION) {
                return foreignCountryOf(ctx, mention, source);
            }
            String own = actor(ctx.table(), source).countryCode();
            return mention.key().kind() == EntityKind.COUNTRY && !mention.key().countryCode().equals(own)
                    ? mention.key() : null;
        }
        return null;
    }

    /**
     * A protest at home is aimed at the country's own government: the country where it happens when that is the
     * protesters' own (a foreign government protesting from abroad gets no target from the place).
     */
    EntityKey homeGovernment(ArticleContext ctx, Sentence sentence, EntityKey source) {
        EntityKey local = localCountryKey(ctx, sentence);
        String sourceCountry = actor(ctx.table(), source).countryCode();
        return local != null && local.kind() == EntityKind.COUNTRY && sourceCountry != null
                && sourceCountry.equals(actor(ctx.table(), local).countryCode()) ? local : null;
    }

    /**
     * The country named right after the act with "in" ("killed in Ukraine", "killed in Donetsk"), or null where none
     * is, or where it is the actor's own.
     */
    EntityKey countryWhereDone(ArticleContext ctx, Sentence sentence, List<Token> tokens, PatternMatch m, EntityKey actor) {
        return countryWhereDone(ctx, sentence, tokens, m, actor, IN_REACH);
    }

    /** How far after the act its "in" may stand: "killed in Donetsk", "were killed on Monday in Gaza". */
    private static final int IN_REACH = 3;

    /** As above, with "in" up to {@code reach} tokens after the act ("captured the Northeastern Command in Lashio"). */
    EntityKey countryWhereDone(ArticleContext ctx, Sentence sentence, List<Token> tokens, PatternMatch m, EntityKey actor,
            int reach) {
        for (FoundMention mention : ctx.table().mentionsIn(sentence.index())) {
            int at = mention.first();
            if (at <= m.first() || at > m.last() + reach || !tokens.get(at - 1).is("in")
                    || tokens.subList(Math.min(m.last() + 1, at), at).stream().anyMatch(t -> t.is(",") || t.is(";"))) {
                continue;
            }
            EntityKey country = mention.key().kind() == EntityKind.COUNTRY ? mention.key()
                    : mention.key().kind() == EntityKind.LOCATION ? foreignCountryOf(ctx, mention, actor) : null;
            if (country != null && !sameActor(ctx.table(), country, actor)) {
                return country; // past the actor's own ("killed in Israeli strikes in Lebanon")
            }
        }
        return null;
    }

    /**
     * "in the Kursk region, where Ukrainian forces launched an incursion": the country of the place a where-clause the
     * act stands in is about, when it is not the actor's own; else null.
     */
    EntityKey placeBeforeWhere(ArticleContext ctx, Sentence sentence, List<Token> tokens, PatternMatch m, EntityKey source) {
        for (int k = m.first() - 1; k >= 2 && k >= m.first() - WHERE_REACH; k--) {
            if (tokens.get(k).is("where") && tokens.get(k - 1).is(",")) {
                for (FoundMention mention : ctx.table().mentionsIn(sentence.index())) {
                    if (mention.key().kind() == EntityKind.LOCATION && mention.last() == k - 2) {
                        return foreignCountryOf(ctx, mention, source);
                    }
                }
                return null;
            }
            if (tokens.get(k).is(",") || tokens.get(k).is(";") || tokens.get(k).is(".")) {
                return null;
            }
        }
        return null;
    }

    /** How far before the act its where-clause may open: "where Ukrainian forces launched a cross-border incursion". */
    private static final int WHERE_REACH = 8;

    /** The country of a place, or null when it is the source's own: a place at home is no partner. */
    private EntityKey foreignCountryOf(ArticleContext ctx, FoundMention place, EntityKey source) {
        Place known = index.place(place.key().name());
        String iso3 = known != null ? known.countryIso3() : place.key().countryCode();
        EntityKey country = countryKey(iso3);
        // (an armed group or a party acts on its own country's state: "M23 rebels seized Goma")
        return country == null || iso3.equals(actor(ctx.table(), source).countryCode()) && !nonState(source) ? null
                : country;
    }

    /** The object belongs to neither of two coordinated subjects: both act on it. */
    static boolean foreignToBoth(EntityTable table, EntityKey object, EntityKey one, EntityKey other) {
        String country = actor(table, object).countryCode();
        return country == null || !country.equals(actor(table, one).countryCode())
                && !country.equals(actor(table, other).countryCode());
    }

    boolean sameActor(EntityTable table, EntityKey a, EntityKey b) {
        if (a.equals(b)) {
            return true;
        }
        String ca = actor(table, a).countryCode();
        String cb = actor(table, b).countryCode();
        // "Russia ... the Russian Foreign Ministry" is one actor; a state acting on one of its own people is an event
        boolean person = a.kind() == EntityKind.PERSON || b.kind() == EntityKind.PERSON;
        if (person || nonState(a) || nonState(b)) {
            return false; // the Afghan government attacking the Taliban is an event, not one actor
        }
        return ca != null && ca.equals(cb) && (a.kind() == EntityKind.COUNTRY || b.kind() == EntityKind.COUNTRY);
    }

    /** An armed group, a party or another body outside the state: it never merges with its country. */
    boolean nonState(EntityKey key) {
        io.newsflow.extract.engine.dictionary.KnownOrganization known = key.kind() == EntityKind.ORGANIZATION
                ? index.organization(key.name()) : null;
        return known != null && NON_STATE_TYPES.contains(known.type());
    }
}
