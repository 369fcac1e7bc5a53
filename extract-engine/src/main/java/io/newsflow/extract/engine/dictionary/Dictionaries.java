package io.newsflow.extract.engine.dictionary;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every data file the engine reads, loaded once from {@code /dictionaries/} on the classpath. A malformed line
 * fails the load with file and line, so bad data never turns into silently wrong extractions.
 */
public record Dictionaries(
        List<Country> countries,
        List<Igo> igos,
        List<KnownOrganization> organizations,
        List<OrgPattern> orgPatterns,
        List<Role> roles,
        Set<String> roleModifiers,
        List<Place> places,
        Map<String, CameoCode> cameoCodes,
        Map<String, Integer> toneLexicon,
        List<RoleNoun> roleNouns,
        List<GivenName> givenNames,
        Map<String, List<String>> compoundCountryAdjectives,
        Map<String, String> irregularVerbs,
        List<TsvRow> cameoVerbRows,
        List<WorldActor> worldActors,
        Set<String> stateNouns,
        Set<String> speechVerbs,
        Set<String> nounMarkers,
        Set<String> populationNouns,
        Set<String> documentNouns,
        Set<String> orgWords,
        Set<String> outletNouns,
        Set<String> determiners,
        Map<String, String> futureCodes,
        Set<String> companySuffixes,
        Set<String> statementNouns,
        Map<String, String> creditRoles) {

    private static final String DIR = "/dictionaries/";

    public static Dictionaries load() {
        return new Dictionaries(
                readCountries(), readIgos(), readOrganizations(), readOrgPatterns(), readRoles(), readWords("role-modifiers.txt"),
                readPlaces(), readCameoCodes(), readToneLexicon(), readRoleNouns(), readGivenNames(), readCompoundAdjectives(),
                readIrregularVerbs(), TsvSource.read(DIR + "cameo-verbs.tsv", 2), readWorldActors(),
                readWords("state-nouns.txt"), readWords("speech-verbs.txt"),
                readWords("noun-markers.txt"), readWords("population-nouns.txt"),
                readWords("document-nouns.txt"), readWords("org-words.txt"), readWords("outlet-nouns.txt"),
                readWords("determiners.txt"), readFutureCodes(),
                readWords("company-suffixes.txt"), readWords("statement-nouns.txt"),
                readCreditRoles());
    }

    public Country country(String iso3) {
        for (Country c : countries) {
            if (c.iso3().equals(iso3)) {
                return c;
            }
        }
        return null;
    }

    private static List<Country> readCountries() {
        return TsvSource.read(DIR + "countries.tsv", 3).stream().map(r -> {
            String iso3 = r.required(0, "iso3");
            if (!iso3.matches("[A-Z]{3}")) {
                throw r.fail("iso3 must be three capital letters: '" + iso3 + "'");
            }
            return new Country(iso3, r.text(1), r.required(2, "name"), r.values(3), r.values(4), emptyToNull(r.text(5)),
                    r.decimalOrNull(6, "capitalLat"), r.decimalOrNull(7, "capitalLon"), r.values(8));
        }).toList();
    }

    private static List<WorldActor> readWorldActors() {
        return TsvSource.read(DIR + "world-actors.tsv", 6).stream().map(r -> {
            int from = r.integer(4, "from");
            int to = r.text(5).isBlank() ? 0 : r.integer(5, "to");
            if (from < 1900 || to != 0 && to < from) {
                throw r.fail("years held must run forward from 1900 or later: " + from + "-" + to);
            }
            return new WorldActor(r.required(0, "name"), r.values(1), r.required(2, "country"), r.required(3, "role"),
                    from, to);
        }).toList();
    }

    /** The IGO list alone, for readers that need no other data (the gold scorer). */
    public static List<Igo> readIgos() {
        return TsvSource.read(DIR + "igos.tsv", 2).stream()
                .map(r -> new Igo(r.required(0, "code"), r.required(1, "name"), withTitleCaseAcronyms(r.values(2)),
                        emptyToNull(r.text(3))))
                .toList();
    }

    /** How long an acronym must be for its title-case form to be no word of its own ("Nato", not "Au" or "Who"). */
    private static final int TITLE_CASE_ACRONYM = 4;

    /**
     * The aliases with the title-case form of each acronym among them, as British papers print it: "Nato", "Opec",
     * "Unicef", "Ecowas" for NATO, OPEC, UNICEF, ECOWAS.
     */
    static List<String> withTitleCaseAcronyms(List<String> aliases) {
        List<String> all = new java.util.ArrayList<>(aliases);
        for (String alias : aliases) {
            String titleCase = titleCaseAcronym(alias);
            if (titleCase != null && !all.contains(titleCase)) {
                all.add(titleCase);
            }
        }
        return List.copyOf(all);
    }

    /** "Nato" for "NATO": the title-case form of an acronym long enough to be no word of its own, else null. */
    private static String titleCaseAcronym(String name) {
        return name.length() >= TITLE_CASE_ACRONYM && name.chars().allMatch(Character::isUpperCase)
                ? name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT) : null;
    }

    /**
     * The kinds of body whose acronym papers also print in title case ("Nasa", "Isro", "Isis", "Farc", "Umno"); news
     * agencies and banks are left out, whose title-case acronyms are names and words ("Wafa", "Sana", "Sama").
     */
    private static final Set<String> TITLE_CASE_KINDS = Set.of("SCIENCE", "ARMED_GROUP", "PARTY", "SECURITY_SERVICE");

    private static List<KnownOrganization> readOrganizations() {
        return TsvSource.read(DIR + "organizations.tsv", 1).stream()
                .map(r -> {
                    String kind = emptyToNull(r.text(2));
                    List<String> aliases = r.values(1);
                    if (TITLE_CASE_KINDS.contains(kind)) {
                        aliases = withTitleCaseAcronyms(aliases);
                        String printedName = titleCaseAcronym(r.required(0, "name")); // "Nasa" of "NASA"
                        if (printedName != null && !aliases.contains(printedName)) {
                            List<String> all = new java.util.ArrayList<>(aliases);
                            all.add(printedName);
                            aliases = List.copyOf(all);
                        }
                    }
                    return new KnownOrganization(r.required(0, "name"), aliases, kind, emptyToNull(r.text(3)));
                })
                .toList();
    }

    private static List<OrgPattern> readOrgPatterns() {
        return TsvSource.read(DIR + "org-patterns.tsv", 2).stream()
                .map(r -> new OrgPattern(r.required(0, "headNoun"), r.required(1, "canonicalForm"), r.values(2),
                        emptyToNull(r.text(3))))
                .toList();
    }

    private static List<Role> readRoles() {
        return TsvSource.read(DIR + "roles.tsv", 1).stream().map(r -> {
            return new Role(r.required(0, "title").toLowerCase(Locale.ROOT), emptyToNull(r.text(1)), gender(r, 2),
                    emptyToNull(r.text(3)));
        }).toList();
    }

    private static List<Place> readPlaces() {
        return TsvSource.read(DIR + "locations.tsv", 3).stream()
                .map(r -> new Place(r.required(0, "name"), r.values(1), r.required(2, "kind"), emptyToNull(r.text(3)),
                        r.decimalOrNull(4, "lat"), r.decimalOrNull(5, "lon")))
                .toList();
    }

    private static Map<String, CameoCode> readCameoCodes() {
        Map<String, CameoCode> codes = new HashMap<>();
        for (TsvRow r : TsvSource.read(DIR + "cameo-codes.tsv", 4)) {
            String code = r.required(0, "code");
            if (!code.matches("\\d{2,4}")) {
                throw r.fail("CAMEO code must have 2 to 4 digits: '" + code + "'");
            }
            codes.put(code, new CameoCode(code, r.required(1, "label"), r.integer(2, "quadClass"),
                    r.decimalOrNull(3, "goldstein")));
        }
        return Map.copyOf(codes);
    }

    private static Map<String, Integer> readToneLexicon() {
        Map<String, Integer> scores = new HashMap<>();
        for (TsvRow r : TsvSource.read(DIR + "tone-lexicon.tsv", 2)) {
            String score = r.required(1, "score");
            try {
                scores.put(r.required(0, "word").toLowerCase(Locale.ROOT), (int) Math.round(Double.parseDouble(score)));
            } catch (NumberFormatException e) {
                throw r.fail("score is not a number: '" + score + "'");
            }
        }
        return Map.copyOf(scores);
    }

    private static List<RoleNoun> readRoleNouns() {
        return TsvSource.read(DIR + "pronouns-and-role-nouns.tsv", 2).stream()
                .map(r -> new RoleNoun(r.required(0, "noun").toLowerCase(Locale.ROOT), r.required(1, "refersTo"),
                        gender(r, 2)))
                .toList();
    }

    private static List<GivenName> readGivenNames() {
        return TsvSource.read(DIR + "given-names.tsv", 1).stream()
                .map(r -> new GivenName(r.required(0, "name"), gender(r, 1))).toList();
    }

    private static Map<String, List<String>> readCompoundAdjectives() {
        Map<String, List<String>> map = new HashMap<>();
        for (TsvRow r : TsvSource.read(DIR + "country-compounds.tsv", 2)) {
            map.put(r.required(0, "adjective").toLowerCase(Locale.ROOT), r.values(1));
        }
        return Map.copyOf(map);
    }

    private static Map<String, String> readIrregularVerbs() {
        Map<String, String> forms = new HashMap<>();
        for (TsvRow r : TsvSource.read(DIR + "irregular-verbs.tsv", 2)) {
            String lemma = r.required(0, "lemma");
            for (int column = 1; column < r.fields().length; column++) {
                for (String form : r.values(column)) {
                    forms.put(form.toLowerCase(Locale.ROOT), lemma);
                }
            }
        }
        return Map.copyOf(forms);
    }

    private static Map<String, String> readFutureCodes() {
        Map<String, String> codes = new HashMap<>();
        for (TsvRow r : TsvSource.read(DIR + "cameo-future.tsv", 2)) {
            String root = r.required(0, "root");
            String future = r.required(1, "futureCode");
            if (!root.matches("\\d{2,4}") || !future.matches("\\d{3}")) {
                throw r.fail("a CAMEO root or code maps to a three-digit code: '" + root + "' '" + future + "'");
            }
            codes.put(root, future);
        }
        return Map.copyOf(codes);
    }

    private static Map<String, String> readCreditRoles() {
        Map<String, String> roles = new HashMap<>();
        for (TsvRow r : TsvSource.read(DIR + "credits.tsv", 2)) {
            roles.put(r.required(0, "verb").toLowerCase(Locale.ROOT), r.required(1, "role").toLowerCase(Locale.ROOT));
        }
        return Map.copyOf(roles);
    }

    /**
     * The first two columns of a two-column file of {@code /dictionaries/}, as printed (case kept), for static
     * lookups that run without a dictionary index ("Brussels" → EU).
     */
    public static Map<String, String> readPairs(String file, String keyColumn, String valueColumn) {
        Map<String, String> pairs = new HashMap<>();
        for (TsvRow r : TsvSource.read(DIR + file, 2)) {
            pairs.put(r.required(0, keyColumn), r.required(1, valueColumn));
        }
        return Map.copyOf(pairs);
    }

    /**
     * The words of a one-word-a-line file of {@code /dictionaries/}, lower case. Static helpers that run without a
     * dictionary index (name shapes, office matching) read their word lists once with this.
     */
    public static Set<String> readWords(String file) {
        Set<String> words = new HashSet<>();
        for (TsvRow r : TsvSource.read(DIR + file, 1)) {
            words.add(r.required(0, "word").toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(words);
    }

    private static String gender(TsvRow row, int column) {
        String g = row.text(column).toUpperCase(Locale.ROOT);
        if (g.isEmpty()) {
            return null;
        }
        if (!g.equals("M") && !g.equals("F")) {
            throw row.fail("gender must be M, F or empty: '" + g + "'");
        }
        return g;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
