package io.newsflow.extract.engine.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.newsflow.extract.engine.article.YearRange;
import io.newsflow.extract.engine.dictionary.Dictionaries;
import io.newsflow.extract.engine.dictionary.DictionaryIndex;
import io.newsflow.extract.engine.dictionary.Role;
import io.newsflow.extract.engine.dictionary.WorldActor;

/**
 * What the world actors dictionary knows of the people a story names: the country of someone the text gives none
 * ("Putin said" is Russia), and the years in which everyone named with a title held it together ("Vice Premier Li
 * Keqiang" dates a story to 2008–2013).
 */
public final class KnownActors {
    /** Words that make a title a different office from the one without them: a vice premier is no premier. */
    /** "vice", "former": words that make another office of a title. */
    private static final Set<String> QUALIFIERS = Dictionaries.readWords("office-qualifiers.txt");
    /** One office whoever holds it: the dictionary writes "spokesman", wire copy also "spokeswoman". */
    private static final Set<String> SPOKESPERSON = Set.of("spokesman", "spokeswoman", "spokesperson");
    private static final Set<String> STOP_WORDS = Set.of("the", "of", "for", "and", "a", "'s");

    private final DictionaryIndex index;
    /** IGO codes by every name and alias, lower case: "u.n." and "un" are both the UN. */
    private final java.util.Map<String, String> igoByName = new java.util.HashMap<>();

    public KnownActors(DictionaryIndex index) {
        this.index = index;
        for (io.newsflow.extract.engine.dictionary.Igo igo : index.dictionaries().igos()) {
            igoByName.putIfAbsent(igo.code().toLowerCase(Locale.ROOT), igo.code());
            igoByName.putIfAbsent(igo.name().toLowerCase(Locale.ROOT), igo.code());
            igo.aliases().forEach(a -> igoByName.putIfAbsent(a.toLowerCase(Locale.ROOT), igo.code()));
        }
    }

    /**
     * The years in which every person the story names with a title held an office of that title, or null when the
     * story names no such person or the offices never overlap (then the dictionary says nothing reliable).
     */
    public YearRange tenure(EntityTable table, int currentYear) {
        YearRange range = null;
        for (PersonProfile person : table.persons().values()) {
            List<WorldActor> offices = officesByTitle(person);
            if (offices.isEmpty()) {
                continue;
            }
            int from = Integer.MAX_VALUE;
            int to = Integer.MIN_VALUE;
            for (WorldActor office : offices) {
                from = Math.min(from, office.from());
                to = Math.max(to, office.lastYear(currentYear));
            }
            range = new YearRange(from, to).intersect(range);
        }
        return range == null || range.isEmpty() ? null : range;
    }

    /** Gives each person the text leaves without a country the country of the office they held that year. */
    public void completeCountries(EntityTable table, int year) {
        for (PersonProfile person : table.persons().values()) {
            if (person.countryCode() != null) {
                correctByOffice(person, year);
                continue;
            }
            List<WorldActor> offices = officesByTitle(person);
            if (offices.isEmpty()) {
                offices = offices(person);
            }
            WorldActor chosen = null;
            for (WorldActor office : offices) {
                if (chosen == null || office.heldIn(year) && !chosen.heldIn(year)) {
                    chosen = office;
                }
            }
            if (chosen != null && index.country(chosen.country()) != null) {
                person.learn(null, chosen.country(), null);
            } else if (chosen != null) {
                person.affiliate(chosen.country()); // an IGO post is no nationality
            }
            String igo = igoInRoles(person);
            if (igo != null) {
                person.affiliate(igo);
            }
        }
    }

    /**
     * "PUTRAJAYA: ... Prime Minister Lawrence Wong held his first retreat with his Malaysian counterpart": a person the
     * story gave a country by its place alone, whose full name and stated title are an office the dictionary knows held
     * that year in another state, is of that state.
     */
    private void correctByOffice(PersonProfile person, int year) {
        if (person.roles().isEmpty() || person.affiliation() != null || person.name().indexOf(' ') < 0
                || index.worldActors(person.name()).isEmpty()) {
            return; // (most people a story names are nobody the dictionary knows: one lookup tells)
        }
        String held = null;
        for (WorldActor office : officesByTitle(person)) {
            if (!office.heldIn(year) || index.country(office.country()) == null) {
                continue;
            }
            if (held != null && !held.equals(office.country())) {
                return; // two states' offices fit: the dictionary does not tell which
            }
            held = office.country();
        }
        if (held == null && person.roles().stream().anyMatch(this::royal)) {
            // "HRH Prince Salman" told in Washington after "Prince Salman bin Hamad Al Khalifa, the Crown Prince and
            // Prime Minister": a royal the dictionary knows is of his kingdom, whatever title the story gives him
            held = onlyState(index.worldActors(person.name()));
        }
        if (held != null && !held.equals(person.countryCode())) {
            person.replaceCountry(held);
        }
    }

    private boolean royal(String title) {
        Role role = index.role(title.toLowerCase(java.util.Locale.ROOT));
        return role != null && role.royal();
    }

    /** The one state all these offices are of; null when they are of several or of none. */
    private String onlyState(List<WorldActor> offices) {
        String state = null;
        for (WorldActor office : offices) {
            if (index.country(office.country()) == null || state != null && !state.equals(office.country())) {
                return null;
            }
            state = office.country();
        }
        return state;
    }

    /**
     * Whether the story names someone by the title of an office of {@code country} that the dictionary knows them to
     * hold, by full name or by surname alone ("President Duterte" in a Manila paper), and gave them no country or the
     * one {@code guessed} from the story's place: a national outlet's story filed abroad on its own leader's visit.
     */
    public boolean namesOfficeHolderOf(EntityTable table, String country, String guessed) {
        for (PersonProfile person : table.persons().values()) {
            if (person.roles().isEmpty() || person.countryCode() != null && !person.countryCode().equals(guessed)) {
                continue; // (only one the story's place gave the wrong country makes reading the story again worth it)
            }
            List<WorldActor> offices = officesByTitle(person);
            if (offices.isEmpty() && person.name().indexOf(' ') < 0) {
                offices = bySurname(person);
            }
            if (offices.stream().anyMatch(o -> country.equals(o.country()))) {
                return true;
            }
        }
        return false;
    }

    /** The offices of the title the person is given whose holder's family name is the person's one-word name. */
    private List<WorldActor> bySurname(PersonProfile person) {
        return withStatedTitle(person, index.worldActorsBySurname(person.name()));
    }

    /** The IGO a stated role names ("UN Secretary-General", "U.N. relief chief"), or null. */
    private String igoInRoles(PersonProfile person) {
        for (String role : person.roles()) {
            String[] words = role.split("\\s+");
            for (int n = Math.min(4, words.length); n >= 1; n--) {
                for (int i = 0; i + n <= words.length; i++) {
                    String code = igoByName.get(String.join(" ", java.util.Arrays.copyOfRange(words, i, i + n))
                            .toLowerCase(Locale.ROOT));
                    if (code != null && !namedBodyGoesOn(words, i, n)) {
                        return code;
                    }
                }
            }
        }
        return null;
    }

    /**
     * "National Security Council official", "Russian Security Council secretary": a capitalised word before an IGO's
     * short name that is no title ("Deputy UN envoy") makes it the name of a state's own body.
     */
    private boolean namedBodyGoesOn(String[] words, int at, int length) {
        if (at == 0 || words[at - 1].isEmpty() || !Character.isUpperCase(words[at - 1].charAt(0))) {
            return false;
        }
        String before = words[at - 1].toLowerCase(Locale.ROOT);
        boolean title = index.isRoleModifier(before) || index.role(before) != null;
        return !title || index.orgPattern(String.join(" ", java.util.Arrays.copyOfRange(words, at - 1, at + length))) != null;
    }

    /** The offices of the person whose titles match one the story gives them. */
    private List<WorldActor> officesByTitle(PersonProfile person) {
        return withStatedTitle(person, offices(person));
    }

    /** Those of {@code offices} whose title is one the story gives the person. */
    private static List<WorldActor> withStatedTitle(PersonProfile person, List<WorldActor> offices) {
        List<WorldActor> matching = new ArrayList<>();
        for (WorldActor office : offices) {
            for (String role : person.roles()) {
                if (sameOffice(role, office.role()) || sameOffice(role, withoutOwnCode(office))) {
                    matching.add(office);
                    break;
                }
            }
        }
        return matching;
    }

    /**
     * Every office of someone with the person's name; a surname alone counts only if the full names agree. A title
     * that is part of the name the dictionary knows ("Pope Francis", "King Abdullah II") is tried before the name.
     */
    private List<WorldActor> offices(PersonProfile person) {
        List<WorldActor> found = new ArrayList<>();
        for (String role : person.roles()) {
            for (WorldActor office : index.worldActors(role + " " + person.name())) {
                if (!found.contains(office)) {
                    found.add(office);
                }
            }
        }
        for (WorldActor office : index.worldActors(person.name())) {
            String plain = DictionaryIndex.withoutMiddleInitials(person.name()); // "Ferdinand R. Marcos Jr"
            String undynastic = DictionaryIndex.withoutDynasty(plain); // "Salman bin Abdulaziz Al Saud"
            boolean sameName = person.name().indexOf(' ') < 0 || NameMatch.samePerson(plain, office.name())
                    || office.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(plain) || a.equalsIgnoreCase(undynastic));
            if (sameName && !found.contains(office)) {
                found.add(office);
            }
        }
        return found;
    }

    /** "EU foreign policy chief" held for the EU is stated as "the EU's foreign policy chief" or "foreign policy chief". */
    private static String withoutOwnCode(WorldActor office) {
        String prefix = office.country() + " ";
        return office.role().startsWith(prefix) ? office.role().substring(prefix.length()) : office.role();
    }

    /** "Chinese Vice Premier" is the office "Vice Premier", not "Premier": the office's words, and its qualifiers. */
    static boolean sameOffice(String statedRole, String office) {
        Set<String> stated = words(statedRole);
        Set<String> held = words(office);
        if (held.isEmpty() || !stated.containsAll(held)) {
            return false;
        }
        for (String qualifier : QUALIFIERS) {
            if (stated.contains(qualifier) != held.contains(qualifier)) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> words(String role) {
        Set<String> words = new HashSet<>();
        // "U.N. spokesman" is the office "UN spokesman": abbreviations are written with and without dots
        // India's "External Affairs Minister" holds the office other states call "Foreign Minister"
        for (String w : role.toLowerCase(Locale.ROOT).replace("defense", "defence").replace("external affairs", "foreign")
                .replace(".", "").split("[\\s-]+")) {
            if (!w.isBlank() && !STOP_WORDS.contains(w)) {
                words.add(SPOKESPERSON.contains(w) ? "spokesman" : w);
            }
        }
        return words;
    }
}
