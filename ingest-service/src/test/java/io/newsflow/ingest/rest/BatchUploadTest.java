package io.newsflow.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.newsflow.contract.ArticleIds;
import io.newsflow.localstack.test.NewsflowTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@WithTestResource(value = NewsflowTestResource.class, scope = TestResourceScope.GLOBAL)
class BatchUploadTest extends RawArticlesTopic {
    private static final int LINES = 10_000;
    private static final int BAD_EVERY = 200;

    @Test
    void ndjsonBatchPublishesExactlyTheGoodLinesAndReportsTheBadOnesByLine() {
        String marker = "ndjson-" + UUID.randomUUID();
        StringBuilder body = new StringBuilder();
        Set<String> goodIds = new HashSet<>();
        List<Integer> badLines = new ArrayList<>();
        for (int line = 1; line <= LINES; line++) {
            String headline = "Batch " + marker + " item " + line;
            String text = "BERLIN (Test) - Item " + line + " of the batch was filed on Monday, officials said.";
            if (line % BAD_EVERY == 0) {
                badLines.add(line);
                body.append(switch (line / BAD_EVERY % 4) {
                    case 0 -> "{\"headline\": \"" + headline + "\", \"text\": ";
                    case 1 -> "{\"headline\": \"" + headline + "\"}";
                    case 2 -> "{\"headline\": \"" + headline + "\", \"text\": \"" + text
                            + "\", \"publishedAt\": \"last Tuesday\"}";
                    default -> "[\"not\", \"an\", \"article\"]";
                });
            } else {
                goodIds.add(ArticleIds.articleId(headline, text));
                body.append("{\"headline\": \"").append(headline).append("\", \"text\": \"").append(text)
                        .append("\", \"source\": \"Test\"}");
            }
            body.append('\n');
        }
        long start = System.nanoTime();

        JsonPath answer = given().contentType("application/x-ndjson").body(body.toString().getBytes(StandardCharsets.UTF_8))
                .when().post("/api/articles")
                .then().statusCode(207)
                .body("accepted", equalTo(LINES - badLines.size()))
                .body("rejected", equalTo(badLines.size()))
                .body("duplicates", equalTo(0))
                .body("results", hasSize(LINES))
                .extract().jsonPath();

        System.out.printf("10,000-line NDJSON batch: %d ms (%d bytes of body)%n",
                (System.nanoTime() - start) / 1_000_000, body.length());
        assertThat(answer.getList("results.findAll { it.status == 'rejected' }.line", Integer.class))
                .containsExactlyElementsOf(badLines);
        assertThat(answer.getString("results.find { it.line == 200 }.error")).contains("has no text");
        assertThat(answer.getString("results.find { it.line == 400 }.error")).contains("last Tuesday");
        assertThat(answer.getString("results.find { it.line == 600 }.error")).contains("Expected an article object");
        assertThat(answer.getString("results.find { it.line == 800 }.error")).contains("Malformed JSON");
        List<ConsumerRecord<String, String>> published = rawArticles.awaitRecords(
                record -> record.value().contains(marker), goodIds.size(), Duration.ofSeconds(90));
        published = rawArticles.readFor(record -> record.value().contains(marker), Duration.ofSeconds(1));
        assertThat(published).hasSize(goodIds.size());
        assertThat(published).extracting(ConsumerRecord::key).containsExactlyInAnyOrderElementsOf(goodIds);
    }

    @Test
    void jsonArrayWithBadElementsIsA207NamingTheirIndexes() throws Exception {
        String marker = UUID.randomUUID().toString();
        String good = "{\"headline\": \"Array good %s %d\", \"text\": \"PARIS (Test) - Talks went on late.\"}";
        JsonPath answer = given().contentType("application/json")
                .body("[" + good.formatted(marker, 0) + ", {\"headline\": \"No text\"}, " + good.formatted(marker, 2)
                        + ", {\"headline\": \"h\", \"text\": \"t\", \"publishedAt\": \"soon\"}, \"a string\"]")
                .when().post("/api/articles")
                .then().statusCode(207)
                .body("accepted", equalTo(2)).body("rejected", equalTo(3))
                .body("results.index", contains(0, 1, 2, 3, 4))
                .body("results.status", contains("accepted", "rejected", "accepted", "rejected", "rejected"))
                .body("results[1].error", equalTo("The article has no text."))
                .body("results[4].error", containsString("Expected an article object"))
                .body("results[0].location", containsString("/api/articles/"))
                .extract().jsonPath();

        assertThat(published(answer.getString("results[2].id")).headline()).isEqualTo("Array good " + marker + " 2");
    }

    @Test
    void sameContentTwiceInOneUploadIsPublishedOnceAndReportedAsDuplicate() {
        String article = "{\"headline\": \"Twice %s\", \"text\": \"ROME (Test) - The same story, sent twice.\"}"
                .formatted(UUID.randomUUID());
        String id = given().contentType("application/jsonl").body((article + "\n\n" + article + "\n").getBytes(StandardCharsets.UTF_8))
                .when().post("/api/articles")
                .then().statusCode(202)
                .body("accepted", equalTo(1)).body("duplicates", equalTo(1))
                .body("results.line", contains(1, 3))
                .body("results.status", contains("accepted", "duplicate"))
                .extract().path("results[0].id");

        rawArticles.awaitKey(id, DEADLINE);
        assertThat(rawArticles.readFor(record -> id.equals(record.key()), Duration.ofSeconds(1))).hasSize(1);
    }

    /**
     * The first copy in one window, the second two windows of 500 later (while the first copy's window is sent
     * and its acks are awaited as the next is read): still published once, and the copy reported as its duplicate.
     */
    @Test
    void copyAWindowLaterIsADuplicateOfTheFirst() {
        String marker = UUID.randomUUID().toString();
        String repeated = "{\"headline\": \"Again %s\", \"text\": \"ROME (Test) - Sent twice, far apart.\"}"
                .formatted(marker);
        StringBuilder body = new StringBuilder(repeated).append('\n');
        for (int line = 2; line <= 1_200; line++) {
            body.append("{\"headline\": \"Filler %s %d\", \"text\": \"ROME (Test) - Filler %d.\"}\n"
                    .formatted(marker, line, line));
        }
        body.append(repeated).append('\n');

        JsonPath answer = given().contentType("application/x-ndjson").body(body.toString().getBytes(StandardCharsets.UTF_8))
                .when().post("/api/articles")
                .then().statusCode(202)
                .body("accepted", equalTo(1_200)).body("duplicates", equalTo(1))
                .extract().jsonPath();

        String id = answer.getString("results[0].id");
        assertThat(answer.getString("results[1200].status")).isEqualTo("duplicate");
        assertThat(answer.getString("results[1200].id")).isEqualTo(id);
        assertThat(answer.getInt("results[1200].line")).isEqualTo(1_201);
        rawArticles.awaitKey(id, DEADLINE);
        assertThat(rawArticles.readFor(record -> id.equals(record.key()), Duration.ofSeconds(1))).hasSize(1);
    }

    @Test
    void batchWithNothingAcceptableIsA400ProblemListingEveryError() {
        given().contentType("application/json").body("[{\"headline\": \"No text\"}, {\"text\": \"No headline\"}]")
                .when().post("/api/articles")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("None of the 2 articles"))
                .body("errors.pointer", contains("/0", "/1"))
                .body("errors.detail", contains("The article has no text.", "The article has no headline."));
    }

    @Test
    void syntaxErrorInAnArrayKeepsTheElementsBeforeIt() {
        String good = "{\"headline\": \"Before the break %s\", \"text\": \"OSLO (Test) - It snowed.\"}"
                .formatted(UUID.randomUUID());
        given().contentType("application/json").body("[" + good + ", {\"headline\": }]")
                .when().post("/api/articles")
                .then().statusCode(207)
                .body("results.status", contains("accepted", "rejected"))
                .body("results[1].error", containsString("Malformed JSON at line 1"));
    }
}
