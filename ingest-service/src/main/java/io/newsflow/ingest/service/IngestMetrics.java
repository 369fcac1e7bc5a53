package io.newsflow.ingest.service;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * What ingest did, for Prometheus: {@code newsflow_ingest_articles_total{outcome, reason, content_type}},
 * {@code newsflow_ingest_bytes_total{content_type}} and {@code newsflow_ingest_publish_seconds}
 * (send to Kafka ack, per record).
 */
@ApplicationScoped
public class IngestMetrics {
    private static final String NONE = "none";

    private final MeterRegistry registry;
    private final Timer publishLatency;

    IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.publishLatency = Timer.builder("newsflow.ingest.publish")
                .description("Time from sending an article to Kafka until Kafka acknowledged it")
                .publishPercentileHistogram()
                .register(registry);
    }

    public void outcome(ItemOutcome outcome, String contentType) {
        String reason = outcome.problem() == null ? NONE : outcome.problem().reason();
        Counter.builder("newsflow.ingest.articles")
                .description("Articles by outcome (accepted, duplicate, rejected), reason and content type")
                .tag("outcome", outcome.status().label())
                .tag("reason", reason)
                .tag("content_type", contentType == null ? "unknown" : contentType)
                .register(registry).increment();
    }

    public void bytes(String contentType, long bytes) {
        Counter.builder("newsflow.ingest.bytes").baseUnit("bytes")
                .description("Bytes of uploaded request bodies by content type")
                .tag("content_type", contentType).register(registry).increment(bytes);
    }

    public void published(Duration latency) {
        publishLatency.record(latency);
    }
}
