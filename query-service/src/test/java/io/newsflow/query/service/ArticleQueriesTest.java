package io.newsflow.query.service;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class ArticleQueriesTest {
    @Test
    void aNegativeRankWindowStopsTheServiceFromStarting() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ArticleQueries(null, null, -1))
                .withMessageContaining("newsflow.query.search.rank-window");
    }
}
