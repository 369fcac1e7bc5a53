package io.newsflow.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CharsetDecodingTest {
    private static final String RUSSIAN = "Совет Безопасности ООН единогласно принял резолюцию о расширении санкций "
            + "против Северной Кореи, сообщил заместитель постоянного представителя России.";

    @Test
    void utf16WithByteOrderMarkLosesTheMark() {
        byte[] bytes = ("\uFEFF" + RUSSIAN).getBytes(StandardCharsets.UTF_16LE);
        assertThat(CharsetDecoding.decode(bytes, null, false)).isEqualTo(RUSSIAN);
    }

    @Test
    void undeclaredCyrillicCharsetsAreDetected() {
        assertThat(CharsetDecoding.decode(RUSSIAN.getBytes(Charset.forName("windows-1251")), null, false))
                .isEqualTo(RUSSIAN);
        assertThat(CharsetDecoding.decode(RUSSIAN.getBytes(StandardCharsets.UTF_8), null, false)).isEqualTo(RUSSIAN);
    }

    @Test
    void latin1TextIsNotMistakenForUtf8() {
        String text = "Les cafés de Zürich et de Genève protestent contre la réforme, déclare l'association.";
        assertThat(CharsetDecoding.decode(text.getBytes(StandardCharsets.ISO_8859_1), null, false)).isEqualTo(text);
    }

    @Test
    void anHtmlPageSaysItsOwnCharset() {
        String page = "<html><head><meta charset=\"windows-1251\"></head><body><p>" + RUSSIAN + "</p></body></html>";
        assertThat(CharsetDecoding.decode(page.getBytes(Charset.forName("windows-1251")), null, true))
                .contains(RUSSIAN);
    }

    @Test
    void declaredCharsetWinsAndAnUnknownOneIsA415() {
        assertThat(CharsetDecoding.declared("text/plain; charset=ISO-8859-1")).isEqualTo(StandardCharsets.ISO_8859_1);
        assertThat(CharsetDecoding.declared("text/plain")).isNull();
        assertThatThrownBy(() -> CharsetDecoding.declared("text/plain; charset=klingon-8"))
                .isInstanceOfSatisfying(IngestProblem.class,
                        problem -> assertThat(problem.problem().status()).isEqualTo(415));
    }
}
