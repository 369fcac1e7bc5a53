package io.newsflow.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LanguageDetectionTest {
    private static LanguageDetection languages;

    @BeforeAll
    static void loadModel() {
        languages = new LanguageDetection();
    }

    @Test
    void detectsCommonNewsLanguagesAsIso6391Codes() {
        assertThat(languages.detect("The UN Security Council has unanimously passed a resolution to expand "
                + "sanctions against North Korea.")).isEqualTo("en");
        assertThat(languages.detect("Совет Безопасности ООН единогласно принял резолюцию о расширении санкций "
                + "против Северной Кореи.")).isEqualTo("ru");
        assertThat(languages.detect("Der UN-Sicherheitsrat hat einstimmig eine Resolution verabschiedet, die "
                + "Sanktionen gegen Nordkorea ausweitet.")).isEqualTo("de");
        assertThat(languages.detect("Le Conseil de sécurité de l'ONU a adopté à l'unanimité une résolution "
                + "élargissant les sanctions contre la Corée du Nord.")).isEqualTo("fr");
    }

    @Test
    void readsTheLanguageOfTheOpeningNotOfALongerText() {
        String opening = "Le Conseil de sécurité de l'ONU a adopté à l'unanimité une résolution élargissant les"
                + " sanctions contre la Corée du Nord, a annoncé vendredi le porte-parole du ministère des Affaires"
                + " étrangères, qui a salué une décision importante pour la paix dans la région et en Asie. ";
        assertThat(languages.detect(opening + "The rest of this text is in English. ".repeat(40))).isEqualTo("fr");
    }

    @Test
    void saysNothingAboutTooLittleText() {
        assertThat(languages.detect("Hi there")).isNull();
    }
}
