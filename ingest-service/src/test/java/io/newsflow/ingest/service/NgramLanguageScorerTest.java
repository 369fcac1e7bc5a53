package io.newsflow.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.newsflow.ingest.eval.BenchmarkPages;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/** The flat scorer must name the language OpenNLP's own detector names, with about its confidence. */
class NgramLanguageScorerTest {
    private static final int SAMPLE_CHARS = 200;
    private static LanguageDetectorME openNlp;
    private static NgramLanguageScorer scorer;

    @BeforeAll
    static void loadModel() {
        LanguageDetectorModel model = LanguageDetection.readModel();
        openNlp = new LanguageDetectorME(model);
        scorer = new NgramLanguageScorer(model);
    }

    @Test
    void namesOpenNlpsLanguageOnSentencesOfTheBenchmarksLanguagesAndOthers() {
        List<String> sentences = List.of(
                "The finance ministers of the region agreed on Tuesday to delay the new tariffs until spring.",
                "O governo anunciou nesta segunda-feira um novo pacote de medidas para conter a alta dos preços.",
                "Министр иностранных дел заявил во вторник, что переговоры будут продолжены на следующей неделе.",
                "外交部发言人周二表示，双方将在下个月继续就贸易问题举行会谈。",
                "政府は火曜日、来年度の予算案について野党と協議を続ける方針を明らかにした。",
                "정부는 화요일 내년도 예산안을 두고 야당과 협의를 계속하겠다고 밝혔다.",
                "Die Regierung kündigte am Dienstag an, die Gespräche mit der Opposition fortzusetzen.",
                "El gobierno anunció el martes que seguirá negociando con la oposición el presupuesto.",
                "Kerajaan mengumumkan pada hari Selasa bahawa rundingan akan diteruskan minggu depan.");
        for (String sentence : sentences) {
            Language expected = openNlp.predictLanguage(sentence);
            NgramLanguageScorer.Scored scored = scorer.score(sentence);

            assertThat(scored.language()).as(sentence).isEqualTo(expected.getLang());
            assertThat(scored.confidence()).as(sentence).isCloseTo(expected.getConfidence(),
                    org.assertj.core.data.Percentage.withPercentage(20));
        }
    }

    @Test
    void namesOpenNlpsLanguageOnTheOpeningOfEveryRealPage() throws Exception {
        Optional<Path> directory = BenchmarkPages.locate();
        assumeTrue(directory.isPresent(), () -> "Skipped: no benchmark pages at " + BenchmarkPages.describeDefault());
        List<String> differing = new ArrayList<>();
        List<BenchmarkPages.Page> pages = BenchmarkPages.read(directory.get());
        for (BenchmarkPages.Page page : pages) {
            String opening = page.truth().substring(0, Math.min(SAMPLE_CHARS, page.truth().length()));
            String expected = openNlp.predictLanguage(opening).getLang();
            NgramLanguageScorer.Scored scored = scorer.score(opening);
            if (scored == null || !scored.language().equals(expected)) {
                differing.add(page.id() + ": " + expected + " -> " + (scored == null ? null : scored.language()));
            }
        }

        assertThat(pages).hasSizeGreaterThanOrEqualTo(80);
        assertThat(differing).isEmpty();
    }

    @Test
    void noLetterNoLanguage() {
        assertThat(scorer.score("")).isNull();
        assertThat(scorer.score("  2024 \n 17 ")).isNull();
    }
}
