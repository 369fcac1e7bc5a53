package io.newsflow.extract.service;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.newsflow.extract.engine.ExtractionEngine;
import io.newsflow.extract.engine.NewsflowEngine;
import io.quarkus.arc.DefaultBean;
import io.quarkus.runtime.Startup;

/**
 * One engine for the whole service, loaded at start so the first article does not pay for the models.
 * A default bean: a test's own engine (one that counts its calls, say) takes its place.
 */
public class EngineProducer {

    @Produces
    @Singleton
    @Startup
    @DefaultBean
    ExtractionEngine engine() {
        return NewsflowEngine.load();
    }
}
