package io.newsflow.bench.producer;

import java.util.Map;

/**
 * The producer settings ingest-service publishes {@code articles.raw} with
 * ({@code mp.messaging.outgoing.raw-articles-out.*} in its application.properties), so the baseline
 * measures the producer ingest has. {@code IngestProducerSettingsTest} keeps the two the same.
 */
final class IngestProducerSettings {
    static final Map<String, String> SETTINGS = Map.of(
            "acks", "all",
            "enable.idempotence", "true",
            "compression.type", "lz4",
            "linger.ms", "5",
            "batch.size", "262144",
            "max.request.size", "16777216");

    private IngestProducerSettings() {
    }
}
