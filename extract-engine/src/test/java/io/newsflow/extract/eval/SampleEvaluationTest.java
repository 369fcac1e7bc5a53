package io.newsflow.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.newsflow.extract.engine.SharedEngine;

/** The quality bar on the two TASS samples, measured by the same comparison as the eval command. */
class SampleEvaluationTest {

    @Test
    void theSamplesMeetTheTargets() throws Exception {
        Map<String, FieldScore> s = Evaluation.run(SharedEngine.ENGINE, Path.of("../samples"), Path.of("../eval/gold"));
        assertThat(s.get("dateline").f1()).isEqualTo(1.0);
        assertThat(s.get("persons").f1()).isGreaterThanOrEqualTo(0.95);
        assertThat(s.get("countries").f1()).isGreaterThanOrEqualTo(0.95);
        assertThat(s.get("quote speakers").f1()).isGreaterThanOrEqualTo(0.95);
        assertThat(s.get("organisations").f1()).isGreaterThanOrEqualTo(0.85);
        assertThat(s.get("events").f1()).isGreaterThanOrEqualTo(0.75);
        assertThat(s.get("events").gold()).isEqualTo(22);
        // The seed gold dates an event without its own time expression to the article's month; the engine follows
        // issue 13 point 7 and the dev gold, which date it to the day (.84 before that rule, .56 with it).
        assertThat(s.get("event dates").f1()).isGreaterThanOrEqualTo(0.55);
    }

    @Test
    void rolesMatchWhenTheKeyWordsOfOneContainTheOther() {
        assertThat(GoldComparison.sameRole("Russian Foreign Ministry spokeswoman", "Foreign Ministry spokeswoman")).isTrue();
        assertThat(GoldComparison.sameRole("US President", "President")).isTrue();
        assertThat(GoldComparison.sameRole("UN envoy", "Foreign Minister")).isFalse();
    }
}
