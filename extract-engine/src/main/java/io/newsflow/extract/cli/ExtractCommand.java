package io.newsflow.extract.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.newsflow.contract.AnalysedArticle;
import io.newsflow.contract.ContractJson;
import io.newsflow.contract.RawArticle;
import io.newsflow.extract.engine.NewsflowEngine;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "extract", mixinStandardHelpOptions = true, versionProvider = ExtractorVersion.class,
        description = "Prints the news.articles JSON of each wire-text or JSON article ('-' reads standard input).")
public final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", description = "article files, or - for standard input")
    private List<String> files;

    @Override
    public Integer call() throws IOException {
        NewsflowEngine engine = NewsflowEngine.load();
        int unread = 0;
        for (String file : files) {
            RawArticle article;
            try {
                article = file.equals("-")
                        ? ArticleFiles.fromContent(new String(System.in.readAllBytes(), StandardCharsets.UTF_8))
                        : ArticleFiles.read(Path.of(file));
            } catch (IOException e) {
                // one file that cannot be read stops no other: say which and why, and fail at the end
                System.err.println(file + ": " + e.getMessage());
                unread++;
                continue;
            }
            AnalysedArticle analysed = engine.analyse(article);
            System.out.println(ContractJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(analysed));
        }
        return unread == 0 ? 0 : 1;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new ExtractCommand()).execute(args));
    }
}
