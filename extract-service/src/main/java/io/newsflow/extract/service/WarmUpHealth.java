package io.newsflow.extract.service;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Not ready while the engine warms up: {@code ./newsflow up} returns once it has, and so the pipeline answers fast. */
@Readiness
@ApplicationScoped
class WarmUpHealth implements HealthCheck {
    private final EngineWarmUp warmUp;

    WarmUpHealth(EngineWarmUp warmUp) {
        this.warmUp = warmUp;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Engine warm-up");
        return warmUp.report().map(report -> response.up().withData("analyses", report.analyses()))
                .orElseGet(response::down).build();
    }
}
