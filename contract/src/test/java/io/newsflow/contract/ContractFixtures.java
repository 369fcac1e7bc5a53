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
}
