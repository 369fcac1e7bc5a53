package io.newsflow.query.load;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
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
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.contract.AnalysedArticle;
import io.newsflow.contract.ContractJson;
import io.newsflow.contract.NewsEvent;
import io.newsflow.contract.Topics;
import io.newsflow.localstack.infra.EmbeddedPostgresServer;
import io.newsflow.localstack.infra.Infrastructure;
import io.newsflow.localstack.test.NewsflowTestResource;
import io.newsflow.query.QueryTestSupport;
import io.newsflow.query.persistence.AnalysisStore;
import io.newsflow.query.persistence.Received;
import io.newsflow.query.rest.RequestFilters;
import io.newsflow.query.service.ActorQueries;
import io.newsflow.query.service.ArticleQueries;
import io.newsflow.query.service.EventQueries;
import io.newsflow.query.service.ListQuery;
import io.newsflow.query.service.PageRequest;
import io.newsflow.query.service.QueryPlans;
import io.newsflow.query.service.QuoteQueries;
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
    /** false measures only the writes, for comparing the store of two versions. */
    private static final boolean ENDPOINTS = Boolean.parseBoolean(System.getProperty("newsflow.load-test.endpoints",
            "true"));
    /** Indexes dropped before the load (comma-separated names): what an index costs the writes, measured. */
    private static final String DROP_INDEXES = System.getProperty("newsflow.load-test.drop-indexes", "");
    private static final int BATCH = 500;
    private static final int RUNS = 50;
    private static final String[] WORDS = { "sanctions", "talks", "agreement", "aid", "ceasefire", "visit",
            "investigation", "air strikes", "diplomats", "cooperation" };

    @Inject
    AnalysisStore store;
    @Inject
    ArticleQueries articleQueries;
    @Inject
    EventQueries eventQueries;
    @Inject
    ActorQueries actorQueries;
    @Inject
    QuoteQueries quoteQueries;
    @Inject
    EntityManager entityManager;
    @Inject
    MeterRegistry meters;

    private final StringBuilder report = new StringBuilder();
    private final Random random = new Random(7);
    private final List<String> articleIds = new ArrayList<>();
    private final List<String> eventIds = new ArrayList<>();

    @Test
    void loadAndMeasure() throws Exception {
        SyntheticAnalyses generator = new SyntheticAnalyses(42);
        line("PostgreSQL %s; synchronous_commit %s, shared_buffers %s; load average at the start: %s",
                setting("server_version"), setting("synchronous_commit"), setting("shared_buffers"), loadAverage());
        for (String index : DROP_INDEXES.split(",")) {
            if (!index.isBlank()) {
                sql("DROP INDEX " + index.strip());
                line("Dropped for this run: index %s", index.strip());
            }
        }
        line("");
        long events = 0;
        CpuMeter.Reading cpuBefore = cpu().read();
        long start = System.nanoTime();
        for (int first = 0; first < ARTICLES; first += BATCH) {
            List<Received<AnalysedArticle>> batch = new ArrayList<>(BATCH);
            for (int n = first; n < Math.min(first + BATCH, ARTICLES); n++) {
                AnalysedArticle article = generator.article(n);
                batch.add(new Received<>(article, ContractJson.write(article)));
                events += article.events().size();
                if (n % 997 == 0) {
                    articleIds.add(article.articleId());
                    eventIds.add(article.events().get(0).eventId());
                }
            }
            QuarkusTransaction.requiringNew().run(() -> store.saveReceived(batch));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        line("## Load through AnalysisStore (batches of %d articles, one transaction each)", BATCH);
        line("%d articles, %d events in %.1f s: %.0f articles/s, %.0f events/s", ARTICLES, events, seconds,
                ARTICLES / seconds, events / seconds);
        cpuLine(cpuBefore, events);
        sql("VACUUM ANALYZE");
        line("Rows: %s", rowCounts());

        measureConsumer(generator);
        if (ENDPOINTS) {
            line("");
            line("Sizes (table with its indexes and TOAST): %s", tableSizes());
            // A serving database holds its hot tables in memory; right after the bulk load the article
            // pages had been pushed out by the event rows written after them.
            sql("CREATE EXTENSION IF NOT EXISTS pg_prewarm");
            line("Prewarmed into shared buffers: the article table and its indexes, %s pages",
                    single("SELECT pg_prewarm('article') + (SELECT sum(pg_prewarm(indexrelid)) FROM pg_index"
                            + " WHERE indrelid = 'article'::regclass)"));
            measureEndpoints(generator);
        }
        Path out = Path.of("target", "load-report.md");
        Files.writeString(out, report);
        System.out.println(report);
    }

    /** Publishes analyses to news.articles as fast as the producer goes and times the consumer storing them. */
    private void measureConsumer(SyntheticAnalyses generator) throws SQLException {
        Infrastructure infrastructure = NewsflowTestResource.infrastructure();
        List<AnalysedArticle> articles = new ArrayList<>();
        for (int n = 0; n < KAFKA_ARTICLES; n++) {
            articles.add(generator.article(ARTICLES + n));
        }
        long events = articles.stream().mapToLong(article -> article.events().size()).sum();
        long before = QueryTestSupport.count("SELECT count(*) FROM event");
        double recordsBefore = storedRecords();
        if ("pg_stat_statements".equals(setting("shared_preload_libraries"))) {
            sql("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            sql("SELECT pg_stat_statements_reset()");
        }
        CpuMeter.Reading cpuBefore = cpu().read();
        double consumerBefore = ConsumerThreads.cpuSeconds();
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
        // Awaited on the consumer's own count: polling count(*) on the event table cost PostgreSQL
        // about a tenth of what it spent storing (pg_stat_statements), inside the measured window.
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> storedRecords() - recordsBefore >= KAFKA_ARTICLES);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(QueryTestSupport.count("SELECT count(*) FROM event") - before).isEqualTo(events);
        String statements = statementCosts(events);
        line("");
        line("## Consumer: news.articles → PostgreSQL (Kafka batches, on top of the loaded data)");
        line("%d articles, %d events published in %.1f s, all stored after %.1f s: %.0f events/s", KAFKA_ARTICLES,
                events, published, seconds, events / seconds);
        cpuLine(cpuBefore, events);
        double consumer = ConsumerThreads.cpuSeconds() - consumerBefore;
        double postgres = cpu().read().since(cpuBefore).postgresSeconds();
        // Three decimals: an index's share of the writes is a few thousandths of a CPU-second per 1,000 events.
        line("query-service's own share: its consumer and worker threads %.2f s + PostgreSQL %.2f s: %.3f CPU-seconds"
                + " per 1,000 events (threads %.3f, PostgreSQL %.3f); the rest of the JVM is the broker, this test's"
                + " producer, the JIT and the garbage collector", consumer, postgres, (consumer + postgres) * 1000 / events,
                consumer * 1000 / events, postgres * 1000 / events);
        var batches = meters.find("newsflow.query.batch.records").tag("topic", Topics.NEWS_ARTICLES).summary();
        line("Batches: %d, %.0f records on average, %.0f at most", batches.count(), batches.mean(), batches.max());
        line(statements);
    }

    private void measureEndpoints(SyntheticAnalyses generator) {
        List<Endpoint> endpoints = endpoints(generator.people());
        line("");
        line("## Endpoints (%d runs each after 10 warm-up runs, through HTTP; ms)", RUNS);
        line("");
        line("Load average before: %s", loadAverage());
        line("");
        line("Server: the service's own time for the request (its `http.server.requests` timer), from the request's");
        line("arrival to the last byte of the response. Client: RestAssured's call in this JVM, which adds its own");
        line("request building and response parsing.");
        line("");
        line("| query | server median | server p90 | client median | client p90 | client max | typical total |");
        line("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (Endpoint endpoint : endpoints) {
            for (int i = 0; i < 10; i++) {
                endpoint.request(endpoint.parameters().get()).get(endpoint.path()).then().statusCode(200);
            }
            List<Double> times = new ArrayList<>();
            List<Double> serverTimes = new ArrayList<>();
            List<Long> totals = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                RequestSpecification spec = endpoint.request(endpoint.parameters().get());
                ServerTime serverBefore = serverTime(endpoint.path());
                long start = System.nanoTime();
                var response = spec.get(endpoint.path());
                times.add((System.nanoTime() - start) / 1e6);
                serverTimes.add(serverTimeSince(endpoint.path(), serverBefore));
                response.then().statusCode(200);
                if (response.contentType().startsWith("application/json")) {
                    Object total = response.jsonPath().get("total");
                    totals.add(total == null ? 1 : ((Number) total).longValue());
                } else {
                    totals.add(response.asString().lines().count() - 1);
                }
            }
            times.sort(Double::compare);
            serverTimes.sort(Double::compare);
            totals.sort(Long::compare);
            line("| `%s` | %.1f | %.1f | %.1f | %.1f | %.1f | %d |", endpoint.name(), serverTimes.get(RUNS / 2),
                    serverTimes.get(RUNS * 9 / 10), times.get(RUNS / 2), times.get(RUNS * 9 / 10), times.get(RUNS - 1),
                    totals.get(RUNS / 2));
        }
        line("");
        line("Load average after: %s", loadAverage());
        explain(endpoints);
    }

    /** The plans of the list statements behind each endpoint, run with one of its parameter sets. */
    private void explain(List<Endpoint> endpoints) {
        line("");
        line("## Plans (EXPLAIN (ANALYZE, BUFFERS) of the statements each endpoint runs, first page of 20)");
        for (Endpoint endpoint : endpoints) {
            Map<String, String> parameters = endpoint.parameters().get();
            List<ListQuery> statements = endpoint.statements().apply(parameters);
            if (statements.isEmpty()) {
                continue;
            }
            line("");
            line("### `%s` %s", endpoint.name(), parameters);
            for (ListQuery statement : statements) {
                line("");
                line("```");
                line(QueryPlans.rows(entityManager, statement, new PageRequest(0, PageRequest.DEFAULT_SIZE)));
                line("```");
                line("");
                line("```");
                line(QueryPlans.count(entityManager, statement));
                line("```");
            }
        }
    }

    private List<Endpoint> endpoints(List<NewsEvent.Actor> people) {
        Function<Map<String, String>, List<ListQuery>> articleList = parameters -> List.of(
                articleQueries.searchQuery(RequestFilters.articles(parameters)));
        Function<Map<String, String>, List<ListQuery>> eventList = parameters -> List.of(
                eventQueries.listQuery(RequestFilters.events(parameters)));
        Function<Map<String, String>, List<ListQuery>> byId = parameters -> List.of();
        return List.of(
                new Endpoint("GET /api/articles?q=&source=", "/api/articles", null, () -> Map.of("q", pick(WORDS),
                        "source", pick(SyntheticAnalyses.SOURCES)), articleList),
                new Endpoint("GET /api/articles?q= (rank only)", "/api/articles", null,
                        () -> Map.of("q", pick(WORDS) + " " + pick(WORDS)), articleList),
                new Endpoint("GET /api/articles?person=", "/api/articles", null,
                        () -> Map.of("person", pick(people).name()), articleList),
                new Endpoint("GET /api/articles?country=&from=&to=", "/api/articles", null, () -> Map.of("country",
                        pick(SyntheticAnalyses.COUNTRIES), "from", month(), "to", "2019-12"), articleList),
                new Endpoint("GET /api/articles/{id}", "/api/articles/{id}", null,
                        () -> Map.of("id", pick(articleIds)), byId),
                new Endpoint("GET /api/events?actor=", "/api/events", null,
                        () -> Map.of("actor", pick(people).name()), eventList),
                new Endpoint("GET /api/events?country=&root=", "/api/events", null, () -> Map.of("country",
                        pick(SyntheticAnalyses.COUNTRIES), "root", pick(new String[] { "04", "16", "19", "11" })),
                        eventList),
                new Endpoint("GET /api/events?cameo=&from=&to=", "/api/events", null, () -> Map.of("cameo",
                        pick(new String[] { "04", "042", "163", "19", "0211" }), "from", month(), "to", month2()),
                        eventList),
                new Endpoint("GET /api/events?q=&quadClass=", "/api/events", null, () -> Map.of("q", pick(WORDS),
                        "quadClass", Integer.toString(1 + random.nextInt(4))), eventList),
                new Endpoint("GET /api/events?location=&from=", "/api/events", null, () -> Map.of("location",
                        pick(new String[] { "Geneva", "Moscow", "Paris" }), "from", month()), eventList),
                new Endpoint("GET /api/events/{id}", "/api/events/{id}", null, () -> Map.of("id", pick(eventIds)),
                        byId),
                new Endpoint("GET /api/actors?q=", "/api/actors", null,
                        () -> Map.of("q", pick(people).name().split(" ")[1]),
                        parameters -> List.of(actorQueries.listQuery(parameters.get("q"), null))),
                new Endpoint("GET /api/actors?kind=", "/api/actors", null, () -> Map.of("kind", pick(new String[] {
                        "PERSON", "ORGANIZATION", "COUNTRY" })),
                        parameters -> List.of(actorQueries.listQuery(null, parameters.get("kind")))),
                new Endpoint("GET /api/actors/{id}", "/api/actors/{id}", null,
                        () -> Map.of("id", pick(people).entityId()),
                        // Panache reads (lookups by entity id): no native statement to explain.
                        parameters -> List.of()),
                new Endpoint("GET /api/quotes?speaker=", "/api/quotes", null,
                        () -> Map.of("speaker", pick(people).name()),
                        parameters -> List.of(quoteQueries.listQuery(parameters.get("speaker"), null))),
                new Endpoint("GET /api/quotes?q=", "/api/quotes", null, () -> Map.of("q", pick(new String[] {
                        "sanctions", "dialogue", "escalation", "agreement" })),
                        parameters -> List.of(quoteQueries.listQuery(null, parameters.get("q")))),
                new Endpoint("GET /api/stats/timeline?interval=month&root=&country=", "/api/stats/timeline", null,
                        () -> Map.of("interval", "month", "root", pick(new String[] { "04", "16", "19" }), "country",
                                pick(SyntheticAnalyses.COUNTRIES)),
                        parameters -> List.of(eventQueries.timelineQuery("month", RequestFilters.events(parameters)))),
                new Endpoint("GET /api/stats/timeline?interval=week&actor=", "/api/stats/timeline", null,
                        () -> Map.of("interval", "week", "actor", pick(people).name()),
                        parameters -> List.of(eventQueries.timelineQuery("week", RequestFilters.events(parameters)))),
                new Endpoint("GET /api/events?actor= as CSV (all rows)", "/api/events", "text/csv",
                        () -> Map.of("actor", pick(people).name()), byId));
    }

    /**
     * An endpoint as the load test calls it: a parameter set per request (a {name} of the path is
     * a path parameter, the rest are query parameters) and the list statements it runs.
     */
    private record Endpoint(String name, String path, String accept, Supplier<Map<String, String>> parameters,
            Function<Map<String, String>, List<ListQuery>> statements) {

        RequestSpecification request(Map<String, String> values) {
            RequestSpecification request = given();
            if (accept != null) {
                request.accept(accept);
            }
            values.forEach((name, value) -> {
                if (path.contains("{" + name + "}")) {
                    request.pathParam(name, value);
                } else {
                    request.queryParam(name, value);
                }
            });
            return request;
        }
    }

    /** The server timer of a path template: requests so far and their total time. */
    private record ServerTime(long count, double totalMillis) {
    }

    private ServerTime serverTime(String pathTemplate) {
        var timers = meters.find("http.server.requests").tag("uri", pathTemplate).tag("status", "200").timers();
        return new ServerTime(timers.stream().mapToLong(timer -> timer.count()).sum(),
                timers.stream().mapToDouble(timer -> timer.totalTime(TimeUnit.MILLISECONDS)).sum());
    }

    /** The server's time of the one request made since {@code before}; it records it as the response ends. */
    private double serverTimeSince(String pathTemplate, ServerTime before) {
        ServerTime after = await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(1))
                .until(() -> serverTime(pathTemplate), now -> now.count() > before.count());
        return after.totalMillis() - before.totalMillis();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
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
        for (String table : List.of("article", "event", "entity", "article_entity", "quote")) {
            counts.add(table + " " + QueryTestSupport.count("SELECT count(*) FROM " + table));
        }
        return String.join(", ", counts);
    }

    /**
     * The statements of the Kafka phase by their share of PostgreSQL's execution time, when the server
     * loads pg_stat_statements (-Dnewsflow.postgres.statement-stats=true); reset before the phase.
     */
    private String statementCosts(long events) throws SQLException {
        if (!"pg_stat_statements".equals(setting("shared_preload_libraries"))) {
            return "(statement costs: run with -D" + EmbeddedPostgresServer.STATEMENT_STATS + "=true)";
        }
        StringBuilder table = new StringBuilder("\n| statement | calls | rows | ms per 1,000 events |\n| --- | ---: | ---: | ---: |\n");
        try (Connection connection = connection(); Statement select = connection.createStatement();
                var result = select.executeQuery("SELECT left(regexp_replace(query, '\\s+', ' ', 'g'), 110), calls, rows,"
                        + " total_exec_time FROM pg_stat_statements WHERE query NOT LIKE '%pg_stat_statements%'"
                        + " ORDER BY total_exec_time DESC LIMIT 15")) {
            while (result.next()) {
                table.append(String.format(Locale.ROOT, "| `%s` | %d | %d | %.1f |%n", result.getString(1).replace("|", "\\|"),
                        result.getLong(2), result.getLong(3), result.getDouble(4) * 1000 / events));
            }
        }
        return table.toString();
    }

    /** news.articles records the consumer wrote to the database so far. */
    private double storedRecords() {
        return meters.find("newsflow.query.records").tag("topic", Topics.NEWS_ARTICLES).counters().stream()
                .mapToDouble(counter -> counter.count()).sum();
    }

    private static CpuMeter cpu() {
        return new CpuMeter(java.net.URI.create(NewsflowTestResource.infrastructure().jdbcUrl().substring(5)).getPort());
    }

    /** CPU time since {@code before}: the figure to compare across machine loads. */
    private void cpuLine(CpuMeter.Reading before, long events) {
        CpuMeter.Reading used = cpu().read().since(before);
        line("CPU: JVM %.1f s, PostgreSQL %.1f s: %.2f CPU-seconds per 1,000 events (JVM %.2f, PostgreSQL %.2f);"
                + " load average %s", used.jvmSeconds(), used.postgresSeconds(),
                (used.jvmSeconds() + used.postgresSeconds()) * 1000 / events, used.jvmSeconds() * 1000 / events,
                used.postgresSeconds() * 1000 / events, loadAverage());
    }

    private static String setting(String name) throws SQLException {
        try (Connection connection = connection(); Statement show = connection.createStatement();
                var result = show.executeQuery("SHOW " + name)) {
            result.next();
            return result.getString(1);
        }
    }

    private static String single(String query) throws SQLException {
        try (Connection connection = connection(); Statement select = connection.createStatement();
                var result = select.executeQuery(query)) {
            result.next();
            return result.getString(1);
        }
    }

    private static String tableSizes() throws SQLException {
        return single("SELECT string_agg(relname || ' ' || pg_size_pretty(pg_total_relation_size(oid)), ', '"
                + " ORDER BY pg_total_relation_size(oid) DESC) FROM pg_class WHERE relkind = 'r'"
                + " AND relnamespace = 'public'::regnamespace AND relname <> 'flyway_schema_history'");
    }

    private static void sql(String statement) throws SQLException {
        try (Connection connection = connection(); Statement execute = connection.createStatement()) {
            execute.execute(statement);
        }
    }

    private static Connection connection() throws SQLException {
        Infrastructure infrastructure = NewsflowTestResource.infrastructure();
        return DriverManager.getConnection(infrastructure.jdbcUrl(), infrastructure.databaseUser(),
                infrastructure.databasePassword());
    }

    private void line(String format, Object... arguments) {
        report.append(arguments.length == 0 ? format : format.formatted(arguments)).append('\n');
        System.out.println(arguments.length == 0 ? format : format.formatted(arguments));
    }

}
