package io.newsflow.query.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.contract.AnalysedArticle;
import io.newsflow.contract.ContractFixtures;
import io.newsflow.contract.ContractJson;
import io.newsflow.contract.DatePrecision;
import io.newsflow.contract.EntityKind;

class ArticleDocumentTest {
    private static final AnalysedArticle ARTICLE = ContractFixtures.article("Talks in Geneva")
            .entity(EntityKind.PERSON, "Ann Envoy", "CHE", "the envoy")
            .event("042", ContractFixtures.actor(EntityKind.PERSON, "Ann Envoy", "CHE"), null, "2017-06-03",
                    DatePrecision.DAY, null, "She went.")
            .event("057", ContractFixtures.actor(EntityKind.PERSON, "Ann Envoy", "CHE"), null, null, null, null,
                    "She signed.")
            .build();

    @Test
    void theLeanDocumentHasNeitherTextNorEventsAndEverythingElse() throws Exception {
        String lean = ArticleDocument.lean(ContractJson.write(ARTICLE));

        AnalysedArticle stored = ContractJson.read(lean, AnalysedArticle.class);
        assertThat(ContractJson.mapper().readTree(lean).properties()).extracting(field -> field.getKey())
                .doesNotContain("text", "events").contains("entities", "quotes", "tone");
        assertThat(lean).doesNotContain("She went.", ARTICLE.text());
        assertThat(stored.entities()).isEqualTo(ARTICLE.entities());
        assertThat(stored.headline()).isEqualTo(ARTICLE.headline());
    }

    @Test
    void assemblingTheLeanDocumentGivesTheRecordAsPublished() {
        String json = ContractJson.write(ARTICLE);
        String events = ArticleDocument.eventsArray(ARTICLE.events().stream().map(ContractJson::write).toList());

        assertThat(ArticleDocument.assemble(ArticleDocument.lean(json), ARTICLE.text(), events)).isEqualTo(json);
    }

    @Test
    void aFieldTheContractDoesNotKnowIsKept() {
        String json = "{\"articleId\":\"a1\",\"text\":\"Body.\",\"events\":[],\"tone\":null,\"newField\":{\"x\":[1,2.5]}}";

        assertThat(ArticleDocument.assemble(ArticleDocument.lean(json), "Body.", null)).isEqualTo(json);
    }

    @Test
    void anArticleWithoutEventsGetsAnEmptyList() {
        String assembled = ArticleDocument.assemble("{\"articleId\":\"a1\",\"tone\":1.5}", null, null);

        assertThat(assembled).isEqualTo("{\"articleId\":\"a1\",\"text\":null,\"events\":[],\"tone\":1.5}");
    }
}
