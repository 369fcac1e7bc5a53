package io.newsflow.extract.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import io.newsflow.extract.engine.NewsflowEngine;
import io.newsflow.extract.eval.Evaluation;
import io.newsflow.extract.eval.FieldScore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "eval", mixinStandardHelpOptions = true, versionProvider = ExtractorVersion.class,
        description = "Scores the engine against gold files (eval/gold/README.md): precision, recall and F1 per field.")
public final class EvalCommand implements Callable<Integer> {
    @Parameters(index = "0", description = "directory of the articles")
    private Path articles;

    @Parameters(index = "1", description = "directory of the gold JSON files; a manifest.json beside the articles may give each file's publishedAt and url")
    private Path gold;

    @Option(names = "--misses", description = "also list, per article, each gold fact missed and each fact not in gold")
    private boolean showMisses;

    @Override
    public Integer call() throws Exception {
        NewsflowEngine engine = NewsflowEngine.load();
        String[] lastFile = {null};
        Map<String, FieldScore> scores = Evaluation.run(engine, articles, gold, (file, miss) -> {
            if (showMisses) {
                if (!file.equals(lastFile[0])) {
                    System.out.println("== " + file);
                    lastFile[0] = file;
                }
                System.out.println("  " + miss);
            }
        });
        System.out.printf("%-18s %9s %9s %9s %7s %7s %7s%n", "field", "precision", "recall", "F1", "match", "system", "gold");
        scores.forEach((field, s) -> print(field, s));
        print("total", Evaluation.total(scores));
        Evaluation.EventsWhereNone none = Evaluation.eventsWhereNone(engine, articles, gold);
        System.out.printf("events coded on the %d stories whose gold has none: %d (allowed: one per five stories)%n",
                none.stories(), none.events());
        return 0;
    }

    private static void print(String field, FieldScore s) {
        System.out.printf("%-18s %9.3f %9.3f %9.3f %7d %7d %7d%n", field, s.precision(), s.recall(), s.f1(), s.matched(),
                s.system(), s.gold());
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new EvalCommand()).execute(args));
    }
}
