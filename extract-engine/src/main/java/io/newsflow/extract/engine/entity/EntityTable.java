package io.newsflow.extract.engine.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.newsflow.contract.AnalysedArticle;
import io.newsflow.contract.EntityKind;
import io.newsflow.extract.engine.Deadline;

/** The entities of one article as they are found: their mentions, aliases and what is known of each person. */
public final class EntityTable {
    private final List<FoundMention> mentions = new ArrayList<>();
    /** The mentions with a key by sentence, built when first asked for and dropped when a mention changes. */
    private Map<Integer, List<FoundMention>> keyedBySentence;
    private final Map<EntityKey, Set<String>> aliases = new LinkedHashMap<>();
    private final Map<EntityKey, PersonProfile> persons = new LinkedHashMap<>();
    private final Map<String, EntityKey> personByName = new LinkedHashMap<>();
    private final Map<String, EntityKey> abbreviations = new LinkedHashMap<>();
    /** The analysis's deadline: looking a name up compares it with every person known so far. */
    private final Deadline deadline;

    public EntityTable(Deadline deadline) {
        this.deadline = deadline;
    }

    /** An abbreviation the article defines ("Rapid Support Forces (RSF)") wins over the dictionaries' reading of it. */
    void defineAbbreviation(String abbreviation, EntityKey key) {
        abbreviations.putIfAbsent(abbreviation, key);
    }

    EntityKey abbreviation(String surface) {
        return abbreviations.get(surface);
    }

    void add(FoundMention mention, String surface) {
        addMention(mention);
        note(mention.key(), surface);
    }

    /** A pronoun or role noun ("he", "the ministry"): it names no entity, so it adds no alias. */
    void addMention(FoundMention mention) {
        mentions.add(mention);
        keyedBySentence = null;
    }

    /**
     * "Defense Minister Wellington Koo", "Israel Katz", "Duma Boko": a place or a body read inside a person's name
     * [first, last] of a sentence is no mention of it; it goes too when nothing else names it.
     */
    void dropNamesInside(int sentence, int first, int last) {
        List<FoundMention> inside = mentions.stream().filter(m -> m.sentence() == sentence && m.first() >= first
                && m.last() <= last && m.key() != null
                && (m.key().kind() == EntityKind.COUNTRY || m.key().kind() == EntityKind.LOCATION
                        || m.key().kind() == EntityKind.ORGANIZATION)).toList();
        if (inside.isEmpty()) {
            return;
        }
        mentions.removeAll(inside);
        keyedBySentence = null;
        for (FoundMention m : inside) {
            if (mentions.stream().noneMatch(o -> m.key().equals(o.key()))) {
                aliases.remove(m.key());
            }
        }
    }

    /**
     * Whether one of the entity's names, its own or an alias it was written with, stands as whole words in {@code
     * text}: "JCS" in "JCS spokesman", "GFA" in "GFA President".
     */
    public boolean namedIn(EntityKey key, String text) {
        if (wholeWords(text, key.name())) {
            return true;
        }
        for (String alias : aliases.getOrDefault(key, Set.of())) {
            if (wholeWords(text, alias)) {
                return true;
            }
        }
        return false;
    }

    private static boolean wholeWords(String text, String name) {
        if (name.length() < 2) {
            return false;
        }
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int end = at + name.length();
            if ((at == 0 || text.charAt(at - 1) == ' ') && (end == text.length() || text.charAt(end) == ' ')) {
                return true;
            }
        }
        return false;
    }

    /** An entity named only in the headline or subtitle: it exists, but has no mention in the body text. */
    void note(EntityKey key, String surface) {
        Set<String> names = aliases.computeIfAbsent(key, k -> new LinkedHashSet<>());
        if (surface != null && !surface.equals(key.name())) {
            names.add(surface);
        }
    }

    /** The person this candidate names, merging "Zakharova" into "Maria Zakharova". */
    EntityKey person(PersonCandidate c) {
        EntityKey existing = personNamed(c.name());
        if (existing != null && kinOfAnother(persons.get(existing), c)) {
            existing = null; // "President Mnangagwa ... First Lady Auxillia Mnangagwa": two people of one family
        }
        PersonProfile profile;
        EntityKey key;
        if (existing != null) {
            key = existing;
            profile = persons.get(existing);
            profile.lengthenName(c.name());
        } else {
            profile = new PersonProfile(c.name());
            key = null;
        }
        profile.learn(c.role(), c.countryCode(), c.gender());
        if (key == null) {
            key = new EntityKey(EntityKind.PERSON, c.name(), null);
            persons.put(key, profile);
        }
        personByName.put(c.name(), key);
        return key;
    }

    /** Words of a title that make its holder someone's kin: "First Lady", "his wife", "the president's son". */
    private static final java.util.regex.Pattern KIN = java.util.regex.Pattern.compile(
            "(?i)\\b(?:first lady|wife|husband|widow|son|daughter|brother|sister|father|mother|nephew|niece|cousin)\\b");

    /**
     * Whether a surname shared by two titles names two people: one of them is the other's kin ("First Lady Auxillia
     * Mnangagwa" and "President Mnangagwa"), told by its title, while the other holds another title.
     */
    private static boolean kinOfAnother(PersonProfile known, PersonCandidate c) {
        if (known == null || c.role() == null || known.roles().isEmpty() || known.name().equals(c.name())) {
            return false;
        }
        boolean candidateKin = KIN.matcher(c.role()).find();
        boolean knownKin = known.roles().stream().anyMatch(r -> KIN.matcher(r).find());
        return candidateKin != knownKin;
    }

    /** A person already known by this name, its surname or (for names like "Kim Jong-un") its first word. */
    public EntityKey personNamed(String name) {
        EntityKey exact = personByName.get(name);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<EntityKey, PersonProfile> e : persons.entrySet()) {
            deadline.tick();
            if (NameMatch.sameInStory(e.getValue().name(), name)) {
                return e.getKey();
            }
        }
        return null;
    }

    public PersonProfile profile(EntityKey key) {
        return persons.get(key);
    }

    public Map<EntityKey, PersonProfile> persons() {
        return persons;
    }

    public List<FoundMention> mentions() {
        return Collections.unmodifiableList(mentions);
    }

    /** How often the story names each country (by name, demonym or capital), by ISO3 code. */
    public Map<String, Integer> countryMentionCounts() {
        Map<String, Integer> counts = new HashMap<>();
        for (FoundMention m : mentions) {
            if (m.key() != null && m.key().kind() == EntityKind.COUNTRY && m.key().countryCode() != null) {
                counts.merge(m.key().countryCode(), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** Moves everything known under one key to another: a bare "Foreign Ministry" found to be Russia's. */
    public void rekey(EntityKey from, EntityKey to) {
        Set<String> names = aliases.remove(from);
        Set<String> target = aliases.computeIfAbsent(to, k -> new LinkedHashSet<>());
        if (names != null) {
            target.addAll(names);
        }
        if (!from.name().equals(to.name())) {
            target.add(from.name());
        }
        keyedBySentence = null;
        mentions.replaceAll(m -> from.equals(m.key())
                ? new FoundMention(m.sentence(), m.phraseFirst(), m.first(), m.last(), m.start(), m.end(), to, m.how())
                : m);
    }

    public Set<EntityKey> keys() {
        return aliases.keySet();
    }

    void replaceMentions(List<FoundMention> resolved) {
        mentions.clear();
        mentions.addAll(resolved);
        keyedBySentence = null;
    }

    /** The mentions of one sentence that have a key, in their order; asked for per sentence, so indexed once. */
    /**
     * The states named before token {@code token} of sentence {@code sentence} (by name, capital or demonym), each once
     * in the order last named, the latest last.
     */
    public List<EntityKey> statesNamedBefore(int sentence, int token) {
        List<FoundMention> before = new ArrayList<>();
        for (FoundMention m : mentions()) {
            if (m.key() != null && m.key().kind() == EntityKind.COUNTRY
                    && (m.sentence() < sentence || m.sentence() == sentence && m.last() < token)) {
                before.add(m);
            }
        }
        before.sort(Comparator.comparingInt(FoundMention::sentence).thenComparingInt(FoundMention::first));
        List<EntityKey> states = new ArrayList<>();
        for (FoundMention m : before) {
            EntityKey state = finalKey(m.key());
            states.remove(state);
            states.add(state);
        }
        return states;
    }

    public List<FoundMention> mentionsIn(int sentence) {
        if (keyedBySentence == null) {
            keyedBySentence = new HashMap<>();
            for (FoundMention m : mentions) {
                if (m.key() != null) {
                    keyedBySentence.computeIfAbsent(m.sentence(), s -> new ArrayList<>()).add(m);
                }
            }
            keyedBySentence.values().forEach(in -> in.sort(Comparator.comparingInt(FoundMention::first)));
        }
        return Collections.unmodifiableList(keyedBySentence.getOrDefault(sentence, List.of()));
    }

    /** The output entities, with ids; a person's key is final only now that their country is known. */
    public List<AnalysedArticle.Entity> entities(String text) {
        Map<EntityKey, List<AnalysedArticle.Mention>> byKey = new LinkedHashMap<>();
        aliases.keySet().forEach(k -> byKey.put(k, new ArrayList<>()));
        for (FoundMention m : mentions) {
            if (m.key() != null) {
                byKey.computeIfAbsent(m.key(), k -> new ArrayList<>())
                        .add(new AnalysedArticle.Mention(m.start(), m.end(), text.substring(m.start(), m.end())));
            }
        }
        List<AnalysedArticle.Entity> entities = new ArrayList<>();
        for (Map.Entry<EntityKey, List<AnalysedArticle.Mention>> e : byKey.entrySet()) {
            EntityKey key = e.getKey();
            PersonProfile profile = persons.get(key);
            List<String> names = new ArrayList<>(aliases.getOrDefault(key, Set.of()));
            if (profile != null) {
                EntityKey finalKey = finalKey(key);
                names.remove(profile.name());
                entities.add(new AnalysedArticle.Entity(finalKey.id(), profile.name(), EntityKind.PERSON,
                        profile.countryCode(), List.copyOf(profile.roles()), names, e.getValue()));
            } else {
                entities.add(new AnalysedArticle.Entity(key.id(), key.name(), key.kind(), key.countryCode(), List.of(),
                        names, e.getValue()));
            }
        }
        return entities;
    }

    /** The key with the person's fullest name and country, as their id is derived from it. */
    public EntityKey finalKey(EntityKey key) {
        PersonProfile profile = persons.get(key);
        if (profile == null) {
            return key;
        }
        return new EntityKey(EntityKind.PERSON, profile.name(), profile.countryCode());
    }
}
