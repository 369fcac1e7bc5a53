package io.newsflow.query.persistence;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness is DOWN while the consumers cannot write to the database, UP again after the next write. */
@Readiness
@ApplicationScoped
public class DatabaseWriteHealth implements HealthCheck {
    private record Failing(Instant since, String reason) {
    }

    private final AtomicReference<Failing> failing = new AtomicReference<>();

    void down(Throwable failure) {
        failing.compareAndSet(null, new Failing(Instant.now(), failure.getClass().getSimpleName()));
    }

    void up() {
        failing.set(null);
    }

    @Override
    public HealthCheckResponse call() {
        Failing current = failing.get();
        if (current == null) {
            return HealthCheckResponse.up("Database writes");
        }
        return HealthCheckResponse.named("Database writes").down()
                .withData("failingSince", current.since().toString())
                .withData("reason", current.reason()).build();
    }
}
