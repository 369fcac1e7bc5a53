package io.newsflow.extract.engine.event;

import java.util.Locale;
import java.util.Set;

import io.newsflow.contract.EntityKind;
import io.newsflow.extract.engine.dictionary.Dictionaries;
import io.newsflow.extract.engine.dictionary.DictionaryIndex;
import io.newsflow.extract.engine.dictionary.KnownOrganization;
import io.newsflow.extract.engine.dictionary.Role;
import io.newsflow.extract.engine.entity.EntityKey;
import io.newsflow.extract.engine.entity.EntityTable;
import io.newsflow.extract.engine.entity.PersonProfile;

/**
 * Who can be the source of a CAMEO event: a state, a government body, an IGO, a party, an armed group, or a person
 * acting in such a role. A company, a newspaper, a sports club, a chief executive or a film star is not, so business,
 * culture and sports stories give no events unless a political actor acts in them.
 */
final class PoliticalActors {
    /** Role categories of roles.tsv that hold no public office: business, media, academia, sport and culture. */
    static final Set<String> NON_POLITICAL_ROLES = Set.of("BUSINESS", "MEDIA", "ACADEMIC", "OTHER");
    /** Organisation types of organizations.tsv that are not political actors. */
    private static final Set<String> NON_POLITICAL_ORGS = Set.of("COMPANY", "AGENCY", "MEDIA", "SPORTS", "SCIENCE");
    /** The international NGOs of igos.tsv, by code: Amnesty, the Red Cross, the CPJ. */
    private static final Set<String> NON_GOVERNMENTAL = Dictionaries.readWords(
            "non-governmental-bodies.txt").stream().map(w -> w.toUpperCase(java.util.Locale.ROOT))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final int MAX_TITLE_WORDS = 4;

    private final DictionaryIndex index;

    PoliticalActors(DictionaryIndex index) {
        this.index = index;
    }

    /** A news outlet or agency the dictionary knows: what is said to it is an interview. */
    boolean outlet(EntityKey key) {
        KnownOrganization known = key.kind() == EntityKind.ORGANIZATION ? index.organization(key.name()) : null;
        return known != null && ("MEDIA".equals(known.type()) || "AGENCY".equals(known.type()));
    }

    boolean canAct(EntityTable table, EntityKey key) {
        if (key.kind() == EntityKind.COUNTRY) {
            return true;
        }
        if (key.kind() == EntityKind.ORGANIZATION) {
            if (key.countryCode() != null && NON_GOVERNMENTAL.contains(key.countryCode())) {
                return false; // "the Committee to Protect Journalists demanded": an NGO speaks for no state
            }
            if (key.countryCode() != null && index.igo(key.countryCode()) != null) {
                return true; // "the Association of Southeast Asian Nations": an IGO, whatever the words of its name
            }
            KnownOrganization known = index.organization(key.name());
            return known == null ? !nonPoliticalByName(key.name()) : !NON_POLITICAL_ORGS.contains(known.type());
        }
        PersonProfile person = table.profile(key);
        if (person == null) {
            return key.kind() == EntityKind.PERSON;
        }
        if (person.affiliation() != null && sportsIgo(person.affiliation())) {
            return false; // "IOC president Juan Antonio Samaranch rose to applaud": a sports body's officer
        }
        if (!index.worldActors(person.name()).isEmpty() || person.affiliation() != null) {
            return true;
        }
        boolean anyTitle = false;
        for (String role : person.roles()) {
            anyTitle |= titleOf(role) != null;
            if (publicOffice(table, role)) {
                // "Bayern president Herbert Hainer": a club's president, whatever bare title he also has
                return person.roles().stream().noneMatch(other -> ofSportsBody(table, other));
            }
        }
        // a person the story names without any title acts only with a country the story gives ("Brazilian Marta
        // Silva"); a bare name ("Ante Kovac fired a late winner") is nobody's actor
        return !anyTitle && person.countryCode() != null;
    }

    /** An intergovernmental body, or a person acting for one: the UN, the EU, CARICOM, the UN chief. */
    boolean international(EntityTable table, EntityKey key) {
        String code = EventExtractor.actor(table, key).countryCode();
        return code != null && index.igo(code) != null && !NON_GOVERNMENTAL.contains(code);
    }

    /** A person the story names with no title and no country: nobody's actor unless their act makes them one. */
    boolean bareName(EntityTable table, EntityKey key) {
        PersonProfile person = key.kind() == EntityKind.PERSON ? table.profile(key) : null;
        return person != null && person.roles().isEmpty() && person.countryCode() == null
                && person.affiliation() == null && index.worldActors(person.name()).isEmpty();
    }

    /**
     * A state, a political body, or a person in public office (a title that is no business, media or sports one, or
     * one the world actors dictionary knows): whom criticism makes a political act.
     */
    boolean holdsPower(EntityTable table, EntityKey key) {
        if (key.kind() != EntityKind.PERSON) {
            return canAct(table, key);
        }
        PersonProfile person = table.profile(key);
        if (person == null) {
            return false;
        }
        return !index.worldActors(person.name()).isEmpty()
                || person.roles().stream().anyMatch(role -> publicOffice(table, role));
    }

    /**
     * A person the story titles only by a private calling (a singer, an athlete, a chief executive) and no world actor:
     * someone a leader may phone or congratulate without that being an act between political actors.
     */
    boolean privatePerson(EntityTable table, EntityKey key) {
        PersonProfile person = key == null || key.kind() != EntityKind.PERSON ? null : table.profile(key);
        if (person == null || person.affiliation() != null || !index.worldActors(person.name()).isEmpty()) {
            return false;
        }
        boolean anyTitle = false;
        for (String role : person.roles()) {
            if (titleOf(role) == null) {
                continue;
            }
            anyTitle = true;
            if (publicOffice(table, role)) {
                return false;
            }
        }
        return anyTitle;
    }

    /** A title of public office: none of business, media, academia or sport, nor a team captain's or a lawyer's. */
    boolean publicOffice(EntityTable table, String role) {
        Role title = titleOf(role);
        return title != null && !NON_POLITICAL_ROLES.contains(title.category()) && !teamCaptain(role)
                && !ofSportsBody(table, role) && !PRIVATE_COUNSEL.contains(title.title());
    }

    /** "GFA President": a title of a sports body of the story, which holds no public office. */
    private boolean ofSportsBody(EntityTable table, String role) {
        if (role.indexOf(' ') < 0) {
            return false; // a title alone names no body
        }
        for (EntityKey key : table.keys()) {
            if (key.kind() == EntityKind.ORGANIZATION && table.namedIn(key, role) && sportsBody(key)) {
                return true;
            }
        }
        return false;
    }

    /** Whether an international body's code is a sports body's: "IOC", "FIFA". */
    private boolean sportsIgo(String code) {
        io.newsflow.extract.engine.dictionary.Igo igo = index.igo(code);
        return igo != null && namedForSport(igo.code() + " " + igo.name());
    }

    /** Whether a body's name holds a game's word: "Ghana Football Association", "International Olympic Committee". */
    private static boolean namedForSport(String name) {
        for (String word : name.toLowerCase(Locale.ROOT).split("[\\s,]+")) {
            if (SPORTS_NAME_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Words of a game's name that make a body a sports body: "Ghana Football Association", "Arsenal FC". */
    private static final Set<String> SPORTS_NAME_WORDS = Set.of("football", "soccer", "cricket", "rugby", "athletics",
            "olympic", "basketball", "tennis", "hockey", "volleyball", "boxing", "fc", "fifa", "uefa");

    /** A sports body, which nothing a state does to it makes an event: "pledged to support the GFA". */
    boolean sportsBody(EntityKey key) {
        if (key == null || key.kind() != EntityKind.ORGANIZATION) {
            return false;
        }
        KnownOrganization known = index.organization(key.name());
        if (known != null) {
            return "SPORTS".equals(known.type());
        }
        return namedForSport(key.name());
    }

    /** Titles of those who rule in court. */
    private static final Set<String> BENCH = Set.of("judge", "justice", "chief justice", "magistrate", "presiding judge");

    /** A judge or a justice, whose "must" in a ruling is reasoning, not an appeal to anyone. */
    boolean judge(EntityTable table, EntityKey key) {
        PersonProfile person = table.profile(key);
        if (person == null) {
            return false;
        }
        for (String role : person.roles()) {
            Role title = titleOf(role);
            if (title != null && BENCH.contains(title.title())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Lawyers who speak for a client, not for a state (a district attorney or an attorney general does): "Weinstein's
     * lawyer Arthur Aidala welcomed the ruling".
     */
    private static final Set<String> PRIVATE_COUNSEL = Set.of("lawyer", "defence lawyer", "defense lawyer",
            "defense attorney", "attorney", "barrister", "solicitor", "counsel");

    /** Last words of names of universities, hospitals, clubs and firms (and company suffixes). */
    private static final Set<String> NON_POLITICAL_NAME_WORDS = nonPoliticalNameWords();

    private static Set<String> nonPoliticalNameWords() {
        Set<String> words = new java.util.HashSet<>(Dictionaries.readWords("non-political-org-words.txt"));
        words.addAll(Dictionaries.readWords("company-suffixes.txt"));
        return Set.copyOf(words);
    }

    /** "Polytechnic University", "Acme Ltd": an organisation the dictionary does not know, named like no political body. */
    static boolean nonPoliticalByName(String name) {
        for (String word : name.toLowerCase(Locale.ROOT).replace(".", "").split("[\\s,]+")) {
            if (NON_POLITICAL_NAME_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The title a stated role ends with: "Celcom Axiata Bhd CEO" is a CEO, "deputy UN envoy" an envoy. */
    /** What a captain commands when he is an officer: "army captain", "navy captain", "Captain" alone. */
    private static final Set<String> MILITARY_CAPTAINS = Set.of("army", "navy", "naval", "military", "police",
            "coast", "guard", "air", "marine", "ship's", "sea", "fleet");

    /** "England captain Harry Kane", "club captain": the captain of a team, not an officer. */
    private static boolean teamCaptain(String role) {
        String[] words = role.toLowerCase(Locale.ROOT).split("\\s+");
        return words.length > 1 && words[words.length - 1].equals("captain")
                && !MILITARY_CAPTAINS.contains(words[words.length - 2]);
    }

    Role titleOf(String role) {
        String[] words = role.toLowerCase(Locale.ROOT).split("\\s+");
        for (int n = Math.min(MAX_TITLE_WORDS, words.length); n >= 1; n--) {
            Role title = index.role(String.join(" ", java.util.Arrays.copyOfRange(words, words.length - n, words.length)));
            if (title != null) {
                return title;
            }
        }
        return null;
    }
}
