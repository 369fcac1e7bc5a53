package io.newsflow.query.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void aCountUpToTheLimitIsExact() {
        Page<String> page = new PageRequest(2, 20).of(List.of("a"), Page.COUNT_LIMIT);

        assertThat(page.total()).isEqualTo(10_000);
        assertThat(page.totalIsExact()).isTrue();
        assertThat(page.page()).isEqualTo(2);
        assertThat(page.size()).isEqualTo(20);
    }

    @Test
    void aCountPastTheLimitSaysSoAndStopsAtTheLimit() {
        Page<String> page = new PageRequest(0, 20).of(List.of("a"), Page.COUNT_LIMIT + 1);

        assertThat(page.total()).isEqualTo(10_000);
        assertThat(page.totalIsExact()).isFalse();
    }
}
