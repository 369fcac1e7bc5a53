package io.newsflow.extract.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready while a failed transaction is being recovered from (the broker away, typically). */
@Readiness
@ApplicationScoped
class TransactionsHealth implements HealthCheck {
    private final AnalysisTransactions transactions;

    TransactionsHealth(AnalysisTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("Kafka transactions").status(transactions.healthy()).build();
    }
}
