package io.newsflow.query.rest;

import static io.newsflow.query.QueryTestSupport.publishAndAwait;
import static io.newsflow.query.QueryTestSupport.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.newsflow.contract.AnalysedArticle;
import io.newsflow.contract.ContractFixtures;
import io.newsflow.contract.DatePrecision;
import io.newsflow.contract.EntityKind;
import io.newsflow.contract.NewsEvent;
import io.newsflow.localstack.test.NewsflowTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Person, speaker and actor filters take a name as people write it (PostgreSQL's unaccent, migration V7). */
@QuarkusTest
@WithTestResource(value = NewsflowTestResource.class, scope = TestResourceScope.GLOBAL)
class NameFiltersTest {
    /** Unique per run; accented as the engine might have it, searched without. */
    private static final String SURNAME = unique("Zakharová");
    private static final String FULL_NAME = "Mária " + SURNAME;
    private static final String ALIAS = unique("the spokeswoman ");
    private static final String PLAIN_SURNAME = SURNAME.replace('á', 'a').toLowerCase(Locale.ROOT);
    private static String articleId;

    /** Once, before the first test: the application is not up yet in a @BeforeAll. */
    @BeforeEach
    synchronized void publishHerArticle() {
        if (articleId != null) {
            return;
        }
        NewsEvent.Actor her = ContractFixtures.actor(EntityKind.PERSON, FULL_NAME, "RUS");
        NewsEvent.Actor country = ContractFixtures.actor(EntityKind.COUNTRY, unique("State "), "USA");
        AnalysedArticle article = ContractFixtures.article(unique("Briefing "))
                .entity(EntityKind.PERSON, FULL_NAME, "RUS", ALIAS)
                .quote("We will respond", FULL_NAME, her.entityId(), 30)
                .event("111", her, country, "2017-06-03", DatePrecision.DAY, null, "She criticised it.")
                .build();
        articleId = article.articleId();
        publishAndAwait(article);
    }

    @Test
    void aSpeakerIsFoundBySurnameInAnyCaseWithoutAccentsByAliasAndByFullName() {
        for (String speaker : new String[] {PLAIN_SURNAME, SURNAME.toUpperCase(Locale.ROOT), ALIAS.toUpperCase(Locale.ROOT),
                "maria " + PLAIN_SURNAME + ",", FULL_NAME}) {
            given().queryParam("speaker", speaker).get("/api/quotes").then().statusCode(200)
                    .body("items.text", contains("We will respond"));
        }
    }

    @Test
    void aFirstNameOrAPartOfTheSurnameIsNotTheSpeaker() {
        given().queryParam("speaker", "Mária").get("/api/quotes").then().statusCode(200)
                .body("items.articleId", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(articleId)));
        given().queryParam("speaker", PLAIN_SURNAME.substring(0, PLAIN_SURNAME.length() - 1)).get("/api/quotes")
                .then().statusCode(200).body("items", empty());
    }

    @Test
    void thePersonAndActorFiltersTakeTheSameNames() {
        given().queryParam("person", PLAIN_SURNAME).get("/api/articles").then().statusCode(200)
                .body("items.id", contains(articleId));
        given().queryParam("person", ALIAS).get("/api/articles").then().statusCode(200)
                .body("items.id", contains(articleId));
        given().queryParam("actor", PLAIN_SURNAME).get("/api/events").then().statusCode(200)
                .body("items.articleId", contains(articleId));
        given().queryParam("actor", ALIAS.toUpperCase(Locale.ROOT)).get("/api/events").then().statusCode(200)
                .body("items.articleId", contains(articleId));
    }
}
