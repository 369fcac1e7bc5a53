package io.newsflow.ingest.config;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ApiKeysRequiredTest {

    @Test
    void productionWithoutKeysRefusesToStartSayingWhatToSet() {
        assertThatThrownBy(() -> ApiKeysRequired.check(true, Optional.empty()))
                .hasMessageContaining("NEWSFLOW_INGEST_API_KEYS");
        assertThatThrownBy(() -> ApiKeysRequired.check(true, Optional.of(List.of(" "))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void startsWithKeysOrWhenKeysAreNotRequired() {
        assertThatCode(() -> ApiKeysRequired.check(true, Optional.of(List.of("k")))).doesNotThrowAnyException();
        assertThatCode(() -> ApiKeysRequired.check(false, Optional.empty())).doesNotThrowAnyException();
    }
}
