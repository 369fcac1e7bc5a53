package io.newsflow.query.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.newsflow.localstack.test.NewsflowTestResource;
import io.newsflow.query.persistence.Names;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(value = NewsflowTestResource.class, scope = TestResourceScope.GLOBAL)
class BadRequestTest {
    private static final List<String> INJECTIONS = List.of("'; DROP TABLE event; --", "' OR '1'='1",
            "1) OR (1=1", "%' OR 1=1 --", "\\'; SELECT pg_sleep(5); --", "_%", "\" OR \"\"=\"",
            "Robert'); DELETE FROM article;--", "' UNION SELECT document FROM article --");

    /** Every list endpoint and the filters it takes. */
    private static final Map<String, List<String>> PARAMETERS = Map.of(
            "/api/articles", List.of("q", "source", "from", "to", "country", "person", "page", "size"),
            "/api/events", List.of("actor", "country", "cameo", "root", "quadClass", "from", "to", "location",
                    "articleId", "q", "page", "size"),
            "/api/actors", List.of("q", "kind", "page", "size"),
            "/api/quotes", List.of("speaker", "q", "page", "size"),
            "/api/stats/timeline", List.of("interval", "root", "country", "cameo", "from", "to", "page", "size"));

    static Stream<Arguments> badParameters() {
        return Stream.of(
                Arguments.of("/api/events", Map.of("cameo", "999"), "cameo"),
                Arguments.of("/api/events", Map.of("cameo", "0"), "cameo"),
                Arguments.of("/api/events", Map.of("cameo", "04a"), "cameo"),
                Arguments.of("/api/events", Map.of("cameo", "12345"), "cameo"),
                Arguments.of("/api/events", Map.of("root", "21"), "root"),
                Arguments.of("/api/events", Map.of("root", "042"), "root"),
                Arguments.of("/api/events", Map.of("quadClass", "5"), "quadClass"),
                Arguments.of("/api/events", Map.of("quadClass", "one"), "quadClass"),
                Arguments.of("/api/events", Map.of("from", "2017-13"), "from"),
                Arguments.of("/api/events", Map.of("from", "03/06/2017"), "from"),
                Arguments.of("/api/events", Map.of("to", "2017-02-30"), "to"),
                Arguments.of("/api/events", Map.of("from", "2017-07", "to", "2017-06"), "after"),
                Arguments.of("/api/events", Map.of("articleId", "abc"), "article id"),
                Arguments.of("/api/events", Map.of("country", "R"), "country"),
                Arguments.of("/api/events", Map.of("size", "201"), "size"),
                Arguments.of("/api/events", Map.of("size", "0"), "size"),
                Arguments.of("/api/events", Map.of("page", "-1"), "page"),
                Arguments.of("/api/events", Map.of("actor", "x".repeat(201)), "actor"),
                Arguments.of("/api/articles", Map.of("from", "2018", "to", "2017"), "after"),
                Arguments.of("/api/articles", Map.of("size", "1000"), "size"),
                Arguments.of("/api/articles", Map.of("to", "yesterday"), "to"),
                Arguments.of("/api/actors", Map.of("kind", "ANIMAL"), "kind"),
                Arguments.of("/api/quotes", Map.of("page", "x"), "page"),
                Arguments.of("/api/stats/timeline", Map.of("interval", "year"), "interval"),
                Arguments.of("/api/stats/timeline", Map.of("root", "00"), "root"),
                Arguments.of("/api/events/stream", Map.of("cameo", "999"), "cameo"));
    }

    @ParameterizedTest
    @MethodSource("badParameters")
    void aBadParameterIsA400Problem(String path, Map<String, String> parameters, String named) {
        given().queryParams(parameters).get(path).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("detail", containsString(named));
    }

    @ParameterizedTest
    @MethodSource("badIds")
    void aMalformedIdIsA400Problem(String path) {
        given().urlEncodingEnabled(false).get(path).then().statusCode(400).contentType("application/problem+json");
    }

    static Stream<String> badIds() {
        return Stream.of("/api/articles/XYZ", "/api/articles/" + "0".repeat(33), "/api/events/E-1",
                "/api/events/" + "a".repeat(41), "/api/actors/-lead", "/api/actors/" + "a".repeat(65),
                "/api/articles/'%20OR%20'1'='1");
    }

    static Stream<Arguments> injections() {
        return PARAMETERS.entrySet().stream().flatMap(endpoint -> endpoint.getValue().stream()
                .flatMap(parameter -> INJECTIONS.stream().map(value -> Arguments.of(endpoint.getKey(), parameter,
                        value))));
    }

    @ParameterizedTest
    @MethodSource("injections")
    void sqlInjectionIsA400OrAnEmptyResultNeverA500(String path, String parameter, String value) {
        Response response = given().queryParam(parameter, value).get(path);
        assertThat(response.statusCode()).as(response.asString()).isIn(200, 400);
        if (response.statusCode() == 200 && path.equals("/api/actors") && parameter.equals("q")) {
            // A part of a name: the injection is searched for as text, and only names containing it match.
            List<String> names = response.jsonPath().getList("items.name");
            assertThat(names).allSatisfy(name -> assertThat(Names.normalise(name)).contains(Names.normalise(value)));
        } else if (response.statusCode() == 200) {
            // Taken as text, "1=1" may match stored words; what matters is a well-formed page, not rows from SQL.
            assertThat(response.jsonPath().getLong("total")).isGreaterThanOrEqualTo(0);
            assertThat(response.jsonPath().getList("items")).hasSizeLessThanOrEqualTo(
                    (int) Math.min(20, response.jsonPath().getLong("total")));
        } else {
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }

    @ParameterizedTest
    @MethodSource("injectedIds")
    void sqlInjectionInAnIdIsA400(String path) {
        given().get(path, "1' OR '1'='1").then().statusCode(400).contentType("application/problem+json");
    }

    static Stream<String> injectedIds() {
        return Stream.of("/api/articles/{id}", "/api/events/{id}", "/api/actors/{id}");
    }

    /** Longer than Vert.x's default 4 KB request line, which it answered with a bare 414 before any resource ran. */
    @ParameterizedTest
    @MethodSource("injectedIds")
    void aVeryLongIdIsA400Problem(String path) {
        given().get(path, "a".repeat(5000)).then().statusCode(400).contentType("application/problem+json");
    }
}
