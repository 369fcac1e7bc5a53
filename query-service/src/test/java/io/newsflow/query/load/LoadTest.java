package io.newsflow.query.load;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.newsflow.contract.AnalysedArticle;
import io.newsflow.contract.ContractJson;
import io.newsflow.contract.NewsEvent;
import io.newsflow.contract.Topics;
import io.newsflow.localstack.infra.Infrastructure;
import io.newsflow.localstack.test.NewsflowTestResource;
import io.newsflow.query.QueryTestSupport;
import io.newsflow.query.persistence.AnalysisStore;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * Loads 100,000 synthetic analyses (about 500,000 events) and measures the store and every
 * endpoint. Not part of the default build: {@code -Dnewsflow.load-test=true}. Writes
 * {@code target/load-report.md}.
 */
@QuarkusTest
@WithTestResource(value = NewsflowTestResource.class, scope = TestResourceScope.GLOBAL)
@EnabledIfSystemProperty(named = "newsflow.load-test", matches = "true")
class LoadTest {
    private static final int ARTICLES = Integer.getInteger("newsflow.load-test.articles", 100_000);
    private static final int KAFKA_ARTICLES = Integer.getInteger("newsflow.load-test.kafka-articles", 10_000);
    private static final int BATCH = 500;
    private static final int RUNS = 50;
    private static final String[] WORDS = { "sanctions", "talks", "agreement", "aid", "ceasefire", "visit",
            "investigation", "air strikes", "diplomats", "cooperation" };

    @Inject
    AnalysisStore store;

    private final StringBuilder report = new StringBuilder();
    private final Random random = new Random(7);
    private final List<String> articleIds = new ArrayList<>();
    private final List<String> eventIds = new ArrayList<>();

    @Test
    void loadAndMeasure() throws Exception {
        SyntheticAnalyses generator = new SyntheticAnalyses(42);
        long events = 0;
        long start = System.nanoTime();
        for (int first = 0; first < ARTICLES; first += BATCH) {
            List<AnalysedArticle> batch = new ArrayList<>(BATCH);
            for (int n = first; n < Math.min(first + BATCH, ARTICLES); n++) {
                AnalysedArticle article = generator.article(n);
                batch.add(article);
                events += article.events().size();
                if (n % 997 == 0) {
                    articleIds.add(article.articleId());
                    eventIds.add(article.events().get(0).eventId());
                }
            }
            QuarkusTransaction.requiringNew().run(() -> store.saveArticles(batch));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        line("## Load through AnalysisStore (batches of %d articles, one transaction each)", BATCH);
        line("%d articles, %d events in %.1f s: %.0f articles/s, %.0f events/s", ARTICLES, events, seconds,
                ARTICLES / seconds, events / seconds);
        sql("VACUUM ANALYZE");
        line("Rows: %s", rowCounts());

        measureConsumer(generator);
        measureEndpoints(generator);
        Path out = Path.of("target", "load-report.md");
        Files.writeString(out, report);
        System.out.println(report);
    }

    /** Publishes analyses to news.articles as fast as the producer goes and times the consumer storing them. */
    private void measureConsumer(SyntheticAnalyses generator) {
        Infrastructure infrastructure = NewsflowTestResource.infrastructure();
        List<AnalysedArticle> articles = new ArrayList<>();
        for (int n = 0; n < KAFKA_ARTICLES; n++) {
            articles.add(generator.article(ARTICLES + n));
        }
        long events = articles.stream().mapToLong(article -> article.events().size()).sum();
        long before = QueryTestSupport.count("SELECT count(*) FROM event");
        long start = System.nanoTime();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers(),
                ProducerConfig.LINGER_MS_CONFIG, "20", ProducerConfig.BATCH_SIZE_CONFIG, "1048576",
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4"), new StringSerializer(), new StringSerializer())) {
            for (AnalysedArticle article : articles) {
                producer.send(new ProducerRecord<>(Topics.NEWS_ARTICLES, article.articleId(), ContractJson.write(article)));
            }
            producer.flush();
        }
        double published = (System.nanoTime() - start) / 1e9;
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> QueryTestSupport.count("SELECT count(*) FROM event") - before >= events);
        double seconds = (System.nanoTime() - start) / 1e9;
        line("");
        line("## Consumer: news.articles → PostgreSQL (Kafka batches, on top of the loaded data)");
        line("%d articles, %d events published in %.1f s, all stored after %.1f s: %.0f events/s", KAFKA_ARTICLES,
                events, published, seconds, events / seconds);
    }

    private void measureEndpoints(SyntheticAnalyses generator) {
        List<NewsEvent.Actor> people = generator.people();
        Map<String, Supplier<RequestSpecification>> queries = new LinkedHashMap<>();
        queries.put("GET /api/articles?q=&source=", () -> given().queryParam("q", pick(WORDS))
                .queryParam("source", pick(SyntheticAnalyses.SOURCES)));
        queries.put("GET /api/articles?q= (rank only)", () -> given().queryParam("q", pick(WORDS) + " " + pick(WORDS)));
        queries.put("GET /api/articles?person=", () -> given().queryParam("person", pick(people).name()));
        queries.put("GET /api/articles?country=&from=&to=", () -> given()
                .queryParam("country", pick(SyntheticAnalyses.COUNTRIES)).queryParam("from", month())
                .queryParam("to", "2019-12"));
        queries.put("GET /api/articles/{id}", () -> given().pathParam("id", pick(articleIds)));
        queries.put("GET /api/events?actor=", () -> given().queryParam("actor", pick(people).name()));
        queries.put("GET /api/events?country=&root=", () -> given()
                .queryParam("country", pick(SyntheticAnalyses.COUNTRIES)).queryParam("root", pick(new String[] {
                        "04", "16", "19", "11" })));
        queries.put("GET /api/events?cameo=&from=&to=", () -> given().queryParam("cameo", pick(new String[] {
                "04", "042", "163", "19", "0211" })).queryParam("from", month()).queryParam("to", month2()));
        queries.put("GET /api/events?q=&quadClass=", () -> given().queryParam("q", pick(WORDS))
                .queryParam("quadClass", 1 + random.nextInt(4)));
        queries.put("GET /api/events?location=", () -> given().queryParam("location", pick(new String[] {
                "Geneva", "Moscow", "Paris" })).queryParam("from", month()));
        queries.put("GET /api/events/{id}", () -> given().pathParam("id", pick(eventIds)));
        queries.put("GET /api/actors?q=", () -> given().queryParam("q", pick(people).name().split(" ")[1]));
        queries.put("GET /api/actors?kind=", () -> given().queryParam("kind", pick(new String[] { "PERSON",
                "ORGANIZATION", "COUNTRY" })));
        queries.put("GET /api/actors/{id}", () -> given().pathParam("id", pick(people).entityId()));
        queries.put("GET /api/quotes?speaker=", () -> given().queryParam("speaker", pick(people).name()));
        queries.put("GET /api/quotes?q=", () -> given().queryParam("q", pick(new String[] { "sanctions", "dialogue",
                "escalation", "agreement" })));
        queries.put("GET /api/stats/timeline?interval=month&root=&country=", () -> given()
                .queryParam("interval", "month").queryParam("root", pick(new String[] { "04", "16", "19" }))
                .queryParam("country", pick(SyntheticAnalyses.COUNTRIES)));
        queries.put("GET /api/stats/timeline?interval=week&actor=", () -> given().queryParam("interval", "week")
                .queryParam("actor", pick(people).name()));
        queries.put("GET /api/events?actor= as CSV (all rows)", () -> given().accept("text/csv")
                .queryParam("actor", pick(people).name()));
        line("");
        line("## Endpoints (%d runs each after 10 warm-up runs, through HTTP; ms)", RUNS);
        line("");
        line("| query | median | p90 | max | typical total |");
        line("| --- | ---: | ---: | ---: | ---: |");
        queries.forEach((name, request) -> {
            String path = name.substring(4).replaceAll("\\?.*| .*", "");
            for (int i = 0; i < 10; i++) {
                request.get().get(path).then().statusCode(200);
            }
            List<Double> times = new ArrayList<>();
            List<Long> totals = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                RequestSpecification spec = request.get();
                long start = System.nanoTime();
                var response = spec.get(path);
                times.add((System.nanoTime() - start) / 1e6);
                response.then().statusCode(200);
                if (response.contentType().startsWith("application/json")) {
                    Object total = response.jsonPath().get("total");
                    totals.add(total == null ? 1 : ((Number) total).longValue());
                } else {
                    totals.add(response.asString().lines().count() - 1);
                }
            }
            times.sort(Double::compare);
            totals.sort(Long::compare);
            line("| `%s` | %.1f | %.1f | %.1f | %d |", name, times.get(RUNS / 2), times.get(RUNS * 9 / 10),
                    times.get(RUNS - 1), totals.get(RUNS / 2));
        });
    }

    private String month() {
        return "%d-%02d".formatted(2015 + random.nextInt(4), 1 + random.nextInt(12));
    }

    private String month2() {
        return "%d-%02d".formatted(2019, 1 + random.nextInt(12));
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String rowCounts() {
        List<String> counts = new ArrayList<>();
        for (String table : List.of("article", "event", "entity", "mention", "article_entity", "quote")) {
            counts.add(table + " " + QueryTestSupport.count("SELECT count(*) FROM " + table));
        }
        return String.join(", ", counts);
    }

    private static void sql(String statement) throws SQLException {
        Infrastructure infrastructure = NewsflowTestResource.infrastructure();
        try (Connection connection = DriverManager.getConnection(infrastructure.jdbcUrl(),
                infrastructure.databaseUser(), infrastructure.databasePassword());
                Statement execute = connection.createStatement()) {
            execute.execute(statement);
        }
    }

    private void line(String format, Object... arguments) {
        report.append(arguments.length == 0 ? format : format.formatted(arguments)).append('\n');
        System.out.println(arguments.length == 0 ? format : format.formatted(arguments));
    }

}
