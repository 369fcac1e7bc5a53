package io.newsflow.extract.engine.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameMatchTest {
    @Test
    void aMongolianNameWithItsInitialAgainstTheDotIsTheFamilyNameToo() {
        assertThat(NameMatch.samePerson("Ts.Elbegdorj", "Elbegdorj")).isTrue();
        assertThat(NameMatch.samePerson("Kh.Nyambaatar", "Nyambaatar")).isTrue();
        assertThat(NameMatch.samePerson("Ts.Elbegdorj", "N.Enkhbayar")).isFalse();
    }

    @Test
    void allButTheLastWordOfANameAreThatPersonWithinAStory() {
        assertThat(NameMatch.sameInStory("Hassan Sheikh Mohamud", "Hassan Sheikh")).isTrue();
        assertThat(NameMatch.sameInStory("Godfred Yeboah Dame", "Godfred Yeboah")).isTrue();
        assertThat(NameMatch.sameInStory("Hassan Sheikh Mohamud", "Sheikh Mohamud Ali")).isFalse();
        assertThat(NameMatch.sameInStory("Nirav Modi", "Lalit Modi")).isFalse();
        // the scorer's match stays strict: a gold "Hassan Sheikh Mohamud" is not matched by "Hassan Sheikh"
        assertThat(NameMatch.samePerson("Hassan Sheikh Mohamud", "Hassan Sheikh")).isFalse();
    }
}
