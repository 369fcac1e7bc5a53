package io.newsflow.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsflow.contract.EntityKind;
import io.newsflow.contract.NewsEvent.Actor;
import io.newsflow.extract.engine.SharedEngine;
import io.newsflow.extract.eval.CameoValidationSet.Coding;
import io.newsflow.extract.eval.CameoValidationSet.Sentence;

class CameoValidationTest {
    private static final Path OWN = Path.of("src/test/resources/cameo-validation/own-sentences.xml");

    @Test
    void readsTheRecordsTheirCodingsTheirTwoDigitYearsAndTheWordsOfAParseWhereTheTextIsEmpty() throws Exception {
        List<Sentence> sentences = CameoValidationSet.read(OWN);

        assertThat(sentences).extracting(Sentence::id).containsExactly("OWN_1", "OWN_2", "OWN_3");
        assertThat(sentences.get(0).text()).isEqualTo("Police in Kenya arrested two Ugandan traders on Monday.");
        assertThat(sentences.get(0).date()).isEqualTo(LocalDate.of(2024, 3, 12));
        assertThat(sentences.get(0).codings()).containsExactly(new Coding("173", "KENJUD", "UGAPPL"));
        assertThat(sentences.get(1).codings()).isEmpty();
        assertThat(sentences.get(2).text()).isEqualTo("France visited Japan.");
        assertThat(sentences.get(2).date()).isEqualTo(LocalDate.of(2024, 3, 12)); // "240312"

    }

    @Test
    void anActorMatchesByCountryByOrganisationOrAnywhereTheCodeNamesNoCountry() {
        Actor kenya = new Actor("Kenya", EntityKind.COUNTRY, "KEN", "k", null);
        Actor un = new Actor("United Nations Security Council", EntityKind.ORGANIZATION, "UNSC", "u", null);

        assertThat(CameoValidation.sameActor("KENGOV", kenya)).isTrue();
        assertThat(CameoValidation.sameActor("UGAPPL", kenya)).isFalse();
        assertThat(CameoValidation.sameActor("IGOUNOMIL", un)).isTrue();
        assertThat(CameoValidation.sameActor("IGOEUREEC", un)).isFalse();
        assertThat(CameoValidation.sameActor("---REB", kenya)).isTrue();
        assertThat(CameoValidation.sameActor("---REB", null)).isFalse();
    }

    @Test
    void scoresTheEngineOnRootSourceCountryAndTargetCountry() throws Exception {
        List<String> misses = new ArrayList<>();
        CameoValidation.Result result = CameoValidation.run(SharedEngine.ENGINE, CameoValidationSet.read(OWN),
                (sentence, miss) -> misses.add(sentence.id() + " " + miss));

        assertThat(result.sentences()).isEqualTo(3);
        assertThat(result.events().gold()).isEqualTo(2);
        assertThat(result.events().matched()).as("%s", misses).isEqualTo(2);
        assertThat(result.eventlessSentences()).isEqualTo(1);
        assertThat(result.eventlessSentencesCoded()).isZero();
    }
}
