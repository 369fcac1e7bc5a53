package io.newsflow.extract.engine.dictionary;

import io.newsflow.extract.engine.nlp.TextNormaliser;
import io.newsflow.extract.engine.nlp.Token;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Lookups by key over the loaded dictionaries, built once. */
public final class DictionaryIndex {
    private final Dictionaries dictionaries;
    private final Map<String, Country> countries = new HashMap<>();
    private final Map<String, Igo> igos = new HashMap<>();
    private final Map<String, KnownOrganization> organizations = new HashMap<>();
    private final Map<String, OrgPattern> orgPatterns = new HashMap<>();
    private final Map<String, Place> places = new HashMap<>();
    /** The roles.tsv categories of offices held in a state's name. */
    private static final Set<String> STATE_ROLE_CATEGORIES = Set.of("HEAD_OF_STATE", "HEAD_OF_GOVERNMENT", "MINISTER",
            "DIPLOMAT", "SPOKESPERSON", "LEGISLATOR", "MILITARY", "JUDICIAL", "OFFICIAL");
    private final Map<String, Role> roles = new HashMap<>();
    /** The demonyms that name a country's people in the plural, lower case: "germans", "palestinians". */
    private final java.util.Set<String> peoples = new java.util.HashSet<>();
    private final Map<String, GivenName> givenNames = new HashMap<>();
    private final Map<String, RoleNoun> roleNouns = new HashMap<>();
    private final java.util.Set<String> roleNounFirstWords = new java.util.HashSet<>();
    private final Map<String, List<WorldActor>> worldActors = new HashMap<>();
    /** World actors by the last word of their name, lower case: "duterte". */
    private final Map<String, List<WorldActor>> worldActorsBySurname = new HashMap<>();

    public DictionaryIndex(Dictionaries d) {
        this.dictionaries = d;
        d.countries().forEach(c -> countries.put(c.iso3(), c));
        d.countries().forEach(c -> c.demonyms().stream().filter(n -> n.endsWith("s"))
                .forEach(n -> peoples.add(n.toLowerCase(Locale.ROOT))));
        d.igos().forEach(i -> igos.put(i.code(), i));
        d.organizations().forEach(o -> organizations.put(o.name(), o));
        d.orgPatterns().forEach(p -> orgPatterns.put(p.headNoun(), p));
        d.places().forEach(p -> places.put(p.name(), p));
        d.roles().forEach(r -> roles.put(r.title(), r));
        d.givenNames().forEach(g -> givenNames.put(g.name().toLowerCase(Locale.ROOT), g));
        for (WorldActor a : d.worldActors()) {
            worldActors.computeIfAbsent(a.name().toLowerCase(Locale.ROOT), k -> new java.util.ArrayList<>()).add(a);
            String surname = a.name().substring(a.name().lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
            worldActorsBySurname.computeIfAbsent(surname, k -> new java.util.ArrayList<>()).add(a);
            String untitled = withoutRoyalTitle(a.name());
            if (untitled != null) {
                // "King Hamad bin Isa Al Khalifa" is printed "Hamad bin Isa Al Khalifa" after "His Majesty"
                List<WorldActor> holders = worldActors.computeIfAbsent(untitled.toLowerCase(Locale.ROOT),
                        k -> new java.util.ArrayList<>());
                if (!holders.contains(a)) {
                    holders.add(a);
                }
            }
            if (a.name().contains(".")) {
                // "S. Jaishankar" is printed "S Jaishankar" as often
                worldActors.computeIfAbsent(undotted(a.name()), k -> new java.util.ArrayList<>()).add(a);
            }
            for (String alias : a.aliases()) {
                List<WorldActor> holders = worldActors.computeIfAbsent(alias.toLowerCase(Locale.ROOT),
                        k -> new java.util.ArrayList<>());
                if (!holders.contains(a)) {
                    holders.add(a);
                }
            }
        }
        d.roleNouns().forEach(r -> roleNouns.put(r.noun(), r));
        d.roleNouns().forEach(r -> roleNounFirstWords.add(r.noun().split(" ")[0]));
    }

    public Dictionaries dictionaries() {
        return dictionaries;
    }

    /**
     * A world actor's name without the royal title (roles.tsv) that opens it in the dictionary, when at least two
     * words stay ("King Hamad bin Isa Al Khalifa", "Sheikh Mohammed bin Zayed Al Nahyan"); else null.
     */
    private String withoutRoyalTitle(String name) {
        String[] words = name.split(" ");
        for (int n = Math.min(2, words.length - 2); n >= 1; n--) {
            Role title = roles.get(String.join(" ", java.util.Arrays.copyOf(words, n)).toLowerCase(Locale.ROOT));
            if (title != null && title.royal()) {
                return String.join(" ", java.util.Arrays.copyOfRange(words, n, words.length));
            }
        }
        return null;
    }

    /** A Gulf dynasty's name closing a royal's name: "Salman bin Abdulaziz Al Saud". */
    private static final java.util.regex.Pattern DYNASTY = java.util.regex.Pattern.compile(" (?:Al|Al-|al) ?\\p{Lu}[\\p{L}-]+$");

    /** Every office held by someone of this name or alias (any case), empty when the name is unknown. */
    /** First names that copy prints before a well-known name or drops: "Muhammad Nawaz Sharif", "Syed Yousuf Raza Gilani". */
    private static final java.util.Set<String> NAME_PREFIXES = java.util.Set.of("muhammad", "mohammad", "mohammed",
            "mohamed", "muhammed", "syed", "sayyid", "mian", "haji", "hajji");

    /** Every office held by someone whose name ends in this one word (any case), empty when none. */
    public List<WorldActor> worldActorsBySurname(String surname) {
        return worldActorsBySurname.getOrDefault(surname.toLowerCase(Locale.ROOT), List.of());
    }

    public List<WorldActor> worldActors(String name) {
        List<WorldActor> found = worldActors.get(name.toLowerCase(Locale.ROOT));
        if (found == null && !withoutDynasty(name).equals(name)) {
            // "Salman bin Abdulaziz Al Saud" is the dictionary's "Salman bin Abdulaziz" with his dynasty's name
            found = worldActors.get(withoutDynasty(name).toLowerCase(Locale.ROOT));
        }
        int space = name.indexOf(' ');
        if (found == null && space > 0 && NAME_PREFIXES.contains(name.substring(0, space).toLowerCase(Locale.ROOT))
                && name.indexOf(' ', space + 1) > 0) {
            // "Muhammad Nawaz Sharif" is the dictionary's "Nawaz Sharif": a first name many of a region bear, which
            // copy prints or drops
            found = worldActors.get(name.substring(space + 1).toLowerCase(Locale.ROOT));
        }
        // (most names looked up are nobody's: only a name with a full stop is tried again without it, and then
        // without its middle initials: "Ferdinand R. Marcos Jr." is the dictionary's "Ferdinand Marcos Jr.")
        if (found != null || name.indexOf('.') < 0) {
            return found != null ? found : List.of();
        }
        found = worldActors.get(undotted(name));
        return found != null ? found : worldActors.getOrDefault(undotted(withoutMiddleInitials(name)), List.of());
    }

    /** "Salman bin Abdulaziz Al Saud" as "Salman bin Abdulaziz": a Gulf royal's name without his dynasty's. */
    public static String withoutDynasty(String name) {
        return name.contains(" bin ") ? DYNASTY.matcher(name).replaceFirst("") : name;
    }

    /** "Ferdinand R. Marcos Jr" as "Ferdinand Marcos Jr": a name without the initials between its first and last word. */
    public static String withoutMiddleInitials(String name) {
        return MIDDLE_INITIALS.matcher(name).replaceAll(" ");
    }

    /** Capital letters, with or without a full stop, between two words of a name: " R. ", " H. W. ". */
    private static final java.util.regex.Pattern MIDDLE_INITIALS = java.util.regex.Pattern.compile(
            "(?<=\\S) (?:\\p{Lu}\\.? )+(?=\\S)");

    /** "S. Jaishankar" and "S Jaishankar" alike: lower case, initials without their full stops. */
    private static String undotted(String name) {
        return name.toLowerCase(Locale.ROOT).replace(".", "").replace("  ", " ").strip();
    }

    /** Whether the word, as written and lower case, is a verb of saying ("said", "told", "remarked"). */
    public boolean isSpeechVerb(String lower) {
        return dictionaries.speechVerbs().contains(lower);
    }

    /**
     * The code an event of this CAMEO code takes when it is told in the future (cooperation becomes intent, conflict
     * a threat): a row for the code itself first ("will call on supporters to march", 113, is a threat of dissent,
     * 133), else the row of its root; null when it keeps its code.
     */
    public String futureCode(String code, String root) {
        String own = dictionaries.futureCodes().get(code);
        return own != null ? own : dictionaries.futureCodes().get(root);
    }

    /** Whether a one-word verb pattern right after this word is a noun: "the attack", "a jail sentence". */
    public boolean isNounMarker(String lower) {
        return dictionaries.nounMarkers().contains(lower);
    }

    /** Whether a country's possessive before this noun makes the country act: "China's government", "Iran's army". */
    /** "resolution", "deal": a text that a participle after it may describe. */
    public boolean isDocumentNoun(String lower) {
        return dictionaries.documentNouns().contains(lower);
    }

    /** "Ministry", "Front", "Markets": a word that ends an organisation's name. */
    public boolean isOrgWord(String lower) {
        return dictionaries.orgWords().contains(lower);
    }

    /** "newspaper", "news agency": the number of words of the kind of outlet at tokens[at], 0 when none is there. */
    public int outletNounLength(List<Token> tokens, int at) {
        if (at < tokens.size() && dictionaries.outletNouns().contains(tokens.get(at).text())) {
            return 1;
        }
        return at + 1 < tokens.size()
                && dictionaries.outletNouns().contains(tokens.get(at).text() + " " + tokens.get(at + 1).text()) ? 2 : 0;
    }

    /** "protesters", "civilians": people of the story's place when no country is named for them. */
    public boolean isPopulationNoun(String lower) {
        return dictionaries.populationNouns().contains(lower);
    }

    /** Whether a word, in lower case, names a country's people in the plural: "germans", "palestinians". */
    public boolean isPeople(String lower) {
        return peoples.contains(lower);
    }

    /** Places that seat international bodies (igo-datelines.txt), whose officials come from everywhere. */
    private static final Set<String> IGO_SEATS = Set.copyOf(Dictionaries.readWords("igo-datelines.txt"));

    /** Whether a place, in lower case, seats international bodies: "united nations", "brussels", "geneva". */
    public boolean isIgoSeat(String lower) {
        return IGO_SEATS.contains(lower);
    }

    /**
     * A noun that acts for a state: state-nouns.txt, or a title of a state office (a minister, a general, a judge).
     * A gunman, a bomber or a rebel holds a role of roles.tsv too, but acts for no state.
     */
    public boolean isStateNoun(String lower) {
        if (dictionaries.stateNouns().contains(lower)) {
            return true;
        }
        Role role = roles.get(lower);
        return role != null && STATE_ROLE_CATEGORIES.contains(role.category());
    }

    public Country country(String iso3) {
        return countries.get(iso3);
    }

    public Igo igo(String code) {
        return igos.get(code);
    }

    public KnownOrganization organization(String name) {
        return organizations.get(name);
    }

    public OrgPattern orgPattern(String head) {
        return orgPatterns.get(head);
    }

    public Place place(String name) {
        return places.get(name);
    }

    public Role role(String title) {
        return roles.get(title);
    }

    /** The given name, looked up as printed and then without its letters' marks ("María" is the "Maria" listed). */
    public GivenName givenName(String lower) {
        GivenName known = givenNames.get(lower);
        return known != null ? known : givenNames.get(TextNormaliser.withoutMarks(lower));
    }

    public RoleNoun roleNoun(String lower) {
        return roleNouns.get(lower);
    }

    /** Whether a pronoun or role noun can start with this word: most words need no phrase lookup. */
    public boolean startsRoleNoun(String lower) {
        return roleNounFirstWords.contains(lower);
    }

    public boolean isRoleModifier(String lower) {
        return dictionaries.roleModifiers().contains(lower);
    }

    public List<String> compoundCountries(String lower) {
        return dictionaries.compoundCountryAdjectives().get(lower);
    }

    /** The adjective that forms organisation names: "Russian" for RUS, the country name when there is none. */
    public String adjective(String iso3) {
        Country c = countries.get(iso3);
        if (c == null) {
            return iso3;
        }
        String demonym = c.demonyms().isEmpty() ? c.name() : c.demonyms().get(0);
        // "New Zealander", "Luxembourger" name a person: the state's bodies take the country's name ("New Zealand
        // government")
        return demonym.startsWith(c.name()) && demonym.endsWith("er") ? c.name() : demonym;
    }
}
