package io.newsflow.query.load;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.newsflow.contract.AnalysedArticle;
import io.newsflow.contract.ContractFixtures;
import io.newsflow.contract.DatePrecision;
import io.newsflow.contract.EntityKind;
import io.newsflow.contract.NewsEvent;

/**
 * Realistic analyses for load tests: wire stories about a few hundred people, organisations and
 * countries, each with about five CAMEO-coded events built from sentence templates, quotes and
 * dates spread over five years. Seeded, so two runs make the same data.
 */
public final class SyntheticAnalyses {
    public static final String[] SOURCES = { "TASS", "Reuters", "AP", "AFP", "Xinhua", "BBC", "Al Jazeera", "DW" };
    public static final String[] COUNTRIES = { "RUS", "USA", "CHN", "FRA", "GBR", "DEU", "UKR", "PRK", "KOR", "JPN",
            "IRN", "ISR", "SYR", "TUR", "IND", "PAK", "BRA", "MEX", "EGY", "SAU", "NGA", "ZAF", "ITA", "ESP", "POL",
            "CAN", "AUS", "IRQ", "AFG", "VEN" };
    public static final String[] COUNTRY_NAMES = { "Russia", "United States", "China", "France", "United Kingdom",
            "Germany", "Ukraine", "North Korea", "South Korea", "Japan", "Iran", "Israel", "Syria", "Turkey", "India",
            "Pakistan", "Brazil", "Mexico", "Egypt", "Saudi Arabia", "Nigeria", "South Africa", "Italy", "Spain",
            "Poland", "Canada", "Australia", "Iraq", "Afghanistan", "Venezuela" };
    private static final String[] FIRST = { "Sergei", "Maria", "John", "Li", "Anna", "Ahmed", "Olga", "Pierre",
            "Hans", "Yuki", "Carlos", "Fatima", "Igor", "Emma", "Wei", "Omar", "Elena", "James", "Aisha", "Viktor" };
    private static final String[] LAST = { "Lavrov", "Petrova", "Smith", "Wang", "Schmidt", "Haddad", "Ivanova",
            "Dubois", "Tanaka", "Garcia", "Khan", "Novak", "Rossi", "Kim", "Sato", "Mueller", "Jones", "Chen",
            "Popescu", "Nasser", "Kowalski", "Silva", "Okafor", "Cohen", "Yilmaz" };
    private static final String[] ORGANISATIONS = { "UN Security Council", "NATO", "European Union", "OPEC",
            "World Health Organization", "IAEA", "African Union", "World Bank", "IMF", "Red Cross" };
    private static final String[] ORGANISATION_CODES = { "UNSC", "NATO", "EU", "OPEC", "WHO", "IAEA", "AU", "WB",
            "IMF", "IRC" };
    private static final String[][] CITIES = { { "Moscow", "RUS" }, { "Washington", "USA" }, { "Beijing", "CHN" },
            { "Paris", "FRA" }, { "London", "GBR" }, { "Berlin", "DEU" }, { "Kyiv", "UKR" }, { "Geneva", "CHE" },
            { "Vienna", "AUT" }, { "Brussels", "BEL" }, { "Damascus", "SYR" }, { "Tehran", "IRN" },
            { "Ankara", "TUR" }, { "Cairo", "EGY" }, { "New York", "USA" } };
    /** CAMEO code, sentence template (source, target, place) and a word the search uses. */
    private static final String[][] EVENTS = {
            { "010", "%s said in a statement on the situation with %s in %s." },
            { "012", "%s warned of a grim outlook for relations with %s during remarks in %s." },
            { "020", "%s appealed to %s to show restraint, speaking in %s." },
            { "0211", "%s called on %s for economic cooperation at a forum in %s." },
            { "036", "%s said it was ready to meet %s for negotiations in %s." },
            { "040", "%s held consultations with %s in %s." },
            { "041", "%s discussed the crisis by telephone with %s from %s." },
            { "042", "%s arrived in %s's capital for talks, a visit that began in %s." },
            { "043", "%s hosted %s for a state visit in %s." },
            { "046", "%s negotiated with %s on a ceasefire in %s." },
            { "051", "%s praised %s for its efforts at the summit in %s." },
            { "057", "%s signed an agreement with %s on trade and energy in %s." },
            { "061", "%s agreed to cooperate economically with %s, officials in %s said." },
            { "071", "%s provided economic aid to %s, the ministry in %s announced." },
            { "073", "%s sent humanitarian aid to %s through %s." },
            { "090", "%s launched an investigation into %s, prosecutors in %s said." },
            { "111", "%s criticized %s over its policy, speaking in %s." },
            { "112", "%s accused %s of violating the agreement, a spokesman in %s said." },
            { "128", "%s defied international norms and %s condemned it in %s." },
            { "130", "%s threatened %s with consequences at a briefing in %s." },
            { "1312", "%s threatened to impose sanctions on %s, diplomats in %s said." },
            { "141", "Supporters of %s rallied against %s in the streets of %s." },
            { "163", "%s imposed sanctions on %s over the dispute, announced in %s." },
            { "161", "%s broke off diplomatic relations with %s, recalling its envoy from %s." },
            { "173", "%s arrested and charged supporters of %s in %s." },
            { "174", "%s expelled diplomats of %s from %s." },
            { "190", "%s used military force against %s near %s." },
            { "193", "Forces of %s fought with %s outside %s." },
            { "195", "%s carried out air strikes against %s in %s." } };
    private static final String[] QUOTES = { "We will not accept any attempts to dictate terms to us",
            "Sanctions have never solved any problem", "The dialogue must continue", "This is a dangerous escalation",
            "We are open to cooperation on an equal footing", "The agreement is a step in the right direction" };

    private final Random random;
    private final List<NewsEvent.Actor> people = new ArrayList<>();
    private final List<NewsEvent.Actor> organisations = new ArrayList<>();
    private final List<NewsEvent.Actor> countries = new ArrayList<>();

    public SyntheticAnalyses(long seed) {
        random = new Random(seed);
        for (String last : LAST) {
            for (String first : FIRST) {
                people.add(ContractFixtures.actor(EntityKind.PERSON, first + " " + last, pick(COUNTRIES)));
            }
        }
        for (int i = 0; i < ORGANISATIONS.length; i++) {
            organisations.add(ContractFixtures.actor(EntityKind.ORGANIZATION, ORGANISATIONS[i], ORGANISATION_CODES[i]));
        }
        for (int i = 0; i < COUNTRIES.length; i++) {
            countries.add(ContractFixtures.actor(EntityKind.COUNTRY, COUNTRY_NAMES[i], COUNTRIES[i]));
        }
    }

    public List<NewsEvent.Actor> people() {
        return people;
    }

    /** Article number {@code n}: distinct headline and text, so a distinct id. */
    public AnalysedArticle article(int n) {
        LocalDate day = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(5 * 365));
        Instant published = day.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(random.nextInt(86_400));
        NewsEvent.Actor lead = random.nextInt(3) == 0 ? pick(organisations) : pick(people);
        NewsEvent.Actor other = pick(countries);
        String[] lead_event = pick(EVENTS);
        String[] city = pick(CITIES);
        String headline = lead_event[1].formatted(lead.name(), other.name(), city[0]).replaceAll("\\.$", "")
                + " (" + n + ")";
        var builder = ContractFixtures.article(headline).source(pick(SOURCES)).publishedAt(published)
                .datelineCountry(city[1]).analysis("1.0", published.plusSeconds(60));
        StringBuilder text = new StringBuilder(city[0].toUpperCase() + ", " + day + " (" + pick(SOURCES) + ") - ");
        List<NewsEvent.Actor> involved = new ArrayList<>(List.of(lead, other));
        int events = 3 + random.nextInt(5);
        for (int i = 0; i < events; i++) {
            String[] template = i == 0 ? lead_event : pick(EVENTS);
            NewsEvent.Actor source = i == 0 ? lead : pickActor();
            NewsEvent.Actor target = random.nextInt(6) == 0 ? null : i == 0 ? other : pickActor();
            String[] place = pick(CITIES);
            String sentence = template[1].formatted(source.name(), target == null ? "the public" : target.name(),
                    place[0]);
            text.append(sentence).append(' ');
            int precision = random.nextInt(20);
            LocalDate date = day.minusDays(random.nextInt(4));
            builder.event(template[0], source, target,
                    precision == 0 ? Integer.toString(date.getYear()) : precision < 4 ? date.toString().substring(0, 7)
                            : date.toString(),
                    precision == 0 ? DatePrecision.YEAR : precision < 4 ? DatePrecision.MONTH : DatePrecision.DAY,
                    random.nextBoolean() ? new NewsEvent.Location(place[0], place[1], 40 + random.nextDouble() * 10,
                            random.nextDouble() * 40) : null,
                    sentence);
            involved.add(source);
            if (target != null) {
                involved.add(target);
            }
        }
        involved.stream().distinct().forEach(actor -> builder.entity(actor.kind(), actor.name(), actor.countryCode()));
        for (int i = random.nextInt(3); i > 0; i--) {
            NewsEvent.Actor speaker = pick(people);
            String quote = pick(QUOTES);
            text.append('"').append(quote).append(",\" said ").append(speaker.name()).append(". ");
            builder.quote(quote, speaker.name(), speaker.entityId(), text.length());
        }
        return builder.text(text.toString()).build();
    }

    private NewsEvent.Actor pickActor() {
        int kind = random.nextInt(10);
        return kind < 5 ? pick(people) : kind < 7 ? pick(organisations) : pick(countries);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
