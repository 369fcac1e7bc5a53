package io.newsflow.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.newsflow.contract.RawArticle;
import io.newsflow.extract.cli.ArticleFiles;

/** The samples and the own stories of eval/articles, read from the repository the benchmark runs in. */
final class BenchmarkArticles {
    private BenchmarkArticles() {
    }

    static List<RawArticle> load() {
        List<RawArticle> articles = new ArrayList<>();
        for (String dir : new String[] {"samples", "eval/articles"}) {
            Path path = Path.of(System.getProperty("newsflow.repo", "."), dir);
            if (!Files.isDirectory(path)) {
                continue;
            }
            try (Stream<Path> files = Files.list(path)) {
                for (Path f : files.sorted().toList()) {
                    articles.add(ArticleFiles.read(f));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (articles.isEmpty()) {
            throw new IllegalStateException("No articles under samples/ or eval/articles/: run from the repository root");
        }
        return articles;
    }
}
