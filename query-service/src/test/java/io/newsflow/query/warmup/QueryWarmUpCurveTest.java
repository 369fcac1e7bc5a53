package io.newsflow.query.warmup;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.newsflow.localstack.test.NewsflowTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * How a fresh query-service speeds up over its warm-up: the warm-up of a fresh JVM, with no count, for
 * {@code -Dnewsflow.warm-up-curve.seconds} (60), each round's write time per analysis and read time, as a table in
 * {@code target/warm-up-curve.md}: the default of {@code newsflow.query.warm-up-analyses} is where the write time
 * stops falling. Not part of the default build: {@code -Dnewsflow.warm-up-curve=true}, alone in its JVM
 * ({@code -Dtest=QueryWarmUpCurveTest}), with the service's JVM options in {@code -DargLine=...} for its figures.
 */
@QuarkusTest
@TestProfile(QueryWarmUpCurveTest.Unbounded.class)
@WithTestResource(value = NewsflowTestResource.class, scope = TestResourceScope.GLOBAL)
@EnabledIfSystemProperty(named = "newsflow.warm-up-curve", matches = "true")
class QueryWarmUpCurveTest {
    private static final int SECONDS = Integer.getInteger("newsflow.warm-up-curve.seconds", 60);

    public static class Unbounded implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsflow.query.warm-up-analyses", Integer.toString(Integer.MAX_VALUE),
                    "newsflow.query.warm-up", SECONDS + "s");
        }
    }

    @Inject
    QueryWarmUp warmUp;

    @Test
    void writeTheCurve() throws IOException {
        await().atMost(Duration.ofSeconds(SECONDS + 120)).until(() -> warmUp.report().isPresent());
        WarmUpReport report = warmUp.report().orElseThrow();
        StringBuilder table = new StringBuilder(report.summary()).append("\n\n")
                .append("| round | analyses before | write ms / analysis | of it CPU ms | reads ms |\n"
                        + "| ---: | ---: | ---: | ---: | ---: |\n");
        List<WarmUpRound.Done> rounds = report.rounds();
        int before = 0;
        for (int i = 0; i < rounds.size(); i++) {
            WarmUpRound.Done round = rounds.get(i);
            table.append(String.format(Locale.ROOT, "| %d | %d | %.3f | %.3f | %.1f |%n", i + 1, before,
                    round.writeNanos() / 1e6 / round.analyses(), round.writeCpuNanos() / 1e6 / round.analyses(),
                    round.readNanos() / 1e6));
            before += round.analyses();
        }
        Files.writeString(Path.of("target/warm-up-curve.md"), table);
        System.out.println(table);
    }
}
