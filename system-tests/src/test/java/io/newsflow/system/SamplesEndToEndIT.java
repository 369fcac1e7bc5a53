package io.newsflow.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.newsflow.localstack.launcher.NewsflowCommand;
import picocli.CommandLine;

/**
 * The samples uploaded over HTTP come out of query-service analysed, through Kafka and PostgreSQL;
 * {@code ./newsflow upload} sends all of them with the key, and ingest refuses an upload without it.
 */
class SamplesEndToEndIT {
    @RegisterExtension
    static final RunningPipeline running = new RunningPipeline("samples");

    @ParameterizedTest
    @CsvSource({
        "tass-2017-06-03-unsc-sanctions.txt, UN Security Council expands sanctions on North Korea, UN, TASS, 2017-06-03",
        "tass-2018-06-15-sanctions-modification.txt, Russia for modification of UN SC sanctions against North Korea — Foreign Ministry, MOSCOW, TASS, 2018-06-15"
    })
    void uploadedSampleBecomesQueryableWithItsDateline(String file, String headline, String place, String agency,
            String date) throws Exception {
        String story = Files.readString(RunningPipeline.repository().resolve("samples").resolve(file));

        Uploads uploads = new Uploads(running);
        String id = uploads.text(story, agency);

        uploads.awaitQueryable(List.of(id));
        given().baseUri(running.queryUrl()).get("/api/articles/{id}", id).then()
                .body("headline", equalTo(headline))
                .body("dateline.place", equalTo(place))
                .body("dateline.agency", equalTo(agency))
                .body("dateline.date", equalTo(date))
                // Uploaded as text, without publishedAt: filed under its dateline's date, not the upload's.
                .body("newsDate", equalTo(date + "T00:00:00Z"))
                .body("dateSource", equalTo("dateline"));
        given().baseUri(running.queryUrl()).queryParam("from", date).queryParam("to", date).queryParam("size", 200)
                .get("/api/articles").then().statusCode(200).body("items.id", hasItem(id));
    }

    /** The README's API tour runs exactly this: her quotes, by the surname the text calls her by. */
    @Test
    void theApiToursSpeakerQueryFindsZakharovasQuotes() throws Exception {
        String story = Files.readString(RunningPipeline.repository().resolve("samples")
                .resolve("tass-2018-06-15-sanctions-modification.txt"));
        Uploads uploads = new Uploads(running);
        String id = uploads.text(story, "TASS");

        uploads.awaitQueryable(List.of(id));
        given().baseUri(running.queryUrl()).queryParam("speaker", "Zakharova").queryParam("size", 200)
                .get("/api/quotes").then().statusCode(200)
                .body("items.findAll { it.articleId == '" + id + "' }.size()", greaterThanOrEqualTo(1));
    }

    @Test
    void uploaderSendsEverySampleWithTheKey() {
        StringWriter output = new StringWriter();
        int exitCode = new CommandLine(new NewsflowCommand()).setOut(new PrintWriter(output))
                .execute("upload", "--url", running.ingestUrl(), "--api-key", RunningPipeline.API_KEY,
                        RunningPipeline.repository().resolve("samples").toString());

        assertThat(exitCode).as(output.toString()).isZero();
        assertThat(output.toString()).contains("Uploaded 5 files").contains("8 accepted, 0 duplicates, 0 rejected.");
    }

    @Test
    void uploadWithoutTheKeyIsA401Problem() {
        given().baseUri(running.ingestUrl()).contentType("text/plain").body("Headline\nPARIS (Test) - Body.")
                .when().post("/api/articles")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"));
    }
}
