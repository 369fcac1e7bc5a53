package io.newsflow.ingest.service;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
    /**
     * Counters by their tags, found once: registering (building the id, sorting its tags, the registry's
     * lookup) on every article was 3 % of ingest's CPU under single uploads (JFR, docs/benchmarks.md).
     */
    private final Map<OutcomeTags, Counter> outcomes = new ConcurrentHashMap<>();
    private final Map<String, Counter> bytesByContentType = new ConcurrentHashMap<>();

    private record OutcomeTags(String outcome, String reason, String contentType) {
    }

    IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.publishLatency = Timer.builder("newsflow.ingest.publish")
                .description("Time from sending an article to Kafka until Kafka acknowledged it")
                .publishPercentileHistogram()
                .register(registry);
    }

    public void outcome(ItemOutcome outcome, String contentType) {
        String reason = outcome.problem() == null ? NONE : outcome.problem().reason();
        OutcomeTags tags = new OutcomeTags(outcome.status().label(), reason,
                contentType == null ? "unknown" : contentType);
        outcomes.computeIfAbsent(tags, key -> Counter.builder("newsflow.ingest.articles")
                .description("Articles by outcome (accepted, duplicate, rejected), reason and content type")
                .tag("outcome", key.outcome())
                .tag("reason", key.reason())
                .tag("content_type", key.contentType())
                .register(registry)).increment();
    }

    public void bytes(String contentType, long bytes) {
        bytesByContentType.computeIfAbsent(contentType, key -> Counter.builder("newsflow.ingest.bytes").baseUnit("bytes")
                .description("Bytes of uploaded request bodies by content type")
                .tag("content_type", key).register(registry)).increment(bytes);
    }

    public void published(Duration latency) {
        publishLatency.record(latency);
    }
}
