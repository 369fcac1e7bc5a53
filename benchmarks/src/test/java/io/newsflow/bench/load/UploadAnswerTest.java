package io.newsflow.bench.load;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Answers as ingest-service's Receipts writes them (README, "Upload answers"). */
class UploadAnswerTest {
    private static final String ID_1 = "1ed437eb41942f5b37e32d11273054e6";
    private static final String ID_2 = "2ed437eb41942f5b37e32d11273054e6";

    @Test
    void aSingleArticlesReceiptNamesItsId() {
        UploadAnswer answer = UploadAnswer.read(202, """
                {"id":"%s","status":"accepted","location":"http://localhost:8083/api/articles/%s"}""".formatted(ID_1, ID_1).getBytes(UTF_8), 1);

        assertThat(answer.accepted()).containsExactly(new UploadAnswer.Accepted(ID_1, 0));
        assertThat(answer.notAccepted()).isZero();
    }

    @Test
    void aBatchReceiptListsTheAcceptedByLineAndCountsTheRejected() {
        UploadAnswer answer = UploadAnswer.read(207, """
                {"accepted":2,"duplicates":1,"rejected":1,"results":[
                 {"line":1,"id":"%s","status":"accepted","location":"x"},
                 {"line":2,"status":"rejected","error":"The article has no text."},
                 {"line":3,"id":"%s","status":"accepted","location":"x"},
                 {"line":4,"id":"%s","status":"duplicate","location":"x"}]}""".formatted(ID_1, ID_2, ID_1).getBytes(UTF_8), 4);

        assertThat(answer.accepted()).containsExactly(new UploadAnswer.Accepted(ID_1, 0),
                new UploadAnswer.Accepted(ID_2, 2), new UploadAnswer.Accepted(ID_1, 3));
        assertThat(answer.notAccepted()).isEqualTo(1);
    }

    @Test
    void anAnswerThatIsNotAReceiptAcceptsNothing() {
        assertThat(UploadAnswer.read(202, "[]".getBytes(UTF_8), 1).notAccepted()).isEqualTo(1);
        assertThat(UploadAnswer.read(202, "{\"status\":\"accepted\"}".getBytes(UTF_8), 1).accepted()).isEmpty();
        assertThat(UploadAnswer.read(202, "{\"id\":".getBytes(UTF_8), 1).accepted()).isEmpty();
    }

    @Test
    void aProblemAcceptsNothing() {
        UploadAnswer answer = UploadAnswer.read(401, "{\"title\":\"Unauthorized\"}".getBytes(UTF_8), 50);

        assertThat(answer.accepted()).isEmpty();
        assertThat(answer.notAccepted()).isEqualTo(50);
    }
}
