package io.newsflow.extract.service;

import static io.restassured.RestAssured.given;

import jakarta.inject.Inject;

import io.newsflow.extract.warmup.WarmUpStories;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.ChannelRegistry;

/** What the warm-up tests look at: the engine's calls, the warm-up's report, the channel and readiness. */
abstract class WarmUpObserved {
    static final String CHANNEL = "raw-articles-in";

    @Inject
    TestEngine engine;

    @Inject
    EngineWarmUp warmUp;

    @Inject
    ChannelRegistry channels;

    static JsonPath readiness() {
        return given().get("/q/health/ready").jsonPath();
    }

    static String warmUpCheckStatus() {
        return readiness().getString("checks.find { it.name == 'Engine warm-up' }.status");
    }

    static boolean isWarmUp(String articleId) {
        return articleId.startsWith(WarmUpStories.ID_PREFIX);
    }
}
