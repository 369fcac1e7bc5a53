package io.newsflow.ingest.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class ShingleMatchTest {

    @Test
    void wordsAreRunsOfLettersDigitsAndUnderscoresWithCaseKept() {
        assertThat(ShingleMatch.words("Ao vivo: São Paulo's snake_case 2024, Москва 東京!"))
                .containsExactly("Ao", "vivo", "São", "Paulo", "s", "snake_case", "2024", "Москва", "東京");
    }

    @Test
    void sharedExtraAndMissedShinglesAreCountedAsMultisetsAndScaledToOne() {
        // truth: a b c d e -> (a b c d), (b c d e); extracted: b c d e f -> (b c d e), (c d e f)
        ShingleMatch match = ShingleMatch.of("a b c d e", "b c d e f");

        assertThat(match.truePositive()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(match.falsePositive()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(match.falseNegative()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(match.precision()).isCloseTo(0.5, within(1e-9));
        assertThat(match.recall()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void aShingleRepeatedInTheExtractedTextOnlyCountsAsOftenAsTheTruthHasIt() {
        ShingleMatch match = ShingleMatch.of("one two three four", "one two three four. one two three four");

        assertThat(match.precision()).isLessThan(1);
        assertThat(match.recall()).isEqualTo(1);
    }

    @Test
    void nothingExtractedHasNoPrecisionAndZeroRecall() {
        ShingleMatch match = ShingleMatch.of("the main text of the page", "");

        assertThat(match.extractedSomething()).isFalse();
        assertThat(match.recall()).isZero();
        assertThat(match.f1()).isZero();
    }

    @Test
    void precisionIsAveragedOverPagesWithSomethingExtractedAndRecallOverAll() {
        PageScore perfect = new PageScore("a", "", ShingleMatch.of("w x y z v", "w x y z v"), null, 1);
        PageScore empty = new PageScore("b", "", ShingleMatch.of("w x y z v", ""), "empty-after-extraction", 3);
        BenchmarkResult result = new BenchmarkResult(List.of(perfect, empty));

        assertThat(result.precision()).isEqualTo(1);
        assertThat(result.recall()).isEqualTo(0.5);
        assertThat(result.f1()).isCloseTo(2 * 0.5 / 1.5, within(1e-9));
        assertThat(result.zeros()).isEqualTo(1);
        assertThat(result.refused()).isEqualTo(1);
        assertThat(result.medianMillis()).isEqualTo(2);
        assertThat(result.worst(1)).containsExactly(empty);
    }
}
