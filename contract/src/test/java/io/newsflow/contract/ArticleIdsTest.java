package io.newsflow.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleIdsTest {

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
