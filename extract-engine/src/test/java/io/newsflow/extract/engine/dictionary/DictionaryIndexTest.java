package io.newsflow.extract.engine.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DictionaryIndexTest {
    private static final DictionaryIndex INDEX = new DictionaryIndex(Dictionaries.load());

    @Test
    void aStatesBodiesTakeItsAdjectiveOrItsNameWhenTheDemonymNamesAPerson() {
        // "New Zealander government" would name a person's government: the body is the New Zealand government
        assertThat(INDEX.adjective("NZL")).isEqualTo("New Zealand");
        assertThat(INDEX.adjective("LUX")).isEqualTo("Luxembourg");
        assertThat(INDEX.adjective("RUS")).isEqualTo("Russian");
        assertThat(INDEX.adjective("GIN")).isEqualTo("Guinean");
    }

    @Test
    void aGivenNamePrintedWithMarksIsTheOneListed() {
        assertThat(INDEX.givenName("maría")).isNotNull();
        assertThat(INDEX.givenName("maría").gender()).isEqualTo("F");
    }
}
