package io.newsflow.bench.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Drives a running pipeline (by default the one {@code ./newsflow up} starts; it starts nothing
 * itself): uploads distinct synthetic stories of a chosen length at a fixed rate or as fast as it can over N
 * connections, polls query-service until each accepted article is queryable, and reports
 * throughput, latency percentiles and each process' CPU and memory.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Load a running Newsflow pipeline and measure upload-to-queryable latency.")
public final class LoadGenerator implements Callable<Integer> {
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f]{32})\"");
    private static final int MAX_POLLS_IN_FLIGHT = 32;

    @Option(names = "--ingest-url", defaultValue = "http://localhost:8081", description = "default: ${DEFAULT-VALUE}")
    String ingestUrl;

    @Option(names = "--query-url", defaultValue = "http://localhost:8083", description = "default: ${DEFAULT-VALUE}")
    String queryUrl;

    @Option(names = "--extract-port", defaultValue = "8082", description = "to find extract-service's process (default: ${DEFAULT-VALUE})")
    int extractPort;

    @Option(names = "--kafka-port", defaultValue = "9092", description = "to find Kafka's process (default: ${DEFAULT-VALUE})")
    int kafkaPort;

    @Option(names = "--postgres-port", defaultValue = "5432", description = "to find PostgreSQL's processes (default: ${DEFAULT-VALUE})")
    int postgresPort;

    @Option(names = "--api-key", defaultValue = "${env:NEWSFLOW_API_KEY}", description = "ingest API key, if keys are on")
    String apiKey;

    @Option(names = "--rate", defaultValue = "50", description = "articles offered per second; 0 = as fast as possible (default: ${DEFAULT-VALUE})")
    int rate;

    @Option(names = "--connections", defaultValue = "8", description = "concurrent uploads (default: ${DEFAULT-VALUE})")
    int connections;

    @Option(names = "--duration", defaultValue = "PT60S", description = "how long to offer load, ISO-8601 (default: ${DEFAULT-VALUE})")
    Duration duration;

    @Option(names = "--drain", defaultValue = "PT60S", description = "how long to wait for the last articles to become queryable (default: ${DEFAULT-VALUE})")
    Duration drain;

    @Option(names = "--out", description = "where the CSV files and plots go (default: bench-results/<time>)")
    Path out;

    @Mixin
    StoryLengthOption storyLength;

    @Option(names = "--seed", defaultValue = "${sys:newsflow.bench.seed:-0}", description = "story seed; a new seed makes new articles (default: the current time)")
    long seed;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Measurements measurements = new Measurements();
    /** Accepted ids not yet queryable, with the moment of their 202. */
    private final Map<String, Long> pending = new ConcurrentHashMap<>();
    /** Ids whose GET is under way, so one article is not asked for twice at once. */
    private final Set<String> polling = ConcurrentHashMap.newKeySet();

    public static void main(String[] args) {
        System.exit(new CommandLine(new LoadGenerator()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        SyntheticStories stories = new SyntheticStories(seed == 0 ? System.currentTimeMillis() : seed, storyLength.words());
        ProcessSampler processes = ProcessSampler.discover(Map.of(
                "ingest-service", URI.create(ingestUrl).getPort(), "query-service", URI.create(queryUrl).getPort(),
                "extract-service", extractPort, "kafka", kafkaPort, "postgresql", postgresPort));
        System.out.printf("Offering %s articles/s (%s words) over %d connections for %s; sampling %s%n",
                rate == 0 ? "as many" : rate, storyLength.words(), connections, duration, processes.processes().keySet());
        ScheduledExecutorService ticker = Executors.newScheduledThreadPool(2);
        long start = System.nanoTime();
        ticker.scheduleAtFixedRate(() -> {
            long second = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
            measurements.tick(second);
            processes.sample(System.currentTimeMillis());
        }, 1, 1, TimeUnit.SECONDS);
        ticker.scheduleWithFixedDelay(this::pollQueryable, 20, 20, TimeUnit.MILLISECONDS);

        offerLoad(stories, start);
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        long drainUntil = System.nanoTime() + drain.toNanos();
        while (!pending.isEmpty() && System.nanoTime() < drainUntil) {
            Thread.sleep(50);
        }
        ticker.shutdownNow();
        Path directory = out != null ? out : Path.of("bench-results",
                LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        ReportWriter.write(directory, measurements, processes.samples(), loadSeconds, System.out);
        return pending.isEmpty() && measurements.errors() == 0 ? 0 : 1;
    }

    /** Paces uploads by the clock, so a slow answer does not lower the offered rate. */
    private void offerLoad(SyntheticStories stories, long start) throws InterruptedException {
        Semaphore inFlight = new Semaphore(connections);
        long end = start + duration.toNanos();
        long number = 0;
        while (System.nanoTime() < end) {
            if (rate > 0) {
                long due = start + number * 1_000_000_000L / rate;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
            }
            inFlight.acquire();
            upload(stories.story(number++).wireText()).whenComplete((ignored, failure) -> inFlight.release());
        }
        inFlight.acquire(connections);
    }

    private java.util.concurrent.CompletableFuture<Void> upload(String story) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ingestUrl + "/api/articles"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(story));
        if (apiKey != null && !apiKey.isBlank()) {
            request.header("X-API-Key", apiKey);
        }
        long sent = System.nanoTime();
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString()).handle((response, failure) -> {
            long now = System.nanoTime();
            Matcher id = response == null ? null : ID.matcher(response.body());
            if (failure == null && response.statusCode() == 202 && id.find()) {
                measurements.uploadAccepted(TimeUnit.NANOSECONDS.toMicros(now - sent));
                pending.putIfAbsent(id.group(1), now);
            } else {
                measurements.uploadFailed();
            }
            return null;
        });
    }

    /** Asks query-service for the oldest pending articles; the first 200 ends an article's latency. */
    private void pollQueryable() {
        pending.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .filter(entry -> !polling.contains(entry.getKey()))
                .limit(Math.max(0, MAX_POLLS_IN_FLIGHT - polling.size()))
                .filter(entry -> polling.add(entry.getKey()))
                .forEach(entry -> http.sendAsync(HttpRequest.newBuilder(
                        URI.create(queryUrl + "/api/articles/" + entry.getKey())).timeout(Duration.ofSeconds(5))
                        .GET().build(), HttpResponse.BodyHandlers.discarding())
                        .whenComplete((response, failure) -> {
                            // A failure (query-service busy or restarting) is asked again next round.
                            if (failure == null && response.statusCode() == 200
                                    && pending.remove(entry.getKey()) != null) {
                                measurements.becameQueryable(
                                        TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - entry.getValue()));
                            }
                            polling.remove(entry.getKey());
                        }));
    }
}
