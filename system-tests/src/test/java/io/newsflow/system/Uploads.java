package io.newsflow.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;

import io.restassured.specification.RequestSpecification;

/** Uploads to the running pipeline's ingest with its key, and waits until query-service serves what was sent. */
final class Uploads {
    private static final Duration QUERYABLE = Duration.ofSeconds(60);

    private final RunningPipeline running;

    Uploads(RunningPipeline running) {
        this.running = running;
    }

    /** One story in wire-text form; its article id. */
    String text(String story, String source) {
        return ingest().contentType("text/plain; charset=UTF-8").body(story).queryParam("source", source)
                .when().post("/api/articles")
                .then().statusCode(202).extract().path("id");
    }

    /** Files as one multipart form, as a browser sends them; the ids of the articles in them. */
    List<String> files(Collection<Path> files) {
        RequestSpecification request = ingest();
        files.forEach(file -> request.multiPart("file", file.toFile()));
        return request.when().post("/api/articles")
                .then().statusCode(202).extract().path("results.id");
    }

    void awaitQueryable(Collection<String> ids) {
        for (String id : ids) {
            await().atMost(QUERYABLE).pollInterval(Duration.ofMillis(250))
                    .untilAsserted(() -> given().baseUri(running.queryUrl()).get("/api/articles/{id}", id)
                            .then().statusCode(200));
        }
    }

    private RequestSpecification ingest() {
        return given().baseUri(running.ingestUrl()).header("X-API-Key", RunningPipeline.API_KEY);
    }
}
