package io.newsflow.query.rest;

import static io.newsflow.query.QueryTestSupport.publishAndAwait;
import static io.newsflow.query.QueryTestSupport.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

import io.newsflow.contract.AnalysedArticle;
import io.newsflow.contract.ContractFixtures;
import io.newsflow.contract.ContractJson;
import io.newsflow.contract.DatePrecision;
import io.newsflow.contract.EntityKind;
import io.newsflow.contract.NewsEvent;
import io.newsflow.localstack.test.NewsflowTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = NewsflowTestResource.class, scope = TestResourceScope.GLOBAL)
class ExportTest {
    private static final int EVENTS = 45;
    private static Data data;

    /** An article with more events than a page holds, and two articles of a source no other test uses. */
    record Data(AnalysedArticle big, String source, AnalysedArticle newer, AnalysedArticle older) {
    }

    static synchronized Data data() {
        if (data == null) {
            NewsEvent.Actor actor = ContractFixtures.actor(EntityKind.COUNTRY, unique("Land "), "RUS");
            var builder = ContractFixtures.article(unique("Many events "));
            for (int i = 0; i < EVENTS; i++) {
                builder.event("042", actor, null, "2017-06-%02d".formatted(1 + i % 28), DatePrecision.DAY, null,
                        "Sentence " + i + ", with a comma and a \"quote\".");
            }
            String source = unique("Export agency ");
            AnalysedArticle newer = ContractFixtures.article(unique("Newer, \"quoted\" ")).source(source)
                    .publishedAt(Instant.parse("2017-06-05T00:00:00Z")).build();
            AnalysedArticle older = ContractFixtures.article(unique("Older ")).source(source)
                    .publishedAt(Instant.parse("2017-06-01T00:00:00Z")).build();
            AnalysedArticle big = builder.build();
            publishAndAwait(big, newer, older);
            data = new Data(big, source, newer, older);
        }
        return data;
    }

    @Test
    void eventsAsCsvAreEveryMatchingRowWithAHeader() throws Exception {
        String csv = given().accept("text/csv").queryParam("articleId", data().big().articleId())
                .get("/api/events").then().statusCode(200).contentType("text/csv").extract().asString();

        List<List<String>> rows = csv(csv);
        assertThat(rows).hasSize(EVENTS + 1);
        assertThat(rows.get(0)).startsWith("id", "articleId", "date", "datePrecision", "cameoCode");
        assertThat(rows.get(1).get(1)).isEqualTo(data().big().articleId());
        assertThat(rows.get(1).get(2)).isEqualTo("2017-06-28");
        assertThat(rows.stream().skip(1).map(row -> row.get(16))).allMatch(sentence -> sentence.contains(
                ", with a comma and a \"quote\"."));
    }

    @Test
    void eventsAsNdjsonAreOneDocumentPerLine() throws Exception {
        String ndjson = given().accept("application/x-ndjson").queryParam("articleId", data().big().articleId())
                .get("/api/events").then().statusCode(200).contentType("application/x-ndjson").extract().asString();

        List<String> lines = ndjson.lines().toList();
        assertThat(lines).hasSize(EVENTS);
        assertThat(lines.stream().map(ExportTest::event).map(NewsEvent::eventId))
                .containsExactlyInAnyOrderElementsOf(data().big().events().stream().map(NewsEvent::eventId).toList());
        assertThat(event(lines.get(0)).date()).isEqualTo("2017-06-28");
    }

    @Test
    void articlesExportInTheListOrder() throws Exception {
        Data d = data();
        List<List<String>> rows = csv(given().accept("text/csv").queryParam("source", d.source()).get("/api/articles")
                .then().statusCode(200).extract().asString());
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).startsWith("id", "headline");
        assertThat(rows.stream().skip(1).map(row -> row.get(0))).containsExactly(d.newer().articleId(),
                d.older().articleId());
        assertThat(rows.get(1).get(1)).isEqualTo(d.newer().headline());
        assertThat(rows.get(1).get(5)).isEqualTo("2017-06-05T00:00:00Z");

        List<String> lines = given().accept("application/x-ndjson").queryParam("source", d.source())
                .get("/api/articles").then().statusCode(200).extract().asString().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(ContractJson.read(lines.get(0), AnalysedArticle.class).headline()).isEqualTo(d.newer().headline());
    }

    /**
     * The store keeps the text and the events beside the article's document: the by-id read and
     * the export put them back, the events in the analysis's order (here neither sentence nor id order),
     * with the characters COPY's text format escapes.
     */
    @Test
    void anArticleIsReadAndExportedExactlyAsPublished() throws Exception {
        String source = unique("Reassembly agency ");
        String person = unique("Envoy ");
        NewsEvent.Actor envoy = ContractFixtures.actor(EntityKind.PERSON, person, "CHE");
        AnalysedArticle built = ContractFixtures.article(unique("Reassembled ")).source(source)
                .entity(EntityKind.PERSON, person, "CHE", "the envoy")
                .quote("We agree", person, envoy.entityId(), 30)
                .event("042", envoy, null, "2017-06-03", DatePrecision.DAY, null, "First, \"quoted\",\ta tab,\na line, a back\\slash.")
                .event("057", envoy, null, "2017-06", DatePrecision.MONTH,
                        new NewsEvent.Location("Geneva", "CHE", 46.2, 6.15), "Second.")
                .event("163", envoy, null, null, null, null, "Third.").build();
        List<NewsEvent> unordered = List.of(built.events().get(1), built.events().get(2), built.events().get(0));
        AnalysedArticle published = new AnalysedArticle(built.schemaVersion(), built.articleId(), built.headline(),
                built.subtitle(), built.dateline(), built.publishedAt(), built.language(), built.source(),
                built.url(), built.text(), built.entities(), built.quotes(), unordered, built.tone(),
                built.extractor(), built.analysedAt());
        publishAndAwait(published);

        String byId = given().get("/api/articles/{id}", published.articleId()).then().statusCode(200).extract()
                .asString();
        assertThat(ContractJson.read(byId, AnalysedArticle.class)).isEqualTo(published);
        List<String> lines = given().accept("application/x-ndjson").queryParam("source", source).get("/api/articles")
                .then().statusCode(200).extract().asString().lines().toList();
        assertThat(lines).containsExactly(ContractJson.write(published));
    }

    @Test
    void jsonStaysTheDefault() {
        given().accept("*/*").queryParam("source", data().source()).get("/api/articles").then().statusCode(200)
                .contentType("application/json");
    }

    private static List<List<String>> csv(String text) throws Exception {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<List<String>> rows = mapper.readerForListOf(String.class).readValues(text)) {
            return rows.readAll();
        }
    }

    private static NewsEvent event(String line) {
        try {
            return ContractJson.read(line, NewsEvent.class);
        } catch (Exception e) {
            throw new AssertionError(line, e);
        }
    }
}
