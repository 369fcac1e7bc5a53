package io.newsflow.query.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.newsflow.localstack.test.NewsflowTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@WithTestResource(value = NewsflowTestResource.class, scope = TestResourceScope.GLOBAL)
class OpenApiTest {
    private static final List<String> EVENT_FILTERS = List.of("actor", "country", "cameo", "root", "quadClass",
            "from", "to", "location", "articleId", "q");
    private static final List<String> PAGE = List.of("page", "size");

    @Test
    void everyParameterIsDescribed() {
        JsonPath openApi = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        Map<String, List<String>> expected = Map.of(
                "/api/articles", concat(List.of("q", "source", "from", "to", "country", "person"), PAGE),
                "/api/events", concat(EVENT_FILTERS, PAGE),
                "/api/events/stream", EVENT_FILTERS,
                "/api/actors", concat(List.of("q", "kind"), PAGE),
                "/api/actors/{id}", concat(List.of("id"), PAGE),
                "/api/actors/{id}/counterparts", concat(List.of("id"), PAGE),
                "/api/quotes", concat(List.of("speaker", "q"), PAGE),
                "/api/stats/timeline", concat(concat(List.of("interval"), EVENT_FILTERS), PAGE));
        expected.forEach((path, parameters) -> {
            List<Map<String, Object>> described = openApi.getList("paths.'" + path + "'.get.parameters");
            assertThat(described).as(path).isNotNull();
            assertThat(described.stream().map(parameter -> (String) parameter.get("name")))
                    .as(path).containsExactlyInAnyOrderElementsOf(parameters);
            assertThat(described).as(path + " descriptions").allSatisfy(parameter -> assertThat(
                    parameter.get("name").equals("id") || parameter.get("description") != null).isTrue());
        });
        assertThat(openApi.getString("paths.'/api/events'.get.description")).contains("Sorted by event date");
        assertThat(openApi.getMap("paths.'/api/events'.get.responses.'200'.content")).containsKeys(
                "application/json", "text/csv", "application/x-ndjson");
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }
}
