package io.newsflow.ingest.admission;

import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.common.kafka.KafkaClientConfig;
import io.newsflow.ingest.config.IngestConfig;
import io.quarkus.runtime.StartupEvent;

/**
 * The number of accepted articles the stages after ingest have yet to read, kept up to date on a thread of its own
 * so that an upload reads a number and never waits for Kafka. A sample older than a few intervals is no sample: when
 * Kafka does not answer the Admin client, uploads are admitted and the producer's own timeout decides.
 */
@ApplicationScoped
public class PipelineBacklog {
    private static final Logger LOG = Logger.getLogger(PipelineBacklog.class);
    private static final Duration MIN_STALE_AFTER = Duration.ofSeconds(5);

    private final IngestConfig.Admission config;
    private final KafkaClientConfig kafka;
    private final MeterRegistry registry;
    private volatile Sample last;
    private ScheduledExecutorService sampler;
    private BacklogReader reader;
    private boolean failing;

    private record Sample(long waiting, long takenNanos) {
    }

    PipelineBacklog(IngestConfig config, KafkaClientConfig kafka, MeterRegistry registry) {
        this.config = config.admission();
        this.kafka = kafka;
        this.registry = registry;
    }

    void start(@Observes StartupEvent started) {
        if (config.maxBacklog() <= 0) {
            return;
        }
        List<Stage> stages = config.stages().stream().map(Stage::parse).toList();
        Duration interval = config.sampleInterval();
        reader = new BacklogReader(kafka, stages, interval.plus(Duration.ofSeconds(2)));
        Gauge.builder("newsflow.ingest.backlog", this, backlog -> backlog.waiting().orElse(-1))
                .description("Accepted articles the stages after ingest have yet to read (-1: unknown)")
                .register(registry);
        sampler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "newsflow-backlog");
            thread.setDaemon(true);
            return thread;
        });
        sampler.scheduleWithFixedDelay(this::sample, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void sample() {
        try {
            last = new Sample(reader.read(), System.nanoTime());
            if (failing) {
                LOG.info("The pipeline's backlog is readable again");
                failing = false;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            if (!failing) {
                LOG.warnf("Cannot read the pipeline's backlog from Kafka (%s); uploads are admitted until it can", e);
                failing = true;
            }
        }
    }

    /** The records waiting at the last sample, or empty when admission is off or the last sample is stale. */
    public OptionalLong waiting() {
        Sample sample = last;
        if (sample == null || System.nanoTime() - sample.takenNanos() > staleAfter().toNanos()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(sample.waiting());
    }

    /** The records waiting when the last fresh sample is at or over the limit (uploads are refused), else empty. */
    public OptionalLong overLimit() {
        OptionalLong waiting = waiting();
        return waiting.isPresent() && waiting.getAsLong() >= config.maxBacklog() ? waiting : OptionalLong.empty();
    }

    public long limit() {
        return config.maxBacklog();
    }

    private Duration staleAfter() {
        Duration intervals = config.sampleInterval().multipliedBy(5);
        return intervals.compareTo(MIN_STALE_AFTER) > 0 ? intervals : MIN_STALE_AFTER;
    }

    @PreDestroy
    void stop() {
        if (sampler != null) {
            sampler.shutdownNow();
            reader.close();
        }
    }
}
