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
    void detectsTheOtherLanguagesOfTheRealPagesOfTheHtmlBenchmark() {
        assertThat(languages.detect("O governo anunciou nesta segunda-feira um novo pacote de medidas para conter "
                + "a alta dos preços dos alimentos.")).isEqualTo("pt");
        assertThat(languages.detect("外交部发言人周二表示，双方将在下个月继续就贸易问题举行会谈。")).isEqualTo("zh");
        assertThat(languages.detect("政府は火曜日、来年度の予算案について野党と協議を続ける方針を明らかにした。")).isEqualTo("ja");
        assertThat(languages.detect("정부는 화요일 내년도 예산안을 두고 야당과 협의를 계속하겠다고 밝혔다.")).isEqualTo("ko");
    }

    @Test
    void aFewIdeographsInEnglishProseLeaveItEnglish() {
        assertThat(languages.detect("The governor of Tokyo (東京都知事) said on Tuesday that the city would open "
                + "three new shelters before the typhoon season.")).isEqualTo("en");
        assertThat(languages.detect("Seoul (서울) and Tokyo agreed on Tuesday to resume talks on the disputed "
                + "fishing grounds next month.")).isEqualTo("en");
    }

    @Test
    void headlineAndOpeningAreTheSample() {
        String french = "Le Conseil de sécurité de l'ONU a adopté à l'unanimité une résolution élargissant les"
                + " sanctions contre la Corée du Nord, a annoncé vendredi le porte-parole du ministère. ";
        assertThat(languages.detect("Sanctions élargies", french + "The rest is in English. ".repeat(200)))
                .isEqualTo("fr");
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
