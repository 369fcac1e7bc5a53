package io.newsflow.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WireStoryTest {

    @Test
    void secondLineBeforeTheDatelineIsTheSubtitle() {
        WireStory story = WireStory.parse("""
                UN Security Council expands sanctions on North Korea
                Although Russia supported the resolution, Moscow still believes confrontation is dangerous
                UN, June 3. /TASS/. The UN Security Council has passed a resolution.
                A second paragraph.""");

        assertThat(story.headline()).isEqualTo("UN Security Council expands sanctions on North Korea");
        assertThat(story.subtitle()).startsWith("Although Russia supported");
        assertThat(story.body()).isEqualTo("UN, June 3. /TASS/. The UN Security Council has passed a resolution.\n"
                + "A second paragraph.");
    }

    @Test
    void bodyRightAfterTheHeadlineLeavesNoSubtitle() {
        WireStory story = WireStory.parse("""
                Leaders meet in Geneva

                GENEVA (Reuters) - Leaders met on Monday.
                They talked.""");

        assertThat(story.subtitle()).isNull();
        assertThat(story.body()).startsWith("GENEVA (Reuters) - Leaders met");
    }

    @Test
    void aLineGivingTheOutletAndTheDateOpensTheBody() {
        WireStory story = WireStory.parse("""
                Curfew stays in Freetown
                Sierra Leone Telegraph: 27 November 2023:
                A curfew imposed on Sunday remains in force.""");

        assertThat(story.subtitle()).isNull();
        assertThat(story.body()).startsWith("Sierra Leone Telegraph: 27 November 2023:\nA curfew");
    }

    @ParameterizedTest
    @ValueSource(strings = {"UN, June 3. /TASS/. The council met.", "MOSCOW, June 15 (Reuters) - Russia said.",
        "WASHINGTON (AP) — The president said.", "Beijing, March 3 (Xinhua) -- China said.",
        "PARIS (AFP) - France said.", "KYIV — Ukraine said."})
    void recognisesDatelinesOfSeveralAgencies(String body) {
        assertThat(WireStory.startsWithDateline(body)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Russia is for modifying the sanctions.", "The talks ended (see above)."})
    void ordinarySentencesAreNotDatelines(String body) {
        assertThat(WireStory.startsWithDateline(body)).isFalse();
    }
}
