package io.newsflow.ingest.eval;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "html-eval", mixinStandardHelpOptions = true,
        description = "Scores ingest's main-text extraction of web pages against hand-marked text "
                + "(article-extraction-benchmark layout and measure: F1 over 4-word shingles, averaged per page).")
public final class HtmlEvalCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1",
            description = "directory with ground-truth.json and html/<id>.html.gz; default ../shared/html-dev beside the repository")
    private Path directory;

    @Option(names = "--worst", defaultValue = "10", description = "how many of the lowest-scoring pages to list (default ${DEFAULT-VALUE})")
    private int worst;

    @Option(names = "--warmup", defaultValue = "2", description = "untimed passes before the timed one (default ${DEFAULT-VALUE})")
    private int warmup;

    @Override
    public Integer call() throws Exception {
        Path pagesDirectory = directory != null ? directory : BenchmarkPages.locate().orElse(null);
        if (pagesDirectory == null) {
            System.err.println("No benchmark pages at " + BenchmarkPages.describeDefault() + "; pass the directory.");
            return 2;
        }
        BenchmarkResult result = HtmlBenchmark.run(BenchmarkPages.read(pagesDirectory), warmup);
        System.out.printf("pages %d  precision %.3f  recall %.3f  F1 %.3f  zeros %d  refused %d  median %.1f ms/page%n",
                result.pages().size(), result.precision(), result.recall(), result.f1(), result.zeros(),
                result.refused(), result.medianMillis());
        if (worst > 0) {
            System.out.printf("%nworst pages:%n%6s %6s %6s  %-8s %s%n", "F1", "P", "R", "id", "url (refusal)");
            for (PageScore page : result.worst(worst)) {
                ShingleMatch match = page.match();
                System.out.printf("%6.3f %6.3f %6.3f  %-8s %s%s%n", match.f1(),
                        match.extractedSomething() ? match.precision() : 0, match.recall(), page.id().substring(0, 8),
                        page.url(), page.refusal() == null ? "" : " (" + page.refusal() + ")");
            }
        }
        return 0;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new HtmlEvalCommand()).execute(args));
    }
}
