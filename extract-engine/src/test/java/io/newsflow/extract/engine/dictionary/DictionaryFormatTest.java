package io.newsflow.extract.engine.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import io.newsflow.extract.engine.event.VerbPatternParser;

class DictionaryFormatTest {

    @Test
    void aMalformedLineNamesFileAndLine() {
        TsvRow row = new TsvRow("/dictionaries/roles.tsv", 42, new String[] {"minister", "MINISTER", "X"});
        assertThatThrownBy(() -> row.integer(3, "rank")).isInstanceOf(DictionaryFormatException.class)
                .hasMessageStartingWith("/dictionaries/roles.tsv:42:");
    }

    @Test
    void aBadVerbPatternFailsWithItsLine() {
        TsvRow row = new TsvRow("/dictionaries/cameo-verbs.tsv", 7, new String[] {"16x", "impose sanctions"});
        assertThatThrownBy(() -> VerbPatternParser.parse(row)).hasMessageContaining("cameo-verbs.tsv:7");
    }

    @Test
    void optionalElementsExpandIntoVariants() {
        TsvRow row = new TsvRow("t", 1, new String[] {"150", "conduct (nuclear) test"});
        assertThat(VerbPatternParser.parse(row)).hasSize(2);
    }

    @Test
    void theShippedDictionariesLoad() {
        Dictionaries d = Dictionaries.load();
        assertThat(d.countries()).hasSizeGreaterThan(190);
        assertThat(d.cameoCodes()).containsKeys("01", "0251", "163", "20");
        assertThat(d.cameoVerbRows()).hasSizeGreaterThan(300);
    }

    /** Issue 13 point 9: the future remapping is data, and every code it gives must exist. */
    @Test
    void everyFutureCodeIsAKnownCameoCodeOfTheIntentOrThreatRoot() {
        Dictionaries d = Dictionaries.load();
        assertThat(d.futureCodes()).containsEntry("04", "036").containsEntry("18", "138");
        d.futureCodes().values().forEach(code -> {
            assertThat(d.cameoCodes()).containsKey(code);
            assertThat(code).matches("03\\d|13\\d");
        });
        assertThat(d.determiners()).contains("the", "its").doesNotContain("The");
    }

    /** A company suffix ends an organisation's name only when the name is an organisation by its org word. */
    @Test
    void everyCompanySuffixIsAnOrgWord() {
        Dictionaries d = Dictionaries.load();
        assertThat(d.companySuffixes()).contains("bhd", "inc");
        assertThat(d.orgWords()).containsAll(d.companySuffixes());
    }
}
