package io.newsflow.extract.engine.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatelineParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "UN, June 3. /TASS/. The UN Security Council has passed|UN|TASS|6|3",
        "MOSCOW, June 15 (Reuters) - Russia said|MOSCOW|Reuters|6|15",
        "WASHINGTON (AP) — The White House said|WASHINGTON|AP|0|0",
        "Beijing, March 3 (Xinhua) -- China and Brazil|Beijing|Xinhua|3|3",
        "PARIS, Jan 5 (AFP) - French police arrested|PARIS|AFP|1|5",
        "CHISINAU, Moldova (AP) — Moldova's president|CHISINAU|AP|0|0",
    })
    void readsTheDatelinesOfTheAgencies(String body, String place, String agency, int month, int day) {
        ParsedDateline d = DatelineParser.parse(body);
        assertThat(d).isNotNull();
        assertThat(d.place()).isEqualTo(place);
        assertThat(d.agency()).isEqualTo(agency);
        assertThat(d.month()).isEqualTo(month);
        assertThat(d.day()).isEqualTo(day);
        assertThat(body.substring(d.end())).doesNotStartWith(" ").doesNotContain(agency + ")");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Arab leaders meeting in Doha have endorsed a plan", "The war has killed tens of thousands"})
    void aBodyWithoutDatelineHasNone(String body) {
        assertThat(DatelineParser.parse(body)).isNull();
    }
}
