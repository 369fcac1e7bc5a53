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
}
