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
    void saysNothingAboutTooLittleText() {
        assertThat(languages.detect("Hi there")).isNull();
    }

    @Test
    void isFastEnoughForBigBatches() {
        String text = "BERLIN (Test) - Item 17 of the batch was filed on Monday, officials said.";
        long start = System.nanoTime();
        for (int i = 0; i < 2_000; i++) {
            languages.detect(text + i);
        }
        long micros = (System.nanoTime() - start) / 2_000 / 1_000;
        System.out.println("Language detection: " + micros + " µs per short article");
        assertThat(micros).isLessThan(5_000);
    }
}
