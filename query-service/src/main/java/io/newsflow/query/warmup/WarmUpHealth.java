package io.newsflow.query.warmup;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Not ready while the write and read paths warm up: {@code ./newsflow up} returns once they have. */
@Readiness
@ApplicationScoped
class WarmUpHealth implements HealthCheck {
    static final String NAME = "Query warm-up";

    private final QueryWarmUp warmUp;

    WarmUpHealth(QueryWarmUp warmUp) {
        this.warmUp = warmUp;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME);
        return warmUp.report().map(report -> response.up().withData("analyses", report.analyses()))
                .orElseGet(response::down).build();
    }
}
