package io.newsflow.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.newsflow.contract.RawArticle;
import io.newsflow.extract.cli.ArticleFiles;
import io.newsflow.extract.engine.SharedEngine;

/**
 * Every sentence of the own stories, analysed as an article of its own, with a dateline and without: a sentence
 * torn from its story meets readings with nothing told before it (no pair of talks, no speaker, no story country),
 * where the engine once threw ("Mohamud and Abiy signed a joint declaration" with no talks told before; a state
 * acting on its own people before a list). An engine that throws extracts nothing from the article at all.
 */
class EverySentenceAloneTest {
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?\"\u201D])\\s+(?=[A-Z\"\u201C])");

    @Test
    void noSentenceOfTheOwnStoriesMakesTheEngineThrow() throws IOException {
        List<String> failures = new ArrayList<>();
        int sentences = 0;
        try (Stream<Path> files = Files.list(Path.of("../eval/articles"))) {
            for (Path file : files.sorted().toList()) {
                for (String paragraph : ArticleFiles.read(file).text().split("\n")) {
                    for (String sentence : SENTENCE_END.split(paragraph.strip())) {
                        if (sentence.length() < 20) {
                            continue;
                        }
                        sentences++;
                        for (String body : List.of("LONDON, March 3, 2024 (Newsflow) - " + sentence, sentence)) {
                            try {
                                SharedEngine.ENGINE.analyse(alone(body));
                            } catch (RuntimeException e) {
                                failures.add(e + " on: " + body);
                            }
                        }
                    }
                }
            }
        }
        assertThat(sentences).as("sentences read").isGreaterThan(1000);
        assertThat(failures).isEmpty();
    }

    private static RawArticle alone(String body) {
        return ArticleFiles.article("", null, body, null, "test", null, "text/plain");
    }
}
