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

    @Test
    void anAgencysClosingStaffLinesAreBlanked() {
        String text = "The two ministers signed the agreement.\nTranslator: Nabil Ihsan, Raka Adji\nEditor: Anton Santoso\n"
                + "Copyright \u00a9 ANTARA 2024";
        String blanked = SignOffs.blanked(text);
        assertThat(blanked).hasSameSizeAs(text).startsWith("The two ministers signed the agreement.\n")
                .doesNotContain("Nabil").doesNotContain("Santoso").doesNotContain("ANTARA");
        assertThat(SignOffs.blanked("The editor: a man of few words.")).isEqualTo("The editor: a man of few words.");
    }

    @Test
    void aLongReutersCreditAndAnApContributorLineAreBlanked() {
        String reuters = "Oil prices fell.\n(Reporting by Nadia Fouad in Suez and Omar Khalil in Cairo; Additional reporting "
                + "by Pieter Hendriks in Amsterdam; Writing by Tom Ashby; Editing by Clare Fenwick)";
        assertThat(SignOffs.blanked(reuters)).hasSameSizeAs(reuters).startsWith("Oil prices fell.\n")
                .doesNotContain("Fouad").doesNotContain("Fenwick");
        String ap = "The officials left.\nAssociated Press writer Edith M. Lederer at the United Nations contributed.";
        assertThat(SignOffs.blanked(ap)).startsWith("The officials left.\n").doesNotContain("Lederer");
        // a story's own sentence about a contribution stays
        String kept = "The Associated Press reported that Japan contributed $10 million.";
        assertThat(SignOffs.blanked(kept)).isEqualTo(kept);
    }
}
