package io.newsflow.extract.engine.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 13 point 9: honorifics and the gender they tell are data (honorifics.tsv). */
class HonorificsTest {

    @Test
    void anHonorificTellsTheGenderItCarriesAndASecondWordIsHonorificOnlyAfterAnother() {
        assertThat(Honorifics.gender("datuk")).isEqualTo("M");
        assertThat(Honorifics.gender("puan")).isEqualTo("F");
        assertThat(Honorifics.gender("dr.")).isNull();
        assertThat(Honorifics.isHonorific("dr.")).isTrue();
        assertThat(Honorifics.isHonorific("seri")).isFalse();
        assertThat(Honorifics.isSecondWord("seri")).isTrue();
        assertThat(Honorifics.gender("smith")).isNull();
    }
}
