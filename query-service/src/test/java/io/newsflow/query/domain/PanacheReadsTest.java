package io.newsflow.query.domain;

import static io.newsflow.query.QueryTestSupport.publishAndAwait;
import static io.newsflow.query.QueryTestSupport.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;

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

/** The lookups by id read the rows AnalysisStore wrote through the Panache entities mapped onto the Flyway schema. */
@QuarkusTest
@WithTestResource(value = NewsflowTestResource.class, scope = TestResourceScope.GLOBAL)
class PanacheReadsTest {

    @Test
    void anArticleAndAnEntityWithItsAliasesAreReadByIdAsStored() {
        String person = unique("Envoy ");
        NewsEvent.Actor envoy = ContractFixtures.actor(EntityKind.PERSON, person, "RUS");
        AnalysedArticle article = ContractFixtures.article(unique("Looked up ")).publishedAt(null)
                .datelineDate("2015-04")
                .entity(EntityKind.PERSON, person, "RUS", "the envoy", "the top diplomat")
                .event("042", envoy, null, "2015-04-02", DatePrecision.DAY, null, "He visited.")
                .build();
        publishAndAwait(article);

        Article stored = Article.findById(article.articleId());
        assertThat(stored.headline).isEqualTo(article.headline());
        assertThat(stored.newsDate).isEqualTo(Instant.parse("2015-04-01T00:00:00Z"));
        assertThat(stored.dateSource).isEqualTo("dateline");
        assertThat(stored.document).contains(article.headline());

        NamedEntity entity = NamedEntity.findById(envoy.entityId());
        assertThat(entity.name).isEqualTo(person);
        assertThat(entity.kind).isEqualTo("PERSON");
        assertThat(entity.countryCode).isEqualTo("RUS");
        assertThat(entity.aliases).containsExactly("the envoy", "the top diplomat");
        assertThat(entity.mentionCount).isEqualTo(2);
        assertThat(entity.eventCount).isEqualTo(1);
        assertThat(NamedEntity.<NamedEntity>findByIdOptional(unique("n"))).isEmpty();

        given().get("/api/actors/{id}", envoy.entityId()).then().statusCode(200)
                .body("actor.aliases", contains("the envoy", "the top diplomat"))
                .body("actor.eventCount", equalTo(1));
        given().get("/api/articles/{id}", article.articleId()).then().statusCode(200)
                .body("newsDate", equalTo("2015-04-01T00:00:00Z"));
    }
}
