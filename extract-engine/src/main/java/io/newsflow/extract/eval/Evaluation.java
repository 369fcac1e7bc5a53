package io.newsflow.extract.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import io.newsflow.contract.AnalysedArticle;
import io.newsflow.extract.cli.ArticleFiles;
import io.newsflow.extract.engine.ExtractionEngine;

/** Runs the engine over every article that has a gold file and sums the field scores over all of them. */
public final class Evaluation {
    private Evaluation() {
    }

    public static Map<String, FieldScore> run(ExtractionEngine engine, Path articlesDir, Path goldDir) throws IOException {
        return run(engine, articlesDir, goldDir, (file, miss) -> {
        });
    }

    /** Scores every article and tells {@code misses} each file's facts that were missed or not in gold. */
    public static Map<String, FieldScore> run(ExtractionEngine engine, Path articlesDir, Path goldDir,
            BiConsumer<String, String> misses) throws IOException {
        EvalManifest manifest = EvalManifest.near(articlesDir);
        Map<String, FieldScore> totals = new LinkedHashMap<>();
        GoldComparison.FIELDS.forEach(f -> totals.put(f, FieldScore.ZERO));
        List<Path> goldFiles;
        try (Stream<Path> files = Files.list(goldDir)) {
            goldFiles = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path goldFile : goldFiles) {
            GoldArticle gold = GoldArticle.read(goldFile);
            Path articleFile = articlesDir.resolve(gold.file());
            if (gold.file() == null || !Files.exists(articleFile)) {
                continue;
            }
            AnalysedArticle analysed = engine.analyse(manifest.complete(gold.file(), ArticleFiles.read(articleFile)));
            GoldComparison.compare(analysed, gold, miss -> misses.accept(gold.file(), miss)).forEach((field, score) -> totals.merge(field, score, FieldScore::plus));
        }
        return totals;
    }

    /** Issue 13 point 5: the events coded on the stories whose gold has none (news where CAMEO has nothing). */
    public record EventsWhereNone(int stories, int events) {
        /** At most one event per five such stories, as the issue allows. */
        public boolean withinAllowance() {
            return events * 5 <= stories;
        }
    }

    public static EventsWhereNone eventsWhereNone(ExtractionEngine engine, Path articlesDir, Path goldDir)
            throws IOException {
        EvalManifest manifest = EvalManifest.near(articlesDir);
        int stories = 0;
        int events = 0;
        try (Stream<Path> files = Files.list(goldDir)) {
            for (Path goldFile : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                GoldArticle gold = GoldArticle.read(goldFile);
                Path articleFile = gold.file() == null ? null : articlesDir.resolve(gold.file());
                if (articleFile == null || !Files.exists(articleFile) || !gold.events().isEmpty()) {
                    continue;
                }
                stories++;
                events += engine.analyse(manifest.complete(gold.file(), ArticleFiles.read(articleFile))).events().size();
            }
        }
        return new EventsWhereNone(stories, events);
    }

    public static FieldScore total(Map<String, FieldScore> scores) {
        return scores.values().stream().reduce(FieldScore.ZERO, FieldScore::plus);
    }
}
