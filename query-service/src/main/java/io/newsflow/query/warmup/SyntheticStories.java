package io.newsflow.query.warmup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import io.newsflow.contract.AnalysedArticle;
import io.newsflow.contract.DatePrecision;
import io.newsflow.contract.EntityKind;
import io.newsflow.contract.NewsEvent;

/**
 * Analyses of made-up wire stories, built from the contract's types with what the store and the reads branch on:
 * people, organisations, countries and places (with roles, aliases and mentions), three to seven CAMEO-coded events
 * an article across the four quad classes (dated by day, month or year, or undated; some located, some without a
 * target, some negated), quotes with and without a speaker, articles dated by publication, by dateline or by
 * analysis, texts of a few kilobytes. The same numbers make the same analyses; ids start with {@code idPrefix}, and
 * every country code is {@code countryPrefix} and a digit.
 */
public final class SyntheticStories {
    static final String SOURCE = "Newsflow warm-up";
    /** A made-up word in every text and in some quotes, for the full-text searches: no real article has it. */
    static final String WORD = "quorvane";
    private static final String EXTRACTOR = "newsflow-warm-up";

    private record Country(String name, String capital, double lat, double lon, String alias) {
    }

    private record Person(String name, String role, int country) {
    }

    private record Organisation(String name, int country) {
    }

    /** A CAMEO code with its root, label, quad class and Goldstein value, and how a sentence says it. */
    private record Action(String code, String label, int quadClass, double goldstein, String phrase) {
        String root() {
            return code.substring(0, 2);
        }
    }

    private static final List<Country> COUNTRIES = List.of(
            new Country("Valdoria", "Aldmouth", 48.2, 16.4, "Valdorian"),
            new Country("Morvania", "Karsk", 52.1, 21.0, "Morvanian"),
            new Country("Sarnesse", "Vellin", 44.4, 26.1, null),
            new Country("Tolvar", "Port Sable", 59.3, 18.1, "Tolvari"),
            new Country("Quenmark", "Quenhaven", 55.7, 12.6, null),
            new Country("Kestrel Isles", "Harrow Bay", 35.9, 14.5, "Kestrelian"));
    private static final List<Person> PEOPLE = List.of(
            new Person("Amara Lindqvist", "foreign minister", 0),
            new Person("Teodor Vask", "prime minister", 1),
            new Person("Ines Calloway", "special envoy", 2),
            new Person("Rafe Okonkwo-Marr", "defence minister", 3),
            new Person("Lucia Brandvold", "president", 4),
            new Person("Matthias Orrin", "spokesman", 5),
            new Person("Selin Haverty", "trade minister", 0),
            new Person("Jonas Pelletreau", "chief of staff", 1),
            new Person("Nadia Korsgaard", "ambassador", 2),
            new Person("Émil Strand-Ruiz", "opposition leader", 3));
    private static final List<Organisation> ORGANISATIONS = List.of(
            new Organisation("Littoral Cooperation Council", 0),
            new Organisation("Meridian Trade Compact", 1),
            new Organisation("Valdorian Relief Agency", 0),
            new Organisation("Sarnesse Armed Forces", 2));
    private static final List<Action> ACTIONS = List.of(
            new Action("010", "Make statement", 1, 0.0, "commented on its ties with"),
            new Action("036", "Express intent to meet or negotiate", 1, 4.0, "offered to hold talks with"),
            new Action("042", "Make a visit", 1, 1.9, "paid a visit to"),
            new Action("043", "Host a visit", 1, 2.8, "welcomed a delegation from"),
            new Action("057", "Sign formal agreement", 1, 8.0, "signed a transit accord with"),
            new Action("071", "Provide economic aid", 2, 7.4, "pledged economic aid to"),
            new Action("0841", "Return, release person(s)", 2, 1.9, "handed detained sailors back to"),
            new Action("112", "Accuse", 3, -2.0, "accused"),
            new Action("1312", "Threaten with sanctions, boycott, embargo", 3, -5.8, "threatened sanctions against"),
            new Action("163", "Impose embargo, boycott, or sanctions", 4, -8.0, "imposed an embargo on"),
            new Action("174", "Expel or deport individuals", 4, -5.0, "expelled diplomats of"),
            new Action("190", "Use conventional military force", 4, -10.0, "shelled positions held by"));
    private static final String[] FILLERS = {
        "Officials in %s said the " + WORD + " talks would resume within weeks.",
        "The dispute has weighed on markets in %s since the spring.",
        "Analysts in %s described the mood as cautious but calmer than a month ago.",
        "Local media in %s reported long queues at the main border crossing.",
        "A statement issued in %s gave no further details.",
        "Shipping companies in %s said they were watching the situation closely.",
        "The " + WORD + " question was not on the agenda of the meeting in %s.",
        "Diplomats in %s expect a joint communique by the end of the week." };
    private static final String[] QUOTES = {
        "We will keep every channel open",
        "The " + WORD + " question cannot wait another year",
        "Nobody gains from a longer standoff",
        "Our position has not changed since the summer",
        "We expect answers, not statements" };

    /** What the reads of a warm-up round ask for: an article, an event, a person and filters that find them. */
    public record Targets(String articleId, String reanalysedArticleId, String eventId, String personId,
            String personName, String surname, String country, String cameo, String root, int quadClass,
            LocalDate from, LocalDate to, String location, String source, String word) {
    }

    private final String idPrefix;
    private final String countryPrefix;
    private final Instant firstDay;

    /** Ids start with {@code idPrefix}; country codes are {@code countryPrefix} and a digit. */
    public SyntheticStories(String idPrefix, String countryPrefix, Instant firstDay) {
        this.idPrefix = idPrefix;
        this.countryPrefix = countryPrefix;
        this.firstDay = firstDay;
    }

    /**
     * Analysis number {@code n}; {@code reanalysed}: its second analysis, a day later by another extractor version,
     * which no longer has the first event and has a new one.
     */
    public AnalysedArticle article(int n, boolean reanalysed) {
        Random random = new Random(31L * n + 7);
        String articleId = articleId(n);
        LocalDate day = firstDay.atZone(ZoneOffset.UTC).toLocalDate().plusDays((n * 37L) % 400);
        Instant published = day.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(3_600 + random.nextInt(72_000));
        int placeCountry = random.nextInt(COUNTRIES.size());
        String place = COUNTRIES.get(placeCountry).capital();
        Map<String, NewsEvent.Actor> involved = new LinkedHashMap<>();

        StringBuilder text = new StringBuilder(place.toUpperCase(Locale.ROOT)).append(", ")
                .append(day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)).append(' ')
                .append(day.getDayOfMonth()).append(" (").append(SOURCE).append(") - ");
        List<Sentence> sentences = new ArrayList<>();
        int eventCount = 3 + random.nextInt(5);
        boolean[] eventAt = new boolean[eventCount + 10 + random.nextInt(30)];
        eventAt[0] = true; // the lead: the headline says it
        for (int placed = 1; placed < eventCount;) {
            int at = 1 + random.nextInt(eventAt.length - 1);
            if (!eventAt[at]) {
                eventAt[at] = true;
                placed++;
            }
        }
        String weekday = day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        for (int i = 0; i < eventAt.length; i++) {
            int start = text.length();
            if (eventAt[i]) {
                NewsEvent.Actor source = i == 0 ? person(n % PEOPLE.size()) : actor(random);
                NewsEvent.Actor target = random.nextInt(6) == 0 ? null : actor(random);
                while (target != null && target.entityId().equals(source.entityId())) {
                    target = actor(random);
                }
                Action action = ACTIONS.get(i == 0 ? n % ACTIONS.size() : random.nextInt(ACTIONS.size()));
                String clause = source.name() + " " + action.phrase() + " "
                        + (target == null ? "its neighbours" : target.name());
                sentences.add(new Sentence(clause + " on " + weekday + ", officials in " + place + " said.", start,
                        clause, action, source, target));
                involved.putIfAbsent(source.entityId(), source);
                if (target != null) {
                    involved.putIfAbsent(target.entityId(), target);
                }
            } else {
                String filler = FILLERS[random.nextInt(FILLERS.length)]
                        .formatted(COUNTRIES.get(random.nextInt(COUNTRIES.size())).capital());
                sentences.add(new Sentence(filler, start, null, null, null, null));
            }
            text.append(sentences.get(i).text()).append(' ');
        }
        text.append("Talks on the ").append(WORD).append(" question are due to resume in ").append(place)
                .append(" within the month. ");
        List<AnalysedArticle.Quote> quotes = new ArrayList<>();
        for (int q = random.nextInt(4); q > 0; q--) {
            String quote = QUOTES[random.nextInt(QUOTES.length)];
            int start = text.length() + 1;
            Person speaker = random.nextInt(4) == 0 ? null : PEOPLE.get((n + q) % PEOPLE.size());
            text.append('"').append(quote).append(",\" ")
                    .append(speaker == null ? "an official" : speaker.name()).append(" said. ");
            NewsEvent.Actor speakerActor = speaker == null ? null : person(PEOPLE.indexOf(speaker));
            if (speakerActor != null) {
                involved.putIfAbsent(speakerActor.entityId(), speakerActor);
            }
            quotes.add(new AnalysedArticle.Quote(quote, speakerActor == null ? null
                    : new AnalysedArticle.Speaker(speakerActor.name(), speakerActor.entityId()), start,
                    start + quote.length()));
        }
        String body = text.toString().strip();
        String headline = sentences.get(0).clause();
        String url = "https://warm-up.newsflow.invalid/" + articleId;

        List<NewsEvent> events = new ArrayList<>();
        int eventIndex = 0;
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sentence = sentences.get(s);
            if (sentence.action() == null) {
                continue;
            }
            int k = eventIndex++;
            if (reanalysed && k == 0) {
                continue; // the re-analysis no longer finds it: the store retracts it
            }
            events.add(event(eventId(n, Integer.toString(k)), articleId, sentence, s, day, k, random, headline, url,
                    placeCountry));
        }
        if (reanalysed) {
            Sentence first = sentences.get(0);
            events.add(event(eventId(n, "r"), articleId, new Sentence(first.text(), first.start(), first.clause(),
                    ACTIONS.get((n + 5) % ACTIONS.size()), first.source(), first.target()), 0, day, 0, random, headline,
                    url, placeCountry));
        }

        List<AnalysedArticle.Entity> entities = new ArrayList<>();
        for (NewsEvent.Actor actor : involved.values()) {
            entities.add(new AnalysedArticle.Entity(actor.entityId(), actor.name(), actor.kind(), actor.countryCode(),
                    actor.role() == null ? List.of() : List.of(actor.role()), aliases(actor), mentions(body,
                            actor.name())));
        }
        entities.add(new AnalysedArticle.Entity(idPrefix + "nl" + placeCountry, place, EntityKind.LOCATION,
                countryCode(placeCountry), List.of(), List.of(), mentions(body, place)));

        boolean byDateline = n % 7 == 3;
        boolean byAnalysis = n % 14 == 10;
        AnalysedArticle.Dateline dateline = byAnalysis ? null
                : new AnalysedArticle.Dateline(place.toUpperCase(Locale.ROOT), countryCode(placeCountry), SOURCE,
                        day.toString(), DatePrecision.DAY, 0.9);
        Instant analysedAt = published.plusSeconds(reanalysed ? 86_400 : 90);
        return new AnalysedArticle(AnalysedArticle.SCHEMA_VERSION, articleId, headline,
                n % 3 == 0 ? "Talks on the " + WORD + " question go on" : null, dateline,
                byDateline || byAnalysis ? null : published, "en", SOURCE, url, body, entities, quotes, events,
                random.nextDouble() * 10 - 5, new AnalysedArticle.Extractor(EXTRACTOR, reanalysed ? "2" : "1"),
                analysedAt);
    }

    /** Reads that find rows of the analyses: of article 5 (stored once), article 0 (re-analysed), person 0. */
    public Targets targets() {
        LocalDate first = firstDay.atZone(ZoneOffset.UTC).toLocalDate();
        Action action = ACTIONS.get(7);
        NewsEvent.Actor person = person(0);
        return new Targets(articleId(5), articleId(0), eventId(5, "0"), person.entityId(), person.name(),
                person.name().substring(person.name().lastIndexOf(' ') + 1), countryCode(0), action.code(),
                action.root(), action.quadClass(), first, first.plusDays(400), COUNTRIES.get(0).capital(), SOURCE,
                WORD);
    }

    /** A sentence of the text at {@code start}; an event's also has its clause, action and actors. */
    private record Sentence(String text, int start, String clause, Action action, NewsEvent.Actor source,
            NewsEvent.Actor target) {
    }

    private NewsEvent event(String eventId, String articleId, Sentence sentence, int sentenceIndex, LocalDate day,
            int k, Random random, String headline, String url, int placeCountry) {
        LocalDate date = day.minusDays(random.nextInt(4));
        int precision = (k + random.nextInt(2)) % 5;
        String dated = switch (precision) {
            case 0, 1 -> date.toString();
            case 2 -> date.toString().substring(0, 7);
            case 3 -> Integer.toString(date.getYear());
            default -> null;
        };
        DatePrecision datePrecision = switch (precision) {
            case 0, 1 -> DatePrecision.DAY;
            case 2 -> DatePrecision.MONTH;
            case 3 -> DatePrecision.YEAR;
            default -> null;
        };
        Country located = COUNTRIES.get(placeCountry);
        NewsEvent.Location location = random.nextBoolean() ? null
                : new NewsEvent.Location(located.capital(), countryCode(placeCountry), located.lat(), located.lon());
        Action action = sentence.action();
        return new NewsEvent(NewsEvent.SCHEMA_VERSION, eventId, articleId,
                new NewsEvent.Cameo(action.code(), action.root(), action.label(), action.quadClass(),
                        action.goldstein()),
                sentence.source(), sentence.target(), action.phrase(), random.nextInt(10) == 0, dated, datePrecision,
                location, sentence.text(), sentenceIndex, sentence.start(), sentence.start() + sentence.text().length(),
                0.55 + random.nextInt(40) / 100.0, headline, url, SOURCE);
    }

    private NewsEvent.Actor actor(Random random) {
        int kind = random.nextInt(10);
        return kind < 5 ? person(random.nextInt(PEOPLE.size()))
                : kind < 7 ? organisation(random.nextInt(ORGANISATIONS.size()))
                : country(random.nextInt(COUNTRIES.size()));
    }

    private NewsEvent.Actor person(int index) {
        Person person = PEOPLE.get(index);
        return new NewsEvent.Actor(person.name(), EntityKind.PERSON, countryCode(person.country()),
                idPrefix + "np" + index, person.role());
    }

    private NewsEvent.Actor organisation(int index) {
        Organisation organisation = ORGANISATIONS.get(index);
        return new NewsEvent.Actor(organisation.name(), EntityKind.ORGANIZATION, countryCode(organisation.country()),
                idPrefix + "no" + index, null);
    }

    private NewsEvent.Actor country(int index) {
        return new NewsEvent.Actor(COUNTRIES.get(index).name(), EntityKind.COUNTRY, countryCode(index),
                idPrefix + "nc" + index, null);
    }

    private List<String> aliases(NewsEvent.Actor actor) {
        if (actor.kind() == EntityKind.PERSON) {
            return List.of(actor.name().substring(actor.name().lastIndexOf(' ') + 1));
        }
        if (actor.kind() == EntityKind.COUNTRY) {
            String alias = COUNTRIES.stream().filter(country -> country.name().equals(actor.name())).findFirst()
                    .orElseThrow().alias();
            return alias == null ? List.of() : List.of(alias);
        }
        return List.of();
    }

    private static List<AnalysedArticle.Mention> mentions(String text, String name) {
        List<AnalysedArticle.Mention> mentions = new ArrayList<>();
        for (int at = text.indexOf(name); at >= 0 && mentions.size() < 6; at = text.indexOf(name, at + name.length())) {
            mentions.add(new AnalysedArticle.Mention(at, at + name.length(), name));
        }
        return mentions;
    }

    private String articleId(int n) {
        return idPrefix + n;
    }

    private String eventId(int n, String k) {
        return idPrefix + "e" + n + "-" + k;
    }

    private String countryCode(int index) {
        return countryPrefix + index;
    }
}
