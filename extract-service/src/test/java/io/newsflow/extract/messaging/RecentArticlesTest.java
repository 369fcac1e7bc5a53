package io.newsflow.extract.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecentArticlesTest {

    @Test
    void holdsNoMoreThanItsCapacityHoweverManyIdsItIsFed() {
        RecentArticles recent = new RecentArticles(1_000);

        for (int i = 0; i < 100_000; i++) {
            recent.put("article-" + i, "v1");
        }

        assertThat(recent.size()).isEqualTo(1_000);
        assertThat(recent.versionOf("article-99999")).isEqualTo("v1");
        assertThat(recent.versionOf("article-99000")).isEqualTo("v1");
        assertThat(recent.versionOf("article-98999")).isNull();
    }

    @Test
    void anIdLookedUpStaysWhileOthersGo() {
        RecentArticles recent = new RecentArticles(3);
        recent.put("a", "v1");
        recent.put("b", "v1");
        recent.put("c", "v1");

        recent.versionOf("a");
        recent.put("d", "v1");

        assertThat(recent.versionOf("a")).isEqualTo("v1");
        assertThat(recent.versionOf("b")).isNull();
    }

    @Test
    void keepsTheLatestVersionOfAnId() {
        RecentArticles recent = new RecentArticles(10);
        recent.put("a", "v1");
        recent.put("a", "v2");

        assertThat(recent.versionOf("a")).isEqualTo("v2");
        assertThat(recent.size()).isEqualTo(1);
    }
}
