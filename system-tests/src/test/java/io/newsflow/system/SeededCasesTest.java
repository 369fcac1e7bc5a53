package io.newsflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The fuzz runs' reproducibility: a seed repeats its inputs, and a failure says how to repeat it. */
class SeededCasesTest {

    @Test
    void theSameSeedGivesTheSameInputs() throws Exception {
        assertThat(inputs(new SeededCases(42, null))).isEqualTo(inputs(new SeededCases(42, null)))
                .isNotEqualTo(inputs(new SeededCases(43, null)));
    }

    @Test
    void oneCaseAloneGetsTheInputsItHadInTheWholeRun() throws Exception {
        List<String> whole = inputs(new SeededCases(7, null));

        assertThat(inputs(new SeededCases(7, 13))).containsExactly(whole.get(13));
    }

    @Test
    void failureNamesItsSeedAndCase() {
        SeededCases cases = new SeededCases(99, null);

        assertThatThrownBy(() -> cases.run(50, (number, random) -> {
            if (number == 17) {
                throw new AssertionError("answered 500");
            }
        })).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Case 17 of seed 99")
                .hasMessageContaining("-Dnewsflow.fuzz.seed=99 -Dnewsflow.fuzz.case=17")
                .hasMessageContaining("answered 500");
    }

    private static List<String> inputs(SeededCases cases) throws Exception {
        List<String> inputs = new ArrayList<>();
        cases.run(40, (number, random) -> inputs.add(MalformedInputs.hostileValue(random)
                + Arrays.hashCode(MalformedInputs.body(random))));
        return inputs;
    }
}
