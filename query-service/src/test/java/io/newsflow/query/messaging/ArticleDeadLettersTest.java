package io.newsflow.query.messaging;

import static io.newsflow.query.QueryTestSupport.DEADLINE;
import static io.newsflow.query.QueryTestSupport.count;
import static io.newsflow.query.QueryTestSupport.publish;
import static io.newsflow.query.QueryTestSupport.publishAndAwait;
import static io.newsflow.query.QueryTestSupport.publishRaw;
import static io.newsflow.query.QueryTestSupport.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.newsflow.contract.AnalysedArticle;
import io.newsflow.contract.ContractFixtures;
import io.newsflow.contract.ContractJson;
import io.newsflow.contract.DeadLetterHeaders;
import io.newsflow.contract.Topics;
import io.newsflow.localstack.test.NewsflowTestResource;
import io.newsflow.localstack.test.TopicReader;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = NewsflowTestResource.class, scope = TestResourceScope.GLOBAL)
class ArticleDeadLettersTest {

    @Test
    void anAnalysisTheDatabaseRefusesIsDeadLetteredWithItsReasonAndTheRecordsAfterItAreStored() {
        // article.language is varchar(8): PostgreSQL refuses the row (22001), however often it is retried.
        AnalysedArticle refused = withLanguage(ContractFixtures.article(unique("Refused ")).build(),
                "x-a-language-tag-longer-than-eight");
        AnalysedArticle after = ContractFixtures.article(unique("After refused ")).build();

        publish(refused);
        publishAndAwait(after);

        ConsumerRecord<String, String> letter = awaitDeadLetter(refused.articleId());
        assertThat(letter.value()).isEqualTo(ContractJson.write(refused));
        assertThat(header(letter, DeadLetterHeaders.REASON)).isEqualTo(AnalysisConsumer.REFUSED_BY_THE_DATABASE);
        assertThat(header(letter, DeadLetterHeaders.CAUSE)).contains("value too long");
        assertThat(header(letter, DeadLetterHeaders.EXCEPTION)).isEqualTo("org.postgresql.util.PSQLException");
        assertThat(header(letter, DeadLetterHeaders.TOPIC)).isEqualTo(Topics.NEWS_ARTICLES);
        assertThat(header(letter, DeadLetterHeaders.OFFSET)).matches("\\d+");
        assertThat(count("SELECT count(*) FROM article WHERE id = ?", refused.articleId())).isZero();
        assertThat(count("SELECT count(*) FROM article WHERE id = ?", after.articleId())).isEqualTo(1);
    }

    @Test
    void aRecordThatIsNotTheContractIsDeadLetteredAsItCame() {
        String key = unique("not-json-");
        publishRaw(Topics.NEWS_ARTICLES, key, "{\"headline\": \"cut off");

        ConsumerRecord<String, String> letter = awaitDeadLetter(key);

        assertThat(letter.value()).isEqualTo("{\"headline\": \"cut off");
        assertThat(header(letter, DeadLetterHeaders.REASON)).isEqualTo(AnalysisConsumer.NOT_THE_CONTRACT);
        assertThat(header(letter, DeadLetterHeaders.EXCEPTION)).isNotBlank();
    }

    @Test
    void deadLettersAreListedAndOneCanBeRedrivenToNewsArticles() {
        String key = unique("redrive-");
        publishRaw(Topics.NEWS_ARTICLES, key, "[\"an array, not an analysis\"]");

        Map<String, Object> listed = await().atMost(DEADLINE).until(() -> listedWithKey(key), found -> found != null);
        assertThat(listed).containsEntry("reason", AnalysisConsumer.NOT_THE_CONTRACT)
                .containsEntry("originTopic", Topics.NEWS_ARTICLES)
                .containsEntry("valuePreview", "[\"an array, not an analysis\"]");

        given().post("/api/dead-letters/{partition}/{offset}/redrive", listed.get("partition"), listed.get("offset"))
                .then().statusCode(202).body("key", equalTo(key));
        try (TopicReader articles = new TopicReader(bootstrapServers(), Topics.NEWS_ARTICLES)) {
            List<ConsumerRecord<String, String>> again = articles.awaitRecords(record -> key.equals(record.key())
                    && record.headers().lastHeader(DeadLetterHeaders.REDRIVEN_FROM) != null, 1, DEADLINE);
            assertThat(header(again.get(0), DeadLetterHeaders.REDRIVEN_FROM)).isEqualTo(Topics.NEWS_ARTICLES_DLQ
                    + "/" + listed.get("partition") + "/" + listed.get("offset"));
        }
        given().post("/api/dead-letters/{partition}/{offset}/redrive", 0, 999_999_999L)
                .then().statusCode(404).contentType("application/problem+json");
        given().queryParam("limit", 0).get("/api/dead-letters")
                .then().statusCode(400).contentType("application/problem+json");
    }

    private static ConsumerRecord<String, String> awaitDeadLetter(String key) {
        try (TopicReader deadLetters = new TopicReader(bootstrapServers(), Topics.NEWS_ARTICLES_DLQ)) {
            return deadLetters.awaitKey(key, DEADLINE);
        }
    }

    private static Map<String, Object> listedWithKey(String key) {
        List<Map<String, Object>> letters = given().queryParam("limit", 1000).get("/api/dead-letters")
                .then().statusCode(200).extract().jsonPath().getList("$");
        return letters.stream().filter(letter -> key.equals(letter.get("key"))).findFirst().orElse(null);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static AnalysedArticle withLanguage(AnalysedArticle a, String language) {
        return new AnalysedArticle(a.schemaVersion(), a.articleId(), a.headline(), a.subtitle(), a.dateline(),
                a.publishedAt(), language, a.source(), a.url(), a.text(), a.entities(), a.quotes(), a.events(),
                a.tone(), a.extractor(), a.analysedAt());
    }

    private static String bootstrapServers() {
        return NewsflowTestResource.infrastructure().kafkaBootstrapServers();
    }
}
