package io.newsflow.extract.engine.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.contract.AnalysedArticle;
import io.newsflow.contract.EntityKind;
import io.newsflow.extract.engine.SharedEngine;

class SignOffsTest {

    @Test
    void aClosingCreditLineIsBlankedWithItsOffsets() {
        String text = "Germany closed the consulates.\nmf/rc (AFP, dpa, Reuters)\n";
        String blanked = SignOffs.blanked(text);
        assertThat(blanked).hasSameSizeAs(text).startsWith("Germany closed the consulates.\n").doesNotContain("AFP");
        // a bracket inside the story's last sentence is kept
        assertThat(SignOffs.blanked("Talks went on (in Geneva) all night.")).isEqualTo("Talks went on (in Geneva) all night.");
    }

    @Test
    void theAgenciesOfACreditLineAreNoOrganisationsOfTheStory() {
        AnalysedArticle a = SharedEngine.analyse("Consulates", "Germany will close Iran's consulates, Foreign Minister "
                + "Annalena Baerbock said on Thursday.\nmf/rc (AFP, dpa, Reuters)");
        assertThat(a.entities()).noneMatch(e -> e.kind() == EntityKind.ORGANIZATION
                && (e.name().contains("Agence") || e.name().equals("Reuters")));
    }
}
