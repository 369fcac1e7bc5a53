package io.newsflow.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;

class ContractJsonTest {
    private final AnalysedArticle article = ContractFixtures.article("Council votes").build();

    @Test
    void aRecordIsOneJsonValueAndNothingAfterIt() throws Exception {
        String json = ContractJson.write(article);

        assertThat(ContractJson.read(json + " \n", AnalysedArticle.class)).isEqualTo(article);
        assertThatThrownBy(() -> ContractJson.read(json + " trailing", AnalysedArticle.class))
                .isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> ContractJson.read(json + json, AnalysedArticle.class))
                .isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void aRetractionNamesTheEventAndTheAnalysisThatNoLongerFindsIt() throws Exception {
        AnalysedArticle reanalysed = ContractFixtures.analysedArticle();
        EventRetraction retraction = EventRetraction.reanalysed("e-no-longer-found", reanalysed);

        String json = ContractJson.write(retraction);

        assertThat(ContractJson.read(json, EventRetraction.class)).isEqualTo(retraction);
        assertThat(ContractJson.mapper().readTree(json).properties()).extracting(java.util.Map.Entry::getKey)
                .containsExactly("schemaVersion", "eventId", "articleId", "retractedAt", "reason", "extractor");
        assertThat(ContractJson.mapper().readTree(json).path("retractedAt").asText())
                .isEqualTo(reanalysed.analysedAt().toString());
    }
}
