package io.newsflow.query.persistence;

import static io.newsflow.query.QueryTestSupport.DEADLINE;
import static io.newsflow.query.QueryTestSupport.awaitArticle;
import static io.newsflow.query.QueryTestSupport.count;
import static io.newsflow.query.QueryTestSupport.publish;
import static io.newsflow.query.QueryTestSupport.publishAndAwait;
import static io.newsflow.query.QueryTestSupport.publishRaw;
import static io.newsflow.query.QueryTestSupport.unique;
import static io.newsflow.query.QueryTestSupport.uniqueCountry;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsflow.contract.AnalysedArticle;
import io.newsflow.contract.ContractFixtures;
import io.newsflow.contract.ContractJson;
import io.newsflow.contract.DatePrecision;
import io.newsflow.contract.EntityKind;
import io.newsflow.contract.NewsEvent;
import io.newsflow.contract.Topics;
import io.newsflow.localstack.test.NewsflowTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = NewsflowTestResource.class, scope = TestResourceScope.GLOBAL)
class AnalysisPersistenceTest {
    private static final Instant FIRST_ANALYSIS = Instant.parse("2017-06-03T12:00:00Z");
    private static final Instant SECOND_ANALYSIS = Instant.parse("2017-06-04T12:00:00Z");

    @Test
    void entitiesMentionsQuotesAndEventLinksAreStored() {
        String person = unique("Envoy ");
        String country = uniqueCountry();
        NewsEvent.Actor envoy = ContractFixtures.actor(EntityKind.PERSON, person, country);
        NewsEvent.Actor state = ContractFixtures.actor(EntityKind.COUNTRY, unique("State "), "PRK");
        AnalysedArticle article = ContractFixtures.article(unique("Headline "))
                .entity(EntityKind.PERSON, person, country, "the envoy")
                .quote("It is important", person, envoy.entityId(), 40)
                .event("163", envoy, state, "2017-06", DatePrecision.MONTH,
                        new NewsEvent.Location("Geneva", "CHE", 46.2, 6.15), "He backed sanctions.")
                .build();

        publishAndAwait(article);

        String id = article.articleId();
        assertThat(count("SELECT count(*) FROM entity WHERE id = ? AND kind = 'PERSON' AND country_code = ?"
                + " AND normalised_name = lower(?) AND aliases = '{the envoy}'", envoy.entityId(), country, person))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM entity WHERE id = ? AND kind = 'COUNTRY'", state.entityId()))
                .as("an actor named only in an event is an entity too").isEqualTo(1);
        assertThat(count("SELECT mentions FROM article_entity WHERE article_id = ? AND entity_id = ?", id,
                envoy.entityId())).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM article_entity WHERE article_id = ? AND roles = '{diplomat}'", id))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM quote WHERE article_id = ? AND speaker_entity_id = ? AND start = 40"
                + " AND \"end\" = 55", id, envoy.entityId())).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM event WHERE article_id = ? AND source_entity_id = ?"
                + " AND target_entity_id = ? AND event_date_start = DATE '2017-06-01'"
                + " AND event_date_end = DATE '2017-06-30' AND location_lat = 46.2 AND location_lon = 6.15",
                id, envoy.entityId(), state.entityId())).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM article WHERE id = ? AND text = ? AND search @@ to_tsquery('english',"
                + " 'headline')", id, article.text())).isEqualTo(1);
    }

    @Test
    void rolesAndQuotesWithTheCharactersOfCopyAndArrayLiteralsAreStoredAsWritten() {
        String person = unique("Envoy ");
        List<String> roles = List.of("envoy, \"special\" {acting}", "back\\slash\tand tab", "NULL", "");
        String quote = "Line one\nline two\\ \"quoted\"\tend";
        AnalysedArticle article = ContractFixtures.article(unique("Headline "))
                .entityInRoles(EntityKind.PERSON, person, "FRA", roles)
                .quote(quote, person, null, 12)
                .quote("A second quote at the same place is a duplicate", person, null, 12)
                .build();

        publishAndAwait(article);

        String id = article.articleId();
        assertThat(count("SELECT count(*) FROM article_entity WHERE article_id = ? AND array_to_json(roles)::text = ?",
                id, ContractJson.write(roles))).as("the roles, element by element").isEqualTo(1);
        assertThat(count("SELECT count(*) FROM quote WHERE article_id = ? AND text = ? AND speaker_entity_id IS NULL",
                id, quote)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM quote WHERE article_id = ?", id)).isEqualTo(1);
    }

    @Test
    void anEntityIsOneRowAcrossArticlesWithTheirAliasesMerged() {
        String person = unique("Minister ");
        AnalysedArticle first = ContractFixtures.article(unique("First ")).entity(EntityKind.PERSON, person, "RUS",
                "the minister").build();
        AnalysedArticle second = ContractFixtures.article(unique("Second ")).entity(EntityKind.PERSON, person,
                "RUS", "the top diplomat").build();

        publishAndAwait(first, second);

        assertThat(count("SELECT count(*) FROM entity WHERE normalised_name = lower(?)", person)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM entity WHERE normalised_name = lower(?)"
                + " AND aliases = '{\"the minister\",\"the top diplomat\"}'", person)).isEqualTo(1);
        assertThat(count("SELECT count(DISTINCT article_id) FROM article_entity ae JOIN entity e ON e.id = ae.entity_id"
                + " WHERE e.normalised_name = lower(?)", person)).isEqualTo(2);
    }

    @Test
    void everyRecordDeliveredTwiceLeavesTheSameRows() {
        String person = unique("Speaker ");
        NewsEvent.Actor speaker = ContractFixtures.actor(EntityKind.PERSON, person, "USA");
        AnalysedArticle article = ContractFixtures.article(unique("Twice "))
                .entity(EntityKind.PERSON, person, "USA")
                .quote("We will see", person, speaker.entityId(), 10)
                .event("051", speaker, null, "2017-06-03", DatePrecision.DAY, null, "He praised it.")
                .event("057", speaker, null, "2017-06-04", DatePrecision.DAY, null, "He signed it.")
                .build();
        publishAndAwait(article);
        List<Long> before = rowCounts(article.articleId(), speaker.entityId());

        publish(article);
        publish(article);
        AnalysedArticle marker = ContractFixtures.article(unique("Marker ")).build();
        publishAndAwait(marker);

        assertThat(rowCounts(article.articleId(), speaker.entityId())).isEqualTo(before)
                .containsExactly(1L, 1L, 2L, 1L, 1L, 2L);
    }

    @Test
    void aReanalysisReplacesEntitiesQuotesAndEventsAndALateOlderAnalysisIsIgnored() {
        String oldPerson = unique("Old ");
        String newPerson = unique("New ");
        NewsEvent.Actor oldActor = ContractFixtures.actor(EntityKind.PERSON, oldPerson, "RUS");
        NewsEvent.Actor newActor = ContractFixtures.actor(EntityKind.PERSON, newPerson, "RUS");
        String headline = unique("Reanalysed ");
        AnalysedArticle v1 = ContractFixtures.article(headline).analysis("1.0", FIRST_ANALYSIS)
                .entity(EntityKind.PERSON, oldPerson, "RUS")
                .quote("Old words", oldPerson, oldActor.entityId(), 5)
                .event("043", oldActor, null, "2017-06-01", DatePrecision.DAY, null, "Old event.")
                .event("163", oldActor, null, "2017-06-02", DatePrecision.DAY, null, "Old sanctions.")
                .build();
        AnalysedArticle v2 = ContractFixtures.article(headline).analysis("2.0", SECOND_ANALYSIS)
                .entity(EntityKind.PERSON, newPerson, "RUS")
                .quote("New words", newPerson, newActor.entityId(), 7)
                .event("051", newActor, null, "2017-06-05", DatePrecision.DAY, null, "New event.")
                .build();
        String id = v1.articleId();

        publishAndAwait(v1);
        publishAndAwait(v2);
        // The first analysis again, late: it must change nothing.
        publish(v1);
        publishAndAwait(ContractFixtures.article(unique("Marker ")).build());

        awaitArticle(id, "2.0");
        given().queryParam("articleId", id).get("/api/events").then().body("items.cameo.code", contains("051"));
        assertThat(count("SELECT count(*) FROM article_entity WHERE article_id = ? AND entity_id = ?", id,
                oldActor.entityId())).isZero();
        assertThat(count("SELECT count(*) FROM article_entity WHERE article_id = ?", id)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM quote WHERE article_id = ? AND text = 'New words'", id)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM quote WHERE article_id = ?", id)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM event WHERE article_id = ?", id)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM event WHERE source_entity_id = ?", oldActor.entityId())).isZero();
    }

    @Test
    void anEventOnNewsEventsAloneIsNotStored() {
        // news.events is for other systems: query-service stores an article's events from its analysis only.
        AnalysedArticle neverPublished = ContractFixtures.article(unique("Never published ")).build();
        publish(ContractFixtures.event(neverPublished.articleId(), neverPublished.headline(), 0, "020"));
        publishAndAwait(ContractFixtures.article(unique("Marker ")).build());

        await().during(Duration.ofSeconds(2)).atMost(DEADLINE).until(() -> count(
                "SELECT count(*) FROM event WHERE article_id = ?", neverPublished.articleId()) == 0);
    }

    @Test
    void recordsThatAreNotTheContractAreCountedAndSkipped() {
        publishRaw(Topics.NEWS_ARTICLES, "bad", "this is not JSON");
        publishRaw(Topics.NEWS_ARTICLES, "bad", "{\"articleId\": \"not-an-id\"}");
        AnalysedArticle trailing = ContractFixtures.article(unique("Trailing garbage ")).build();
        publishRaw(Topics.NEWS_ARTICLES, trailing.articleId(), ContractJson.write(trailing) + " not JSON");
        AnalysedArticle after = ContractFixtures.article(unique("After poison ")).build();

        publishAndAwait(after);

        await().atMost(DEADLINE).untilAsserted(() -> {
            String metrics = given().get("/q/metrics").asString();
            assertThat(metric(metrics, "newsflow_query_rejected_records_total{topic=\"news.articles\"")).isGreaterThanOrEqualTo(3);
        });
        assertThat(count("SELECT count(*) FROM article WHERE id = ?", trailing.articleId())).isZero();
    }

    private static double metric(String metrics, String prefix) {
        return metrics.lines().filter(line -> line.startsWith(prefix))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    private static List<Long> rowCounts(String articleId, String entityId) {
        return List.of(count("SELECT count(*) FROM article WHERE id = ?", articleId),
                count("SELECT count(*) FROM entity WHERE id = ?", entityId),
                count("SELECT coalesce(sum(mentions), 0) FROM article_entity WHERE article_id = ?", articleId),
                count("SELECT count(*) FROM article_entity WHERE article_id = ?", articleId),
                count("SELECT count(*) FROM quote WHERE article_id = ?", articleId),
                count("SELECT count(*) FROM event WHERE article_id = ?", articleId));
    }
}
