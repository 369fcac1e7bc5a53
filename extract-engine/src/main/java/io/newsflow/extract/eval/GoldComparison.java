package io.newsflow.extract.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import io.newsflow.contract.AnalysedArticle;
import io.newsflow.contract.EntityKind;
import io.newsflow.contract.NewsEvent;
import io.newsflow.extract.engine.dictionary.Dictionaries;
import io.newsflow.extract.engine.dictionary.Igo;
import io.newsflow.extract.engine.entity.NameMatch;

/** The matching rules of eval/gold/README.md, field by field, for one article. */
public final class GoldComparison {
    public static final List<String> FIELDS = List.of("dateline", "persons", "person roles", "person countries",
            "organisations", "countries", "quotes", "quote speakers", "events", "event dates");
    /** How gold writes an actor that is no person: a country's ISO3 or an organisation's short code. */
    private static final String GOLD_CODE = "[A-Z0-9]{2,8}";
    /** How gold writes a state that speaks: its ISO3 code. */
    private static final java.util.regex.Pattern ISO3 = java.util.regex.Pattern.compile("[A-Z]{3}");
    private static final Set<String> ROLE_STOP_WORDS = Set.of("the", "of", "a", "an", "'s", "s", "and", "for");

    private GoldComparison() {
    }

    public static Map<String, FieldScore> compare(AnalysedArticle a, GoldArticle g) {
        return compare(a, g, line -> {
        });
    }

    /** Scores the article and tells {@code misses} every gold fact not found and every system fact not in gold. */
    public static Map<String, FieldScore> compare(AnalysedArticle a, GoldArticle g, Consumer<String> misses) {
        Map<String, FieldScore> scores = new LinkedHashMap<>();
        scores.put("dateline", dateline(a, g, misses));
        persons(a, g, scores, misses);
        scores.put("organisations", organisations(a, g, misses));
        scores.put("countries", countries(a, g, misses));
        quotes(a, g, scores, misses);
        events(a, g, scores, misses);
        return scores;
    }

    private static FieldScore dateline(AnalysedArticle a, GoldArticle g, Consumer<String> misses) {
        AnalysedArticle.Dateline d = a.dateline();
        int matched = 0;
        int system = 0;
        if (d != null) {
            String[][] pairs = {{d.place(), g.place()}, {d.agency(), g.agency()}, {d.date(), g.date()}};
            for (String[] p : pairs) {
                // a dateline that prints no place is right to report none
                system += p[0] == null && p[1] != null ? 0 : 1;
                matched += java.util.Objects.equals(p[0], p[1]) ? 1 : 0;
            }
        }
        if (d == null || !java.util.Objects.equals(d.place(), g.place()) || !java.util.Objects.equals(d.agency(), g.agency())
                || !java.util.Objects.equals(d.date(), g.date())) {
            misses.accept("dateline: " + (d == null ? "none" : d.place() + " | " + d.agency() + " | " + d.date())
                    + "  gold: " + g.place() + " | " + g.agency() + " | " + g.date());
        }
        return new FieldScore(matched, system, 3);
    }

    private static void persons(AnalysedArticle a, GoldArticle g, Map<String, FieldScore> scores,
            Consumer<String> misses) {
        List<AnalysedArticle.Entity> system = entities(a, EntityKind.PERSON);
        boolean[] used = new boolean[system.size()];
        int matched = 0;
        int roles = 0;
        int countries = 0;
        for (GoldArticle.Person gp : g.persons()) {
            boolean found = false;
            for (int i = 0; i < system.size() && !found; i++) {
                AnalysedArticle.Entity sp = system.get(i);
                if (!used[i] && NameMatch.samePerson(sp.name(), gp.name())) {
                    used[i] = true;
                    found = true;
                    matched++;
                    boolean roleRight = gp.role() != null && sp.roles().stream().anyMatch(r -> sameRole(r, gp.role()));
                    boolean countryRight = gp.country() != null && gp.country().equals(sp.countryCode());
                    roles += roleRight ? 1 : 0;
                    countries += countryRight ? 1 : 0;
                    if (!roleRight || !countryRight) {
                        misses.accept("person: " + sp.name() + " " + sp.roles() + " " + sp.countryCode() + "  gold: "
                                + gp.name() + " [" + gp.role() + "] " + gp.country());
                    }
                }
            }
            if (!found) {
                misses.accept("person missed: " + gp.name() + " [" + gp.role() + "] " + gp.country());
            }
        }
        for (int i = 0; i < system.size(); i++) {
            if (!used[i]) {
                misses.accept("person extra: " + system.get(i).name() + " " + system.get(i).roles() + " "
                        + system.get(i).countryCode());
            }
        }
        int systemRoles = (int) system.stream().filter(e -> !e.roles().isEmpty()).count();
        int systemCountries = (int) system.stream().filter(e -> e.countryCode() != null).count();
        scores.put("persons", new FieldScore(matched, system.size(), g.persons().size()));
        scores.put("person roles", new FieldScore(roles, systemRoles,
                (int) g.persons().stream().filter(p -> p.role() != null).count()));
        scores.put("person countries", new FieldScore(countries, systemCountries,
                (int) g.persons().stream().filter(p -> p.country() != null).count()));
    }

    /** Roles match when the key words of one contain those of the other ("deputy UN envoy", "UN envoy"). */
    static boolean sameRole(String system, String gold) {
        Set<String> s = keyWords(system);
        Set<String> gw = keyWords(gold);
        return !s.isEmpty() && !gw.isEmpty() && (s.containsAll(gw) || gw.containsAll(s));
    }

    private static Set<String> keyWords(String role) {
        Set<String> words = new HashSet<>(Arrays.asList(normalise(role).split("[\\s-]+")));
        words.removeAll(ROLE_STOP_WORDS);
        words.remove("");
        return words;
    }

    private static FieldScore organisations(AnalysedArticle a, GoldArticle g, Consumer<String> misses) {
        String agency = a.dateline() == null || a.dateline().agency() == null ? "" : normalise(a.dateline().agency());
        String goldAgency = g.agency() == null ? "" : normalise(g.agency());
        List<Set<String>> system = new ArrayList<>();
        for (AnalysedArticle.Entity e : entities(a, EntityKind.ORGANIZATION)) {
            Set<String> names = names(e.name(), e.aliases());
            if (!names.contains(agency) && !names.contains(goldAgency)) {
                system.add(names);
            }
        }
        List<Set<String>> gold = new ArrayList<>();
        for (List<String> o : g.organizations()) {
            Set<String> names = names(o.get(0), o.subList(1, o.size()));
            if (!names.contains(goldAgency)) {
                gold.add(names);
            }
        }
        boolean[] used = new boolean[system.size()];
        int matched = 0;
        for (Set<String> go : gold) {
            boolean found = false;
            for (int i = 0; i < system.size() && !found; i++) {
                if (!used[i] && system.get(i).stream().anyMatch(go::contains)) {
                    used[i] = true;
                    found = true;
                    matched++;
                }
            }
            if (!found) {
                misses.accept("organisation missed: " + go);
            }
        }
        for (int i = 0; i < system.size(); i++) {
            if (!used[i]) {
                misses.accept("organisation extra: " + system.get(i));
            }
        }
        return new FieldScore(matched, system.size(), gold.size());
    }

    private static FieldScore countries(AnalysedArticle a, GoldArticle g, Consumer<String> misses) {
        Set<String> system = new HashSet<>();
        for (AnalysedArticle.Entity e : entities(a, EntityKind.COUNTRY)) {
            if (e.countryCode() != null) {
                system.add(e.countryCode());
            }
        }
        Set<String> gold = new HashSet<>(g.countries());
        Set<String> both = new HashSet<>(system);
        both.retainAll(gold);
        if (!system.equals(gold)) {
            misses.accept("countries: " + new java.util.TreeSet<>(system) + "  gold: " + new java.util.TreeSet<>(gold));
        }
        return new FieldScore(both.size(), system.size(), gold.size());
    }

    private static void quotes(AnalysedArticle a, GoldArticle g, Map<String, FieldScore> scores,
            Consumer<String> misses) {
        List<AnalysedArticle.Quote> system = a.quotes();
        boolean[] used = new boolean[system.size()];
        int matched = 0;
        int speakers = 0;
        int systemSpeakers = 0;
        int goldSpeakers = 0;
        for (GoldArticle.Quote gq : g.quotes()) {
            String start = normalise(gq.startsWith());
            boolean found = false;
            for (int i = 0; i < system.size() && !found; i++) {
                if (!used[i] && normalise(system.get(i).text()).startsWith(start)) {
                    used[i] = true;
                    found = true;
                    matched++;
                    AnalysedArticle.Speaker sp = system.get(i).speaker();
                    systemSpeakers += sp == null ? 0 : 1;
                    goldSpeakers += gq.speaker() == null ? 0 : 1;
                    if (sp != null && gq.speaker() != null && sameSpeaker(sp, gq.speaker(), a, g)) {
                        speakers++;
                    } else {
                        misses.accept("speaker: " + (sp == null ? null : sp.name()) + "  gold: " + gq.speaker() + "  for \""
                                + abbreviate(gq.startsWith()) + "\"");
                    }
                }
            }
            if (!found) {
                misses.accept("quote missed: \"" + abbreviate(gq.startsWith()) + "\" (" + gq.speaker() + ")");
            }
        }
        for (int i = 0; i < system.size(); i++) {
            if (!used[i]) {
                misses.accept("quote extra: \"" + abbreviate(system.get(i).text()) + "\"");
            }
        }
        scores.put("quotes", new FieldScore(matched, system.size(), g.quotes().size()));
        scores.put("quote speakers", new FieldScore(speakers, systemSpeakers, goldSpeakers));
    }

    private static void events(AnalysedArticle a, GoldArticle g, Map<String, FieldScore> scores,
            Consumer<String> misses) {
        List<NewsEvent> system = a.events();
        boolean[] used = new boolean[system.size()];
        int matched = 0;
        int dates = 0;
        for (GoldArticle.Event ge : g.events()) {
            boolean found = false;
            for (int i = 0; i < system.size() && !found; i++) {
                if (!used[i] && eventMatches(system.get(i), ge, g)) {
                    used[i] = true;
                    found = true;
                    matched++;
                    boolean dateRight = ge.date() != null && ge.date().equals(system.get(i).date());
                    dates += dateRight ? 1 : 0;
                    if (!dateRight) {
                        misses.accept("event date: " + system.get(i).date() + "  gold: " + ge.date() + "  for "
                                + describe(system.get(i)));
                    }
                }
            }
            if (!found) {
                misses.accept("event missed: " + ge.source() + " -" + ge.cameoRoot() + "-> " + ge.target() + " " + ge.date());
            }
        }
        for (int i = 0; i < system.size(); i++) {
            if (!used[i]) {
                misses.accept("event extra: " + describe(system.get(i)) + "  in \"" + abbreviate(system.get(i).sentence()) + "\"");
            }
        }
        scores.put("events", new FieldScore(matched, system.size(), g.events().size()));
        scores.put("event dates", new FieldScore(dates, matched, g.events().size()));
    }

    static boolean eventMatches(NewsEvent s, GoldArticle.Event ge, GoldArticle g) {
        if (!s.cameo().root().equals(ge.cameoRoot())) {
            return false;
        }
        boolean direct = actorMatches(s.source(), ge.source(), ge.sourceCountry(), g)
                && (ge.target() == null || actorMatches(s.target(), ge.target(), null, g));
        if (direct || !ge.cameoRoot().equals("04") || ge.target() == null) {
            return direct;
        }
        return actorMatches(s.target(), ge.source(), ge.sourceCountry(), g) && actorMatches(s.source(), ge.target(), null, g);
    }

    /** A code matches the actor's code; a person matches by name or by the person's country. */
    private static boolean actorMatches(NewsEvent.Actor actor, String gold, String goldCountry, GoldArticle g) {
        if (actor == null || gold == null) {
            return false;
        }
        if (oneOrganisation(g, gold, actor.name())) {
            return true; // "FARC" in the gold, "Revolutionary Armed Forces of Colombia" told: one body the gold lists
        }
        if (gold.matches(GOLD_CODE)) {
            return gold.equals(actor.countryCode()) || gold.equals(actor.name())
                    || IgoNames.BY_CODE.getOrDefault(gold, Set.of()).contains(actor.name());
        }
        if (NameMatch.samePerson(actor.name(), gold)) {
            return true;
        }
        String country = goldCountry;
        if (country == null) {
            country = g.persons().stream().filter(p -> NameMatch.samePerson(p.name(), gold) && p.country() != null)
                    .map(GoldArticle.Person::country).findFirst().orElse(null);
        }
        return country != null && country.equals(actor.countryCode());
    }

    /** Whether the gold lists the two names as one organisation's (its name and an alias, or two aliases). */
    private static boolean oneOrganisation(GoldArticle g, String gold, String told) {
        return g.organizations().stream().anyMatch(names -> names.stream().anyMatch(gold::equalsIgnoreCase)
                && names.stream().anyMatch(told::equalsIgnoreCase));
    }

    /**
     * Gold names a UN body by its own code ("UNHCR", "UNSC"); the system names the body and gives its parent's code
     * ("UN") as its country, so the code alone would never match.
     */
    private static final class IgoNames {
        static final Map<String, Set<String>> BY_CODE = byCode();

        private static Map<String, Set<String>> byCode() {
            Map<String, Set<String>> names = new java.util.HashMap<>();
            for (Igo igo : Dictionaries.readIgos()) {
                Set<String> all = new HashSet<>(igo.aliases());
                all.add(igo.name());
                names.put(igo.code(), all);
                // gold may use a printed acronym ("ECJ") where the dictionary's code is another ("CJEU")
                igo.aliases().stream().filter(alias -> alias.matches(GOLD_CODE)).forEach(alias -> names.putIfAbsent(alias, all));
            }
            return names;
        }
    }

    private static String describe(NewsEvent e) {
        return name(e.source()) + " -" + e.cameo().code() + "-> " + name(e.target()) + " " + e.date() + " ("
                + e.actionText() + ")";
    }

    private static String name(NewsEvent.Actor actor) {
        return actor == null ? "-" : actor.name() + (actor.countryCode() == null ? "" : "/" + actor.countryCode());
    }

    private static String abbreviate(String s) {
        return s == null || s.length() <= 70 ? s : s.substring(0, 70) + "...";
    }

    private static List<AnalysedArticle.Entity> entities(AnalysedArticle a, EntityKind kind) {
        return a.entities().stream().filter(e -> e.kind() == kind).toList();
    }

    /**
     * The same speaker: the same person by name, or the same body under any of its names ("Qatari Foreign Ministry"
     * and the gold's "Ministry of Foreign Affairs of Qatar" when either lists the other among its names).
     */
    private static boolean sameSpeaker(AnalysedArticle.Speaker speaker, String gold, AnalysedArticle a, GoldArticle g) {
        if (NameMatch.samePerson(speaker.name(), gold)) {
            return true;
        }
        // a state that speaks is written in gold as events write it, by its ISO3 code ("Moscow said it was "deeply
        // concerned"": RUS)
        if (ISO3.matcher(gold).matches() && a.entities().stream().anyMatch(e -> e.id().equals(speaker.entityId())
                && e.kind() == EntityKind.COUNTRY && gold.equals(e.countryCode()))) {
            return true;
        }
        Set<String> systemNames = new HashSet<>(Set.of(normalise(speaker.name())));
        a.entities().stream().filter(e -> e.id().equals(speaker.entityId()))
                .forEach(e -> systemNames.addAll(names(e.name(), e.aliases())));
        Set<String> goldNames = new HashSet<>(Set.of(normalise(gold)));
        g.organizations().stream().map(o -> names(o.get(0), o.subList(1, o.size())))
                .filter(n -> n.contains(normalise(gold))).forEach(goldNames::addAll);
        return systemNames.stream().anyMatch(goldNames::contains);
    }

    private static Set<String> names(String name, List<String> aliases) {
        Set<String> names = new HashSet<>();
        names.add(normalise(name));
        aliases.forEach(x -> names.add(normalise(x)));
        return names;
    }

    static String normalise(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).replace('\u2019', '\'').replace('\u2018', '\'')
                .replace('\u201C', '"').replace('\u201D', '"').toLowerCase(Locale.ROOT);
        return n.replaceAll("^[\\s\"']+", "").replaceAll("\\s+", " ").strip();
    }
}
