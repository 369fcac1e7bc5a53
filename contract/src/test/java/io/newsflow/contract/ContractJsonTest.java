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
}
