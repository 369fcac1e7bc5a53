package io.newsflow.contract;

import java.time.Instant;
import java.util.List;

import io.newsflow.contract.AnalysedArticle.Dateline;
import io.newsflow.contract.AnalysedArticle.Entity;
import io.newsflow.contract.AnalysedArticle.Extractor;
import io.newsflow.contract.AnalysedArticle.Mention;
import io.newsflow.contract.AnalysedArticle.Quote;
import io.newsflow.contract.AnalysedArticle.Speaker;
import io.newsflow.contract.NewsEvent.Actor;
import io.newsflow.contract.NewsEvent.Cameo;

/**
 * Sample payloads as the services produce them. Shipped as the contract's test jar, so every
 * module's tests build their records in one place.
 */
public final class ContractFixtures {
    public static final String HEADLINE = "UN Security Council expands sanctions on North Korea";
    public static final String TEXT = "UN, June 3. /TASS/. The UN Security Council has unanimously passed a resolution "
            + "to expand sanctions against North Korea.";
    public static final String ARTICLE_ID = ArticleIds.articleId(HEADLINE, TEXT);

    private ContractFixtures() {
    }

    public static RawArticle rawArticle() {
        return new RawArticle(RawArticle.SCHEMA_VERSION, ARTICLE_ID, Instant.parse("2017-06-03T12:00:00Z"), "TASS",
                "https://tass.com/world/949500", Instant.parse("2017-06-03T10:15:00Z"), "en", "text/plain",
                HEADLINE, null, TEXT, ArticleIds.contentSha256(HEADLINE, TEXT));
    }

    public static NewsEvent newsEvent() {
        return new NewsEvent(NewsEvent.SCHEMA_VERSION, ArticleIds.derivedId("e", ARTICLE_ID, "0", "163"), ARTICLE_ID,
                new Cameo("163", "16", "Impose embargo, boycott, or sanctions", 4, -8.0),
                new Actor("UN Security Council", EntityKind.ORGANIZATION, "UNSC", "o-unsc", null),
                new Actor("North Korea", EntityKind.COUNTRY, "PRK", "c-prk", null),
                "passed a resolution to expand sanctions against", false, "2017-06", DatePrecision.MONTH,
                null, "The UN Security Council has unanimously passed a resolution to expand sanctions against "
                        + "North Korea.", 1, 20, 121, 0.8, HEADLINE, null, "TASS");
    }

    public static AnalysedArticle analysedArticle() {
        Entity unsc = new Entity("o-unsc", "UN Security Council", EntityKind.ORGANIZATION, "UNSC", List.of(),
                List.of("Security Council"), List.of(new Mention(24, 43, "UN Security Council")));
        return new AnalysedArticle(AnalysedArticle.SCHEMA_VERSION, ARTICLE_ID, HEADLINE, null,
                new Dateline("UN", null, "TASS", "2017-06-03", DatePrecision.DAY, 0.9),
                Instant.parse("2017-06-03T10:15:00Z"), "en", "TASS", null, TEXT, List.of(unsc),
                List.of(new Quote("It is important", new Speaker("Vladimir Safronkov", "p-1"), 0, 15)),
                List.of(newsEvent()), -1.5, new Extractor("newsflow-engine", "0.1.0"),
                Instant.parse("2017-06-03T12:00:01Z"));
    }

    /** A raw article with the given content and its deterministic id. */
    public static RawArticle rawArticle(String headline, String text) {
        return new RawArticle(RawArticle.SCHEMA_VERSION, ArticleIds.articleId(headline, text), Instant.now(), "test",
                null, null, "en", "text/plain", headline, null, text, ArticleIds.contentSha256(headline, text));
    }

    /** An analysis of {@code articleId} by extractor {@code version} with one event per CAMEO code given. */
    public static AnalysedArticle analysedArticle(String articleId, String headline, String version,
            String... cameoCodes) {
        List<NewsEvent> events = new java.util.ArrayList<>();
        for (int i = 0; i < cameoCodes.length; i++) {
            events.add(event(articleId, headline, i, cameoCodes[i]));
        }
        return new AnalysedArticle(AnalysedArticle.SCHEMA_VERSION, articleId, headline, null,
                new Dateline("MOSCOW", "RUS", "TASS", "2018-06-15", DatePrecision.DAY, 0.9), null, "en", "TASS",
                null, TEXT, List.of(), List.of(), events, 0.0, new Extractor("newsflow-engine", version),
                Instant.now());
    }

    public static NewsEvent event(String articleId, String headline, int sentenceIndex, String cameoCode) {
        return new NewsEvent(NewsEvent.SCHEMA_VERSION,
                ArticleIds.derivedId("e", articleId, Integer.toString(sentenceIndex), cameoCode), articleId,
                new Cameo(cameoCode, cameoCode.substring(0, 2), null, 1, 3.0),
                new Actor("Russia", EntityKind.COUNTRY, "RUS", null, null), null, "said", false, "2018-06-15",
                DatePrecision.DAY, null, "Sentence " + sentenceIndex + ".", sentenceIndex, 0, 10, 0.7, headline, null,
                "TASS");
    }

    /** The id the engine gives an entity: deterministic from kind, normalised name and country. */
    public static String entityId(EntityKind kind, String name, String countryCode) {
        return ArticleIds.derivedId(kind.name().substring(0, 1).toLowerCase(java.util.Locale.ROOT), kind.name(),
                ArticleIds.canonical(name), countryCode == null ? "" : countryCode);
    }

    /** An event actor linked to the entity of that kind, name and country. */
    public static Actor actor(EntityKind kind, String name, String countryCode) {
        return new Actor(name, kind, countryCode, entityId(kind, name, countryCode), null);
    }

    /** GDELT's QuadClass of a CAMEO root: 01-05 verbal cooperation, 06-08 material, 09-13 verbal conflict, 14-20 material. */
    public static int quadClass(String root) {
        int value = Integer.parseInt(root);
        return value <= 5 ? 1 : value <= 8 ? 2 : value <= 13 ? 3 : 4;
    }

    /**
     * An article body the extraction engine needs many seconds for in a few hundred kilobytes (50 s for 10,000 on the
     * shared build machine): "President Abov Dov met President Bbov Kov met …", every name compared with every person
     * before it. Tests of time budgets use it, where an article must run out of any budget they give.
     */
    public static String crowdOfPeople(int count) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < count; i++) {
            body.append("President ").append(nameOf(i)).append(' ').append(nameOf(7 * i + 3)).append(" met ");
        }
        return body.toString();
    }

    /** A capitalised word of its own for every number. */
    private static String nameOf(int number) {
        StringBuilder word = new StringBuilder().append((char) ('A' + number % 26));
        for (int rest = number / 26; rest > 0; rest /= 26) {
            word.append((char) ('a' + rest % 26));
        }
        return word.append("ov").toString();
    }

    /** Starts an analysed article with this headline; its text is the headline plus the event sentences. */
    public static ArticleBuilder article(String headline) {
        return new ArticleBuilder(headline);
    }

    /** An analysed article with entities, mentions, quotes and located, dated events. */
    public static final class ArticleBuilder {
        private final String headline;
        private String text;
        private String subtitle;
        private String source = "TASS";
        private Instant publishedAt = Instant.parse("2017-06-03T10:15:00Z");
        private String datelineCountry;
        private String datelineDate = "2017-06-03";
        private String version = "1.0";
        private Instant analysedAt = Instant.parse("2017-06-03T12:00:00Z");
        private final List<Entity> entities = new java.util.ArrayList<>();
        private final List<Quote> quotes = new java.util.ArrayList<>();
        private final List<EventSpec> events = new java.util.ArrayList<>();

        private record EventSpec(String cameo, Actor source, Actor target, String date, DatePrecision precision,
                NewsEvent.Location location, String sentence) {
        }

        private ArticleBuilder(String headline) {
            this.headline = headline;
            this.text = headline + ". " + headline.length();
        }

        public ArticleBuilder text(String text) {
            this.text = text;
            return this;
        }

        public ArticleBuilder subtitle(String subtitle) {
            this.subtitle = subtitle;
            return this;
        }

        public ArticleBuilder source(String source) {
            this.source = source;
            return this;
        }

        public ArticleBuilder publishedAt(Instant publishedAt) {
            this.publishedAt = publishedAt;
            return this;
        }

        public ArticleBuilder datelineCountry(String countryCode) {
            this.datelineCountry = countryCode;
            return this;
        }

        /** The date the dateline was resolved to (2017, 2017-06 or 2017-06-03), or null for none. */
        public ArticleBuilder datelineDate(String date) {
            this.datelineDate = date;
            return this;
        }

        /** The extractor version and when it analysed the article. */
        public ArticleBuilder analysis(String version, Instant analysedAt) {
            this.version = version;
            this.analysedAt = analysedAt;
            return this;
        }

        /** An entity mentioned once, at the start of the text, under its name. */
        public ArticleBuilder entity(EntityKind kind, String name, String countryCode, String... aliases) {
            return entityInRoles(kind, name, countryCode, kind == EntityKind.PERSON ? List.of("diplomat") : List.of(),
                    aliases);
        }

        /** The same, with the roles given. */
        public ArticleBuilder entityInRoles(EntityKind kind, String name, String countryCode, List<String> roles,
                String... aliases) {
            entities.add(new Entity(entityId(kind, name, countryCode), name, kind, countryCode, roles, List.of(aliases),
                    List.of(new Mention(0, name.length(), name), new Mention(1000 + entities.size(),
                            1000 + entities.size() + name.length(), name))));
            return this;
        }

        public ArticleBuilder quote(String quote, String speakerName, String speakerEntityId, int start) {
            quotes.add(new Quote(quote, speakerName == null ? null : new Speaker(speakerName, speakerEntityId), start,
                    start + quote.length()));
            return this;
        }

        public ArticleBuilder event(String cameo, Actor source, Actor target, String date, DatePrecision precision,
                NewsEvent.Location location, String sentence) {
            events.add(new EventSpec(cameo, source, target, date, precision, location, sentence));
            return this;
        }

        public String articleId() {
            return ArticleIds.articleId(headline, text);
        }

        public AnalysedArticle build() {
            String articleId = articleId();
            List<NewsEvent> built = new java.util.ArrayList<>();
            for (int i = 0; i < events.size(); i++) {
                EventSpec spec = events.get(i);
                String root = spec.cameo().substring(0, 2);
                built.add(new NewsEvent(NewsEvent.SCHEMA_VERSION,
                        ArticleIds.derivedId("e", articleId, Integer.toString(i), spec.cameo()), articleId,
                        new Cameo(spec.cameo(), root, null, quadClass(root), quadClass(root) <= 2 ? 3.0 : -5.0),
                        spec.source(), spec.target(), "acted", false, spec.date(), spec.precision(), spec.location(),
                        spec.sentence(), i, i * 100, i * 100 + spec.sentence().length(), 0.8, headline, null, source));
            }
            return new AnalysedArticle(AnalysedArticle.SCHEMA_VERSION, articleId, headline, subtitle,
                    new Dateline("MOSCOW", datelineCountry, source, datelineDate, datelineDate == null ? null
                            : datelineDate.length() == 4 ? DatePrecision.YEAR
                            : datelineDate.length() == 7 ? DatePrecision.MONTH : DatePrecision.DAY, 0.9), publishedAt,
                    "en", source, "https://example.org/" + articleId, text, List.copyOf(entities), List.copyOf(quotes),
                    built, -1.0, new Extractor("newsflow-engine", version), analysedAt);
        }
    }
}
