package io.newsflow.localstack.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.newsflow.localstack.infra.Infrastructure;
import io.newsflow.localstack.infra.Ports;

/**
 * The three services wired to one Kafka and one PostgreSQL. {@code ./newsflow up} and the system
 * tests both run the pipeline through this class, so what is tested is what users run.
 */
public final class Pipeline implements AutoCloseable {
    public static final String INGEST = "ingest-service";
    public static final String EXTRACT = "extract-service";
    public static final String QUERY = "query-service";
    /** All three, in the order they start: the consumers before the producer. */
    public static final List<String> ALL = List.of(QUERY, EXTRACT, INGEST);

    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private final Path logDirectory;
    private final List<String> jvmOptions;

    private Pipeline(Path logDirectory, List<String> jvmOptions) {
        this.logDirectory = logDirectory;
        this.jvmOptions = List.copyOf(jvmOptions);
    }

    /** Ports of the three services; 0 picks a free port. */
    public record ServicePorts(int ingest, int extract, int query) {
        public static ServicePorts random() {
            return new ServicePorts(Ports.freePort(), Ports.freePort(), Ports.freePort());
        }
    }

    public static Pipeline start(Path repository, Infrastructure infrastructure, ServicePorts ports, Path logDirectory,
            List<String> jvmOptions, Map<String, String> extraEnvironment, Duration readyDeadline) {
        return start(repository, infrastructure, ports, logDirectory, jvmOptions, extraEnvironment, Map.of(),
                readyDeadline);
    }

    /**
     * With {@code serviceEnvironment}: more environment for single services, by service name (a
     * channel's setting must not reach a service that has no such channel).
     */
    public static Pipeline start(Path repository, Infrastructure infrastructure, ServicePorts ports, Path logDirectory,
            List<String> jvmOptions, Map<String, String> extraEnvironment,
            Map<String, Map<String, String>> serviceEnvironment, Duration readyDeadline) {
        return start(repository, infrastructure, ports, ALL, logDirectory, jvmOptions, extraEnvironment,
                serviceEnvironment, readyDeadline);
    }

    /**
     * Only the {@code services} named (of {@link #ALL}), wired as in the whole pipeline: ingest alone
     * is how its upload rate is measured without extract and query taking the same cores.
     */
    public static Pipeline start(Path repository, Infrastructure infrastructure, ServicePorts ports,
            List<String> services, Path logDirectory, List<String> jvmOptions, Map<String, String> extraEnvironment,
            Map<String, Map<String, String>> serviceEnvironment, Duration readyDeadline) {
        if (!ALL.containsAll(services)) {
            throw new IllegalArgumentException("Unknown service in " + services + "; the services are " + ALL);
        }
        Map<String, Integer> portOf = Map.of(INGEST, ports.ingest(), EXTRACT, ports.extract(), QUERY, ports.query());
        services.forEach(service -> Ports.requireFree(portOf.get(service), service));
        Map<String, String> common = new LinkedHashMap<>(extraEnvironment);
        common.put("KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafkaBootstrapServers());
        Map<String, String> database = Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", infrastructure.jdbcUrl(),
                "QUARKUS_DATASOURCE_USERNAME", infrastructure.databaseUser(),
                "QUARKUS_DATASOURCE_PASSWORD", infrastructure.databasePassword());
        Pipeline pipeline = new Pipeline(logDirectory, jvmOptions);
        try {
            // query's web page uploads to ingest from the browser: it needs ingest's URL, and ingest must allow
            // the page's origin (as the browser names it, localhost or 127.0.0.1).
            Map<String, Map<String, String>> own = Map.of(
                    QUERY, with(with(database, Map.of("NEWSFLOW_WEB_INGEST_URL", "http://localhost:" + ports.ingest())),
                            serviceEnvironment.getOrDefault(QUERY, Map.of())),
                    EXTRACT, serviceEnvironment.getOrDefault(EXTRACT, Map.of()),
                    INGEST, with(Map.of("NEWSFLOW_INGEST_QUERY_BASE_URL", "http://localhost:" + ports.query(),
                            "QUARKUS_HTTP_CORS_ORIGINS",
                            "http://localhost:" + ports.query() + ",http://127.0.0.1:" + ports.query()),
                            serviceEnvironment.getOrDefault(INGEST, Map.of())));
            for (String service : ALL) {
                if (services.contains(service)) {
                    pipeline.add(new ServiceSpec(service, repository.resolve(service), portOf.get(service),
                            with(common, own.get(service))));
                }
            }
            pipeline.services.values().forEach(ServiceProcess::start);
            for (ServiceProcess service : pipeline.services.values()) {
                service.awaitReady(readyDeadline);
            }
            return pipeline;
        } catch (RuntimeException e) {
            pipeline.close();
            throw e;
        }
    }

    /**
     * Starts another instance of a service, in the same consumer group as the first: how a service
     * scales out. It is known by {@code instanceName} from then on, and stopped with the rest.
     */
    public ServiceProcess startInstance(String service, String instanceName, Duration readyDeadline) {
        ServiceSpec first = services.get(service).spec();
        int port = Ports.freePort();
        ServiceProcess instance = add(new ServiceSpec(instanceName, first.module(), port, first.environment()));
        instance.start().awaitReady(readyDeadline);
        return instance;
    }

    public ServiceProcess service(String name) {
        return services.get(name);
    }

    public List<ServiceProcess> services() {
        return new ArrayList<>(services.values());
    }

    /** Stops the services in reverse order of the data flow: ingest first, query last. */
    @Override
    public void close() {
        List<ServiceProcess> reversed = new ArrayList<>(services.values());
        java.util.Collections.reverse(reversed);
        reversed.forEach(ServiceProcess::stop);
    }

    private ServiceProcess add(ServiceSpec spec) {
        ServiceProcess process = new ServiceProcess(spec, logDirectory, jvmOptions);
        services.put(spec.name(), process);
        return process;
    }

    private static Map<String, String> with(Map<String, String> base, Map<String, String> more) {
        Map<String, String> merged = new LinkedHashMap<>(base);
        merged.putAll(more);
        return merged;
    }
}
