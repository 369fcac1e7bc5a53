package io.newsflow.query.persistence;

import static io.newsflow.query.QueryTestSupport.count;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.newsflow.contract.AnalysedArticle;
import io.newsflow.contract.NewsEvent;
import io.newsflow.localstack.test.NewsflowTestResource;
import io.newsflow.query.load.CpuMeter;
import io.newsflow.query.load.SyntheticAnalyses;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The event rows of the same kind of synthetic analyses written three ways, in turns: Hibernate ORM
 * (persist, JDBC batches of 100 that the driver rewrites into multi-row INSERTs), the store's COPY
 * ({@link EventRows}; a JDBC batch of INSERT ... VALUES, rewritten the same way, before) and one
 * {@code INSERT ... SELECT FROM unnest} of text arrays per batch. Events are most of what the
 * store writes. Not part of the default build: {@code -Dnewsflow.load-test=true}; writes
 * {@code target/orm-write-report.md}.
 */
@QuarkusTest
@WithTestResource(value = NewsflowTestResource.class, scope = TestResourceScope.GLOBAL)
@EnabledIfSystemProperty(named = "newsflow.load-test", matches = "true")
class OrmWriteComparisonTest {
    private static final int ARTICLES_PER_TURN = Integer.getInteger("newsflow.orm-comparison.articles", 2_000);
    private static final int TURNS = 3;
    private static final int BATCH = 500;
    /** Article numbers of SyntheticAnalyses no other test writes. */
    private static final int FIRST_ARTICLE = 5_000_000;

    private static final String COLUMNS = "id, article_id, cameo_code, cameo_root, quad_class, goldstein, source_name,"
            + " source_kind, source_country, source_entity_id, target_name, target_kind, target_country, target_entity_id,"
            + " action_text, negated, event_date, date_precision, event_date_start, event_date_end, location_name,"
            + " location_country, location_lat, location_lon, sentence, sentence_index, confidence, document, plotted";
    private static final String UNNEST = "INSERT INTO event (" + COLUMNS + ") SELECT id, article_id, cameo_code,"
            + " cameo_root, quad_class::smallint, goldstein::float8, source_name, source_kind, source_country,"
            + " source_entity_id, target_name, target_kind, target_country, target_entity_id, action_text,"
            + " negated::boolean, event_date, date_precision, event_date_start::date, event_date_end::date,"
            + " location_name, location_country, location_lat::float8, location_lon::float8, sentence,"
            + " sentence_index::int, confidence::float8, document::json, plotted::boolean FROM %s"
            + " ON CONFLICT (id) DO NOTHING";

    @Inject
    EntityManager entityManager;

    private interface Writer {
        void write(List<AnalysedArticle> batch);
    }

    @Test
    void theStoresEventWriteAgainstOrmPersist() throws Exception {
        SyntheticAnalyses generator = new SyntheticAnalyses(3);
        CpuMeter cpu = new CpuMeter(java.net.URI.create(NewsflowTestResource.infrastructure().jdbcUrl().substring(5))
                .getPort());
        Map<String, Writer> ways = new LinkedHashMap<>();
        ways.put("Hibernate ORM persist, JDBC batches", this::persist);
        ways.put("COPY FROM STDIN (EventRows, the store)", this::copy);
        ways.put("INSERT ... SELECT FROM unnest of text arrays", this::unnest);
        Map<String, double[]> totals = new LinkedHashMap<>();
        int next = FIRST_ARTICLE;
        for (int turn = 0; turn < TURNS * ways.size(); turn++) {
            // Alternating, and the first way second in every other round, so neither always writes into the larger table.
            List<String> names = new ArrayList<>(ways.keySet());
            String name = names.get((turn + turn / names.size()) % names.size());
            List<AnalysedArticle> articles = new ArrayList<>();
            for (int n = 0; n < ARTICLES_PER_TURN; n++) {
                articles.add(generator.article(next++));
            }
            long events = articles.stream().mapToLong(article -> article.events().size()).sum();
            CpuMeter.Reading before = cpu.read();
            long start = System.nanoTime();
            for (int first = 0; first < articles.size(); first += BATCH) {
                List<AnalysedArticle> batch = articles.subList(first, Math.min(first + BATCH, articles.size()));
                QuarkusTransaction.requiringNew().run(() -> ways.get(name).write(batch));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            CpuMeter.Reading used = cpu.read().since(before);
            assertThat(count("SELECT count(*) FROM event WHERE article_id = ANY(?)",
                    (Object) articles.stream().map(AnalysedArticle::articleId).toArray(String[]::new)))
                    .as(name).isEqualTo(events);
            double[] total = totals.computeIfAbsent(name, key -> new double[4]);
            total[0] += seconds;
            total[1] += used.jvmSeconds();
            total[2] += used.postgresSeconds();
            total[3] += events;
        }
        StringBuilder report = new StringBuilder("| way | events | events/s | CPU-s per 1,000 events (JVM + PostgreSQL) |\n"
                + "| --- | ---: | ---: | ---: |\n");
        totals.forEach((name, total) -> report.append("| %s | %.0f | %.0f | %.2f (%.2f + %.2f) |%n".formatted(name,
                total[3], total[3] / total[0], (total[1] + total[2]) * 1000 / total[3], total[1] * 1000 / total[3],
                total[2] * 1000 / total[3])));
        Files.writeString(Path.of("target", "orm-write-report.md"), report);
        System.out.println(report);
    }

    private void persist(List<AnalysedArticle> batch) {
        for (AnalysedArticle article : batch) {
            NewsDate newsDate = NewsDate.of(article);
            for (NewsEvent event : article.events()) {
                entityManager.persist(WritableEvent.of(event, newsDate));
            }
        }
        entityManager.flush();
        entityManager.clear();
    }

    private void copy(List<AnalysedArticle> batch) {
        entityManager.unwrap(Session.class).doWork(connection -> EventRows.insert(connection, batch,
                new EntityIds(Map.of()), new EntityCounts()));
    }

    /** The same rows as one statement: a text array per column, cast by PostgreSQL. */
    private void unnest(List<AnalysedArticle> batch) {
        ColumnArrays rows = new ColumnArrays(COLUMNS.split(", "));
        for (AnalysedArticle article : batch) {
            NewsDate newsDate = NewsDate.of(article);
            for (NewsEvent event : article.events()) {
                WritableEvent row = WritableEvent.of(event, newsDate);
                rows.add(row.id, row.articleId, row.cameoCode, row.cameoRoot, row.quadClass, row.goldstein,
                        row.sourceName, row.sourceKind, row.sourceCountry, row.sourceEntityId, row.targetName,
                        row.targetKind, row.targetCountry, row.targetEntityId, row.actionText, row.negated,
                        row.eventDate, row.datePrecision, row.eventDateStart, row.eventDateEnd, row.locationName,
                        row.locationCountry, row.locationLat, row.locationLon, row.sentence, row.sentenceIndex,
                        row.confidence, row.document, row.plotted);
            }
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(UNNEST.formatted(rows.unnest("u")))) {
                rows.bind(connection, insert, 1);
                insert.executeUpdate();
            }
        });
    }
}
