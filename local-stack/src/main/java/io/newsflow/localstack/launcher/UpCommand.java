package io.newsflow.localstack.launcher;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import io.newsflow.localstack.infra.EmbeddedInfrastructure;
import io.newsflow.localstack.infra.TopicSetup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Starts Kafka, PostgreSQL and the three services, waits until all are ready, prints how to use
 * them, and stops everything on Ctrl-C. Data stays under the data directory between runs.
 */
@Command(name = "up", mixinStandardHelpOptions = true,
        description = "Start Kafka, PostgreSQL and the three services; Ctrl-C stops them.")
final class UpCommand implements Callable<Integer> {

    @Option(names = "--data-dir", defaultValue = ".newsflow", description = "Where Kafka, PostgreSQL and logs keep their data (default: ${DEFAULT-VALUE}).")
    Path dataDirectory;

    @Option(names = "--kafka-port", defaultValue = "9092", description = "Kafka client port (default: ${DEFAULT-VALUE}).")
    int kafkaPort;

    @Option(names = "--postgres-port", defaultValue = "5432", description = "PostgreSQL port (default: ${DEFAULT-VALUE}).")
    int postgresPort;

    @Option(names = "--ingest-port", defaultValue = "8081", description = "ingest-service HTTP port (default: ${DEFAULT-VALUE}).")
    int ingestPort;

    @Option(names = "--extract-port", defaultValue = "8082", description = "extract-service HTTP port (default: ${DEFAULT-VALUE}).")
    int extractPort;

    @Option(names = "--query-port", defaultValue = "8083", description = "query-service HTTP port (default: ${DEFAULT-VALUE}).")
    int queryPort;

    /**
     * Sized for three services, Kafka and PostgreSQL on a small box: a 192 MB heap, the serial
     * collector (least overhead on 2 cores) and bounded code cache, metaspace, direct memory and
     * stacks took each service from 430-600 MB resident to 290-420 MB under load (docs/benchmarks.md).
     */
    @Option(names = "--jvm-options", defaultValue = "${env:NEWSFLOW_JAVA_OPTS:--Xmx192m -XX:+UseSerialGC "
            + "-XX:ReservedCodeCacheSize=48m -XX:MaxMetaspaceSize=128m -XX:MaxDirectMemorySize=64m -Xss512k}", split = " ",
            description = "JVM options of each service (default: ${DEFAULT-VALUE}, or $NEWSFLOW_JAVA_OPTS).")
    String[] jvmOptions;

    @Option(names = "--services", defaultValue = "ingest,extract,query", split = ",",
            description = "Which services to start (default: ${DEFAULT-VALUE}); --services ingest measures ingest's "
                    + "upload rate without extract and query on the same cores.")
    List<String> services;

    @Override
    public Integer call() throws InterruptedException {
        List<String> toStart = services.stream().map(name -> name.endsWith("-service") ? name : name + "-service")
                .toList();
        PrintStream out = System.out;
        Instant start = Instant.now();
        Path data = dataDirectory.toAbsolutePath();
        InfrastructureLog.sendTo(data.resolve("logs").resolve("infrastructure.log"));
        out.printf("Starting Kafka on %d and PostgreSQL on %d (data in %s)...%n", kafkaPort, postgresPort, data);
        EmbeddedInfrastructure infrastructure = EmbeddedInfrastructure.persistent(data, kafkaPort, postgresPort);
        ApiKeyFile.Key apiKey = ApiKeyFile.readOrCreate(data);
        CountDownLatch stopped = new CountDownLatch(1);
        Pipeline pipeline;
        try {
            TopicSetup.createTopics(infrastructure.kafkaBootstrapServers());
            out.println("Starting " + String.join(", ", toStart) + "...");
            pipeline = Pipeline.start(Path.of("").toAbsolutePath(), infrastructure,
                    new Pipeline.ServicePorts(ingestPort, extractPort, queryPort), toStart, data.resolve("logs"),
                    List.of(jvmOptions), Map.of("NEWSFLOW_INGEST_API_KEYS", apiKey.value()), Map.of(),
                    Duration.ofMinutes(2));
        } catch (RuntimeException e) {
            infrastructure.close();
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("\nStopping the services, Kafka and PostgreSQL...");
            pipeline.close();
            infrastructure.close();
            out.println("Stopped. Data kept in " + data);
            stopped.countDown();
        }, "newsflow-stop"));
        printWelcome(out, Duration.between(start, Instant.now()), data, apiKey);
        if (toStart.size() < Pipeline.ALL.size()) {
            out.println("Only " + String.join(", ", toStart) + " started (--services); the others' URLs answer nothing.");
        }
        stopped.await();
        return 0;
    }

    private void printWelcome(PrintStream out, Duration took, Path data, ApiKeyFile.Key apiKey) {
        out.printf("""

                Newsflow is up (%.1f s).
                  API key  %s   (%s %s; ingest wants it as X-API-Key or Bearer)
                  ingest   http://localhost:%d   (upload: POST /api/articles)
                  extract  http://localhost:%d   (health and metrics)
                  query    http://localhost:%d   (GET /api/articles/{id}, /api/events?articleId=)
                  web page http://localhost:%d/  (events, timeline, articles, actors, live, upload)
                  Swagger UI on each: /q/swagger-ui    Kafka: localhost:%d    PostgreSQL: localhost:%d/newsflow
                  Logs: %s

                Try it:
                  curl -s --data-binary @samples/tass-2017-06-03-unsc-sanctions.txt -H "X-API-Key: %s" \\
                       -H 'Content-Type: text/plain' localhost:%d/api/articles
                  curl -s localhost:%d/api/articles/<id from the answer>
                  ./newsflow upload --url http://localhost:%d%s samples/

                Ctrl-C stops everything; the next ./newsflow up finds the same data.
                """, took.toMillis() / 1000.0, apiKey.value(), apiKey.created() ? "new, saved in" : "from",
                data.resolve(ApiKeyFile.NAME), ingestPort, extractPort, queryPort, queryPort, kafkaPort, postgresPort,
                data.resolve("logs"), apiKey.value(), ingestPort, queryPort, ingestPort, dataDirOption(data));
    }

    /** The upload reads the key from the data directory: one other than the default must be named to it too. */
    private String dataDirOption(Path data) {
        return dataDirectory.equals(Path.of(".newsflow")) ? "" : " --data-dir " + data;
    }
}
