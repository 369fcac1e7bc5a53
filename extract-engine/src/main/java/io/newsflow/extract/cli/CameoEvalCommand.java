package io.newsflow.extract.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.newsflow.extract.engine.NewsflowEngine;
import io.newsflow.extract.eval.CameoValidation;
import io.newsflow.extract.eval.CameoValidationSet;
import io.newsflow.extract.eval.FieldScore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "cameo-eval", mixinStandardHelpOptions = true, versionProvider = ExtractorVersion.class,
        description = "Scores the engine on a PETRARCH validation file (hand-coded CAMEO sentences): an event matches"
                + " when its root, source country and target country agree.")
public final class CameoEvalCommand implements Callable<Integer> {
    @Parameters(index = "0", description = "the validation file, e.g. PETR2_GSR_validation.xml of openeventdata/UniversalPetrarch")
    private Path file;

    @Option(names = "--misses", description = "also list each hand-coded event missed and each coded event not in the file")
    private boolean showMisses;

    @Override
    public Integer call() throws Exception {
        List<CameoValidationSet.Sentence> sentences = CameoValidationSet.read(file);
        CameoValidation.Result result = CameoValidation.run(NewsflowEngine.load(), sentences, (sentence, miss) -> {
            if (showMisses) {
                System.out.println(sentence.id() + "  " + miss + "  | " + sentence.text());
            }
        });
        FieldScore e = result.events();
        System.out.printf("%d sentences, %d hand-coded events%n", result.sentences(), e.gold());
        System.out.printf("events (root + source country + target country): precision %.3f, recall %.3f, F1 %.3f"
                + " (%d matched, %d coded)%n", e.precision(), e.recall(), e.f1(), e.matched(), e.system());
        System.out.printf("sentences without an event that got one: %d of %d%n", result.eventlessSentencesCoded(),
                result.eventlessSentences());
        return 0;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new CameoEvalCommand()).execute(args));
    }
}
