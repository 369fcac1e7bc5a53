package io.newsflow.extract.engine.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 13 point 9: one abbreviation list for the tokenizer and the sentence splitter, read from data. */
class AbbreviationsTest {

    @Test
    void everyAbbreviationKeepsItsDotButOnlyTitlesNeverEndASentence() {
        assertThat(Abbreviations.isAbbreviation("gen")).isTrue();
        assertThat(Abbreviations.isAbbreviation("no")).isTrue();
        assertThat(Abbreviations.isAbbreviation("said")).isFalse();
        assertThat(Abbreviations.isTitleAsWritten("Gen.")).isTrue();
        assertThat(Abbreviations.isTitleAsWritten("Mrs.")).isTrue();
        assertThat(Abbreviations.isTitleAsWritten("No.")).isFalse(); // "the answer was No." may end a sentence
        assertThat(Abbreviations.isTitleAsWritten("gen.")).isFalse();
    }
}
