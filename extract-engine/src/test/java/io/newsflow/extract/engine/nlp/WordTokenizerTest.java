package io.newsflow.extract.engine.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordTokenizerTest {

    private static java.util.List<String> words(String text) {
        return WordTokenizer.tokenize(text, 0, text.length(), 0).stream().map(Token::text).toList();
    }

    @Test
    void aStrayDigitStuckToACapitalisedWordIsATokenOfItsOwn() {
        assertThat(words("the 3Defence Ministry said")).containsExactly("the", "3", "Defence", "Ministry", "said");
    }

    @Test
    void digitsAndCapitalsThatAreOneNameStayOneToken() {
        assertThat(words("5G towers and F16 jets in 2024")).containsExactly("5G", "towers", "and", "F16", "jets", "in", "2024");
    }

    @Test
    void aNameThatControlsOrLeadsIsSplitFromItsParticipleButAPatronIsNot() {
        assertThat(words("struck Houthi-controlled areas with U.S.-led forces"))
                .containsExactly("struck", "Houthi", "-", "controlled", "areas", "with", "U.S.", "-", "led", "forces");
        assertThat(words("Iran-backed militias in government-held towns"))
                .containsExactly("Iran-backed", "militias", "in", "government-held", "towns");
    }

    @Test
    void anApostropheInsideANameKeepsItWholeWhileACliticIsSplit() {
        assertThat(words("Korir Sing'oei visited Ta'izz and Kenya's capital"))
                .containsExactly("Korir", "Sing'oei", "visited", "Ta'izz", "and", "Kenya", "'s", "capital");
        assertThat(words("They'd said Bob's")).containsExactly("They", "'d", "said", "Bob", "'s");
    }

}
