package io.newsflow.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class ArticleIdsTest {

    /** Ids are stored and compared across versions: the faster canonical form must equal this definition. */
    private static String definedCanonical(String value) {
        return Normalizer.normalize(value, Normalizer.Form.NFKC).replaceAll("\\s+", " ").strip()
                .toLowerCase(Locale.ROOT);
    }

    @Test
    void canonicalFormIsTheDefinitionOnEveryKindOfWhitespaceCaseAndForm() {
        String[] values = {"", " ", "plain text", "  Leading and trailing \t", "a\tb\nc\u000Bd\fe\rf  g \n\n h",
            "no\u00A0break\u2003em\u3000ideographic", "NEL\u0085stays, \u001Cfile separator\u001F",
            "Cafe\u0301 ＦＵＬＬＷＩＤＴＨ ﬁ ligature", "ΟΔΥΣΣΕΥΣ ΚΑΙ Σ", "İstanbul DİYARBAKIR", "\uD83D\uDE00 emoji \uD800 lone",
            " \r\n", "x  ", "  y", "one space only"};
        for (String value : values) {
            assertThat(ArticleIds.canonical(value)).as(value).isEqualTo(definedCanonical(value));
        }
    }

    @Test
    void contentHashIsTheHashOfBothCanonicalFormsOnTheirLines() throws Exception {
        String headline = "Talks  in\tGeneva";
        String text = "ΟΔΥΣΣΕΥΣ met\n\nleaders.";
        byte[] defined = java.security.MessageDigest.getInstance("SHA-256").digest(
                (definedCanonical(headline) + "\n" + definedCanonical(text)).getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(ArticleIds.contentSha256(headline, text)).isEqualTo(java.util.HexFormat.of().formatHex(defined));
    }

    @Test
    void sameContentWithOtherWhitespaceAndUnicodeFormGetsTheSameId() {
        String composed = ArticleIds.articleId("Café talks", "Leaders met  in\nParis.");
        String decomposed = ArticleIds.articleId("Cafe\u0301 talks ", "Leaders met in Paris.");

        assertThat(decomposed).isEqualTo(composed).matches("[0-9a-f]{32}");
    }

    @Test
    void differentTextGetsADifferentId() {
        assertThat(ArticleIds.articleId("Talks", "Leaders met in Paris."))
                .isNotEqualTo(ArticleIds.articleId("Talks", "Leaders met in Rome."));
    }

    @Test
    void headlineAndTextAreNotInterchangeable() {
        assertThat(ArticleIds.articleId("a b", "c")).isNotEqualTo(ArticleIds.articleId("a", "b c"));
    }

    @Test
    void idOfTheContentHashIsTheArticleId() {
        String sha = ArticleIds.contentSha256("Talks", "Leaders met in Paris.");

        assertThat(ArticleIds.idOf(sha)).isEqualTo(ArticleIds.articleId("Talks", "Leaders met in Paris."))
                .isEqualTo(sha.substring(0, 32));
    }
}
