package io.newsflow.query.rest;

import static io.newsflow.query.QueryTestSupport.publishAndAwait;
import static io.newsflow.query.QueryTestSupport.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.newsflow.contract.AnalysedArticle;
import io.newsflow.contract.ContractFixtures;
import io.newsflow.localstack.test.NewsflowTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** Full-text search ranks the newest matches only, then lists the older ones by date, page after page. */
@QuarkusTest
@TestProfile(RankWindowTest.WindowOfThree.class)
@WithTestResource(value = NewsflowTestResource.class, scope = TestResourceScope.GLOBAL)
class RankWindowTest {
    private static final String SOURCE = unique("Windowed ");
    /** Newest first: only the third (in the window) and the sixth (outside it) name the word in their headline. */
    private static final List<AnalysedArticle> NEWEST_FIRST = new ArrayList<>();

    public static class WindowOfThree implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsflow.query.search.rank-window", "3");
        }
    }

    /** Once, before the first test: the application is not up yet in a @BeforeAll of a profile's first class. */
    @BeforeEach
    void publishSixMatches() {
        if (!NEWEST_FIRST.isEmpty()) {
            return;
        }
        for (int day = 6; day >= 1; day--) {
            boolean inHeadline = day == 4 || day == 1;
            String headline = unique(inHeadline ? "Ceasefire holds " : "Quiet day ");
            NEWEST_FIRST.add(ContractFixtures.article(headline).source(SOURCE)
                    .publishedAt(Instant.parse("2020-01-0" + day + "T12:00:00Z"))
                    .text("Talks went on. A ceasefire was discussed.").build());
        }
        publishAndAwait(NEWEST_FIRST.toArray(AnalysedArticle[]::new));
    }

    @Test
    void ranksTheNewestMatchesThenListsTheRestByDate() {
        given().queryParam("source", SOURCE).queryParam("q", "ceasefire").get("/api/articles").then()
                .statusCode(200)
                .body("total", equalTo(6))
                .body("items.id", contains(ids(2, 0, 1, 3, 4, 5)))
                .body("items[5].rank", greaterThan(0f));
    }

    @Test
    void pagesNeitherOverlapNorSkipAcrossTheWindowsEdge() {
        List<String> seen = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            seen.addAll(given().queryParam("source", SOURCE).queryParam("q", "ceasefire")
                    .queryParam("size", 2).queryParam("page", page).get("/api/articles").then()
                    .statusCode(200).extract().<List<String>>path("items.id"));
        }
        assertThat(seen).containsExactly(ids(2, 0, 1, 3, 4, 5));
    }

    @Test
    void theWindowFollowsTheDateFilter() {
        given().queryParam("source", SOURCE).queryParam("q", "ceasefire").queryParam("to", "2020-01-03")
                .get("/api/articles").then()
                .body("items.id", contains(ids(5, 3, 4)));
    }

    private static String[] ids(int... positions) {
        return Arrays.stream(positions).mapToObj(i -> NEWEST_FIRST.get(i).articleId()).toArray(String[]::new);
    }
}
