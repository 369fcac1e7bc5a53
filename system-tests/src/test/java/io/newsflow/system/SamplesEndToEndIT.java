package io.newsflow.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.nio.file.Files;
import java.time.Duration;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Both samples uploaded over HTTP come out of query-service analysed, through Kafka and PostgreSQL. */
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

        String id = given().baseUri(running.ingestUrl()).contentType("text/plain; charset=UTF-8").body(story)
                .queryParam("source", agency).queryParam("publishedAt", date)
                .when().post("/api/articles")
                .then().statusCode(202).extract().path("id");

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> given().baseUri(running.queryUrl()).get("/api/articles/{id}", id)
                        .then().statusCode(200));
        given().baseUri(running.queryUrl()).get("/api/articles/{id}", id).then()
                .body("headline", equalTo(headline))
                .body("dateline.place", equalTo(place))
                .body("dateline.agency", equalTo(agency))
                .body("dateline.date", equalTo(date));
    }
}
