package io.newsflow.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import io.newsflow.bench.producer.ProducerPerfCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Drives a running pipeline (by default the one {@code ./newsflow up} starts; it starts nothing
 * itself): uploads distinct synthetic stories, one per request or in NDJSON batches, at a fixed rate
 * or as fast as it can over N connections, watches query-service until each accepted article is
 * queryable, and reports throughput, latency percentiles, consumer lag and each process' CPU and memory.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = ProducerPerfCommand.class,
        description = "Load a running Newsflow pipeline and measure upload-to-queryable latency.")
public final class LoadGenerator implements Callable<Integer> {
    private static final long CHECK_EVERY_MILLIS = 20;
    private static final Duration SELF_WARM_UP = Duration.ofSeconds(3);
    private static final long SELF_WARM_UP_ARTICLES = 20_000;
    private static final long SELF_WARM_UP_SEED = 0x5EED_5EEDL;

    @Spec
    CommandSpec spec;

    @Option(names = "--ingest-url", defaultValue = "http://localhost:8081", description = "default: ${DEFAULT-VALUE}")
    String ingestUrl;

    @Option(names = "--query-url", defaultValue = "http://localhost:8083", description = "default: ${DEFAULT-VALUE}")
    String queryUrl;

    @Option(names = "--extract-port", defaultValue = "8082", description = "to find extract-service's process (default: ${DEFAULT-VALUE})")
    int extractPort;

    @Option(names = "--kafka-port", defaultValue = "9092", description = "to find Kafka's process (default: ${DEFAULT-VALUE})")
    int kafkaPort;

    @Option(names = "--bootstrap-servers", description = "Kafka, to sample consumer lag (default: localhost:<kafka-port>)")
    String bootstrapServers;

    @Option(names = "--postgres-port", defaultValue = "5432", description = "to find PostgreSQL's processes (default: ${DEFAULT-VALUE})")
    int postgresPort;

    @Option(names = "--api-key", defaultValue = "${env:NEWSFLOW_API_KEY}",
            description = "ingest API key (default: $NEWSFLOW_API_KEY, else the key in --data-dir/api-key)")
    String apiKey;

    @Option(names = "--data-dir", defaultValue = "${env:NEWSFLOW_DATA_DIR:-.newsflow}",
            description = "where ./newsflow up keeps its API key (default: ${DEFAULT-VALUE})")
    Path dataDirectory;

    @Option(names = "--rate", defaultValue = "50", description = "articles offered per second; 0 = as fast as possible (default: ${DEFAULT-VALUE})")
    int rate;

    @Option(names = "--connections", defaultValue = "8", description = "concurrent uploads (default: ${DEFAULT-VALUE})")
    int connections;

    @Option(names = "--batch", defaultValue = "1", description = "articles per request: 1 sends each as text/plain, "
            + "more send NDJSON batches (application/x-ndjson) (default: ${DEFAULT-VALUE})")
    int batch;

    @Mixin
    StoryLengthOption storyLength;

    @Option(names = "--check", defaultValue = "LIST", description = "how to see articles become queryable: "
            + "${COMPLETION-CANDIDATES} (GET /api/articles/{id} per article, or one article list per 200 articles "
            + "by source, or none: for ingest alone, uploads only) (default: ${DEFAULT-VALUE})")
    QueryableCheck.Kind check;

    @Option(names = "--max-checks", defaultValue = "40", description = "at most this many article lists a second"
            + " (--check LIST): the harness's own requests are load on query-service and PostgreSQL"
            + " (default: ${DEFAULT-VALUE})")
    int maxChecks;

    @Option(names = "--duration", defaultValue = "PT60S", description = "how long to offer load, ISO-8601 (default: ${DEFAULT-VALUE})")
    Duration duration;

    @Option(names = "--warmup", defaultValue = "PT0S", description = "offer the same load this long first, not"
            + " measured, and wait for it to be queryable: the services' JIT compilers and the database's caches"
            + " warm up in the first minute, and a run that starts cold reports them (default: ${DEFAULT-VALUE})")
    Duration warmup;

    @Option(names = "--drain", defaultValue = "PT60S", description = "how long to wait for the last articles to become queryable (default: ${DEFAULT-VALUE})")
    Duration drain;

    @Option(names = "--out", description = "where the CSV files and plots go (default: bench-results/<time>)")
    Path out;

    @Option(names = "--seed", defaultValue = "${sys:newsflow.bench.seed:-0}", description = "story seed; a new seed makes new articles (default: the current time)")
    long seed;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command with its subcommands, enum options taken in any case. */
    public static CommandLine commandLine() {
        return new CommandLine(new LoadGenerator()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    @Override
    public Integer call() throws Exception {
        if (batch < 1 || connections < 1 || rate < 0) {
            throw new ParameterException(spec.commandLine(), "--batch and --connections must be at least 1, --rate at least 0");
        }
        long storySeed = seed == 0 ? System.currentTimeMillis() : seed;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        try (IngestConnections ingest = new IngestConnections(URI.create(ingestUrl), connections)) {
            return run(storySeed, http, ingest);
        }
    }

    private int run(long storySeed, HttpClient http, IngestConnections ingest) throws Exception {
        warmItself(storySeed);
        if (!warmup.isZero()) {
            warmUp(storySeed + 1, http, ingest);
        }
        Phase phase = phase(storySeed, http, ingest);
        UploadRequests requests = phase.requests();
        Measurements measurements = phase.measurements();
        PendingArticles pending = phase.pending();
        Uploader uploader = phase.uploader();
        QueryableCheck queryable = phase.queryable();
        ProcessSampler processes = ProcessSampler.discover(Map.of(
                "ingest-service", URI.create(ingestUrl).getPort(), "query-service", URI.create(queryUrl).getPort(),
                "extract-service", extractPort, "kafka", kafkaPort, "postgresql", postgresPort));
        System.out.printf("Offering %s articles/s (%s words, %d per request) over %d connections for %s; sampling %s%n",
                rate == 0 ? "as many" : rate, storyLength.words(), batch, connections, duration,
                processes.processes().keySet());

        RunResults results;
        try (ConsumerLag lag = new ConsumerLag(bootstrapServers != null ? bootstrapServers : "localhost:" + kafkaPort)) {
            ScheduledExecutorService ticker = Executors.newScheduledThreadPool(3);
            try {
                long start = System.nanoTime();
                ticker.scheduleAtFixedRate(() -> {
                    measurements.tick(secondOfRun(start));
                    processes.sample(System.currentTimeMillis());
                }, 1, 1, TimeUnit.SECONDS);
                ticker.scheduleAtFixedRate(() -> lag.sample(secondOfRun(start)), 0, 1, TimeUnit.SECONDS);
                ticker.scheduleWithFixedDelay(queryable::poll, CHECK_EVERY_MILLIS, CHECK_EVERY_MILLIS,
                        TimeUnit.MILLISECONDS);

                offerLoad(requests, uploader, start, duration);
                double loadSeconds = (System.nanoTime() - start) / 1e9;
                long queryableDuringLoad = measurements.queryable();
                awaitQueryable(pending);
                results = new RunResults(measurements, loadSeconds, queryableDuringLoad, processes.samples(),
                        lag.bySecond());
            } finally {
                ticker.shutdownNow();
            }
        }
        ReportWriter.write(ResultsDirectory.orNew(out), results, System.out);
        return pending.isEmpty() && measurements.errors() == 0 ? 0 : 1;
    }

    /**
     * Builds uploads of other stories for a few seconds, sending none: the generator shares the cores with the
     * pipeline it measures, and without this its own JIT compiled the story builder during the first minute of a
     * run (a third of a core), which a run right after a fresh start then charged to the pipeline.
     */
    private void warmItself(long storySeed) {
        long otherSeed = storySeed ^ SELF_WARM_UP_SEED;
        UploadRequests requests = new UploadRequests(new SyntheticStories(otherSeed, storyLength.words()),
                new RunSources(otherSeed), batch);
        long until = System.nanoTime() + SELF_WARM_UP.toNanos();
        for (long n = 0; n < SELF_WARM_UP_ARTICLES && System.nanoTime() < until; n += requests.articlesPerRequest()) {
            requests.request(n);
        }
    }

    /** The load of the run, with other stories and sources, for --warmup; nothing of it is reported. */
    private void warmUp(long warmupSeed, HttpClient http, IngestConnections ingest)
            throws IOException, InterruptedException {
        System.out.printf("Warming up for %s (not measured)%n", warmup);
        Phase phase = phase(warmupSeed, http, ingest);
        ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor();
        try {
            poller.scheduleWithFixedDelay(phase.queryable()::poll, CHECK_EVERY_MILLIS, CHECK_EVERY_MILLIS,
                    TimeUnit.MILLISECONDS);
            offerLoad(phase.requests(), phase.uploader(), System.nanoTime(), warmup);
            awaitQueryable(phase.pending());
        } finally {
            poller.shutdownNow();
        }
        Measurements measured = phase.measurements();
        System.out.printf("Warm-up: %d articles accepted, %d queryable, %d errors%n", measured.accepted(),
                measured.queryable(), measured.errors());
    }

    /** What a stretch of load needs: its own stories and sources, and what it measures. */
    private record Phase(UploadRequests requests, Measurements measurements, PendingArticles pending,
            Uploader uploader, QueryableCheck queryable) {
    }

    private Phase phase(long storySeed, HttpClient http, IngestConnections ingest) throws IOException {
        UploadRequests requests = new UploadRequests(new SyntheticStories(storySeed, storyLength.words()),
                new RunSources(storySeed), batch);
        Measurements measurements = new Measurements();
        PendingArticles pending = new PendingArticles(measurements, check.tracksArticles());
        Uploader uploader = new Uploader(ingest, URI.create(ingestUrl).getPath(), apiKey(), measurements, pending);
        return new Phase(requests, measurements, pending, uploader,
                check.create(new QueryRequests(http, queryUrl, measurements), pending, maxChecks));
    }

    /** Waits, at most --drain, for the articles still pending when the load stopped. */
    private void awaitQueryable(PendingArticles pending) throws InterruptedException {
        long drainUntil = System.nanoTime() + drain.toNanos();
        while (!pending.isEmpty() && System.nanoTime() < drainUntil) {
            Thread.sleep(50);
        }
    }

    /** Paces requests by the clock, so a slow answer does not lower the offered rate. */
    private void offerLoad(UploadRequests requests, Uploader uploader, long start, Duration length)
            throws InterruptedException {
        Semaphore inFlight = new Semaphore(connections);
        long end = start + length.toNanos();
        long number = 0;
        while (System.nanoTime() < end) {
            if (rate > 0) {
                long due = start + number * 1_000_000_000L / rate;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
            }
            UploadRequest request = requests.request(number);
            number += requests.articlesPerRequest();
            inFlight.acquire();
            uploader.send(request).whenComplete((ignored, failure) -> inFlight.release());
        }
        inFlight.acquire(connections);
    }

    private String apiKey() throws IOException {
        if (apiKey != null && !apiKey.isBlank()) {
            return apiKey.strip();
        }
        Path stored = dataDirectory.resolve("api-key");
        return Files.isReadable(stored) ? Files.readString(stored).strip() : null;
    }

    private static long secondOfRun(long start) {
        return TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
    }
}
