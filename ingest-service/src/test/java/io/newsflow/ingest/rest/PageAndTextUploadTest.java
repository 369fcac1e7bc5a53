package io.newsflow.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.newsflow.contract.ContractJson;
import io.newsflow.contract.RawArticle;
import io.newsflow.localstack.test.NewsflowTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** A news web page, and texts in charsets they do not declare. */
@QuarkusTest
@WithTestResource(value = NewsflowTestResource.class, scope = TestResourceScope.GLOBAL)
class PageAndTextUploadTest extends RawArticlesTopic {
    static final String RUSSIAN_STORY = """
            Совет Безопасности ООН расширил санкции против КНДР
            ООН, 3 июня. /ТАСС/. Совет Безопасности ООН единогласно принял резолюцию о расширении санкций \
            против Северной Кореи. Заместитель постоянного представителя России при ООН Владимир Сафронков \
            заявил, что Москва по-прежнему считает, что дальнейшая конфронтация может иметь серьезные \
            последствия для региона.
            """;

    @TestHTTPResource("/api/articles")
    URL articles;

    @Test
    void newsPageGivesItsHeadlineDateAndMainTextWithoutTheBoilerplate() throws Exception {
        byte[] page = Files.readAllBytes(Path.of("../samples/example-news-page.html"));

        String id = given().contentType("text/html").body(page)
                .when().post("/api/articles")
                .then().statusCode(202).body("status", equalTo("accepted")).extract().path("id");

        RawArticle article = published(id);
        assertThat(article.headline()).isEqualTo("Danube states agree on joint flood relief fund");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2024-05-21T14:05:00Z"));
        assertThat(article.source()).isEqualTo("Example News");
        assertThat(article.url()).isEqualTo("https://news.example.org/world/danube-flood-fund");
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.contentType()).isEqualTo("text/html");
        assertThat(article.text()).startsWith("VIENNA, May 21 (Example News) - Ministers from Austria")
                .contains("Lena Gruber told reporters", "Pal Kovacs said Budapest would contribute")
                .doesNotContain("Advertisement", "Sign up", "Related stories", "Flood waters recede", "Share on",
                        "All rights reserved", "Volunteers fill sandbags", "dataLayer", "World", "Jane Example");
        assertThat(article.text().lines()).hasSize(4);
    }

    @Test
    void pageWithoutMainTextIsA400Problem() {
        given().contentType("text/html")
                .body("<html><head><title>Menu</title></head><body><nav><a href=/>Home</a></nav>"
                        + "<script>var x = 1;</script></body></html>")
                .when().post("/api/articles")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("no main text"));
    }

    @Test
    void windows1251TextWithoutACharsetIsDetectedAndItsLanguageToo() throws Exception {
        String story = RUSSIAN_STORY.replace("3 июня", "3 июня " + System.nanoTime() % 1000);
        HttpResponse<String> response = post(story.getBytes(Charset.forName("windows-1251")), "text/plain");

        assertThat(response.statusCode()).isEqualTo(202);
        RawArticle article = published(ContractJson.mapper().readTree(response.body()).get("id").asText());
        assertThat(article.headline()).isEqualTo("Совет Безопасности ООН расширил санкции против КНДР");
        assertThat(article.text()).contains("Владимир Сафронков");
        assertThat(article.language()).isEqualTo("ru");
    }

    @Test
    void declaredCharsetIsHonoured() throws Exception {
        String story = "Café owners in Zürich protest " + System.nanoTime()
                + "\nZURICH (Test) - Café owners protested on Monday against the new rules.";
        HttpResponse<String> response = post(story.getBytes(Charset.forName("ISO-8859-1")),
                "text/plain; charset=ISO-8859-1");

        assertThat(response.statusCode()).isEqualTo(202);
        RawArticle article = published(ContractJson.mapper().readTree(response.body()).get("id").asText());
        assertThat(article.headline()).startsWith("Café owners in Zürich protest");
    }

    /** Plain HttpClient: REST Assured would add a charset to a text Content-Type that has none. */
    private HttpResponse<String> post(byte[] body, String contentType) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(articles.toString()))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
