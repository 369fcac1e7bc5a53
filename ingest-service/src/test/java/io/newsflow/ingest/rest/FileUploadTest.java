package io.newsflow.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import io.newsflow.localstack.test.NewsflowTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** multipart/form-data as a browser form or curl -F sends it: files of every form, and zip archives of them. */
@QuarkusTest
@WithTestResource(value = NewsflowTestResource.class, scope = TestResourceScope.GLOBAL)
class FileUploadTest extends RawArticlesTopic {

    @Test
    void filesOfEveryFormAreReadAndAnUnsupportedOneIsRejectedByName() throws Exception {
        String marker = UUID.randomUUID().toString();
        JsonPath answer = given()
                .multiPart("file", "story.txt", ("Files upload " + marker + "\nPARIS (Test) - A story in a file.")
                        .getBytes(StandardCharsets.UTF_8), "text/plain")
                .multiPart("file", "page.html", Files.readAllBytes(Path.of("../samples/example-news-page.html")),
                        "text/html")
                .multiPart("file", "batch.json", Files.readAllBytes(Path.of("../samples/batch.json")),
                        "application/json")
                .multiPart("file", "batch.ndjson", Files.readAllBytes(Path.of("../samples/batch.ndjson")),
                        "application/x-ndjson")
                .multiPart("file", "notes.pdf", new byte[] {'%', 'P', 'D', 'F'}, "application/pdf")
                .when().post("/api/articles")
                .then().statusCode(207)
                .body("accepted", equalTo(7)).body("rejected", equalTo(1))
                .extract().jsonPath();

        assertThat(answer.getList("results.file", String.class)).containsExactly("story.txt", "page.html",
                "batch.json", "batch.json", "batch.ndjson", "batch.ndjson", "batch.ndjson", "notes.pdf");
        assertThat(answer.getList("results.index", Integer.class)).containsExactly(null, null, 0, 1, null, null,
                null, null);
        assertThat(answer.getList("results.line", Integer.class)).containsExactly(null, null, null, null, 1, 2, 3,
                null);
        assertThat(answer.getString("results[7].error")).contains("Unsupported file type");
        assertThat(published(answer.getString("results[0].id")).headline()).isEqualTo("Files upload " + marker);
    }

    @Test
    void zipOfArticleFilesIsReadEntryByEntry() throws Exception {
        String marker = UUID.randomUUID().toString();
        byte[] zip = zip(
                "wire/a.txt", ("Zipped story " + marker + "\nROME (Test) - Inside an archive.").getBytes(StandardCharsets.UTF_8),
                "wire/b.jsonl", ("{\"headline\": \"Zipped line " + marker + "\", \"text\": \"ROME (Test) - A line.\"}\n"
                        + "{\"headline\": \"No text here\"}\n").getBytes(StandardCharsets.UTF_8),
                "__MACOSX/._a.txt", new byte[] {0, 1, 2});

        JsonPath answer = given().multiPart("file", "bundle.zip", zip, "application/zip")
                .when().post("/api/articles")
                .then().statusCode(207)
                .body("accepted", equalTo(2)).body("rejected", equalTo(1))
                .body("results[0].file", equalTo("bundle.zip/wire/a.txt"))
                .body("results[2].file", equalTo("bundle.zip/wire/b.jsonl"))
                .body("results[2].line", equalTo(2))
                .body("results[2].error", equalTo("The article has no text."))
                .extract().jsonPath();

        assertThat(published(answer.getString("results[1].id")).headline()).isEqualTo("Zipped line " + marker);
    }

    @Test
    void zipBombEntryIsRefusedWithoutInflatingIt() throws Exception {
        byte[] zip = zip("bomb.txt", new byte[32 << 20],
                "fine.txt", ("Next to a bomb " + UUID.randomUUID() + "\nOSLO (Test) - Still read.")
                        .getBytes(StandardCharsets.UTF_8));

        given().multiPart("file", "trap.zip", zip, "application/zip")
                .when().post("/api/articles")
                .then().statusCode(207)
                .body("results[0].file", equalTo("trap.zip/bomb.txt"))
                .body("results[0].error", containsString("zip bomb"))
                .body("results[1].status", equalTo("accepted"));
    }

    @Test
    void formWithNoFilesIsA400Problem() {
        given().multiPart("comment", "no file here")
                .when().post("/api/articles")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo("The upload holds no articles."));
    }

    private static byte[] zip(Object... namesAndContents) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry((String) namesAndContents[i]));
                zip.write((byte[]) namesAndContents[i + 1]);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
