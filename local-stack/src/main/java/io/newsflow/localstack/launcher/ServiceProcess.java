package io.newsflow.localstack.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A service running as its own JVM, as it would in production: the launcher and the system tests
 * start them this way so that a crash, a SIGKILL or a restart is real.
 */
public final class ServiceProcess implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Duration GRACEFUL_STOP = Duration.ofSeconds(20);

    private final ServiceSpec spec;
    private final Path logFile;
    private final List<String> jvmOptions;
    private Process process;
    private Instant startedAt;

    public ServiceProcess(ServiceSpec spec, Path logDirectory, List<String> jvmOptions) {
        this.spec = spec;
        this.logFile = logDirectory.resolve(spec.name() + ".log");
        this.jvmOptions = jvmOptions;
    }

    public synchronized ServiceProcess start() {
        if (!Files.isRegularFile(spec.runnerJar())) {
            throw new IllegalStateException(spec.runnerJar() + " is missing: build it with ./mvnw -DskipTests install");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        if (Files.isReadable(spec.classDataArchive())) {
            // Made by the JVM of the build; another JVM says so in the log and starts without it.
            command.add("-XX:SharedArchiveFile=" + spec.classDataArchive());
        }
        command.add("-jar");
        command.add(spec.runnerJar().toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        // glibc gives each busy thread its own malloc arena; two keep a JVM's resident memory down
        // by tens of megabytes at no measurable cost.
        builder.environment().putIfAbsent("MALLOC_ARENA_MAX", "2");
        builder.environment().putAll(spec.environment());
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(spec.port()));
        try {
            Files.createDirectories(logFile.getParent());
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + spec.name(), e);
        }
        startedAt = Instant.now();
        return this;
    }

    /** Waits until the service reports ready, or fails with the end of its log when it died or took too long. */
    public Duration awaitReady(Duration deadline) {
        Instant giveUp = Instant.now().plus(deadline);
        while (Instant.now().isBefore(giveUp)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(spec.name() + " exited with code " + process.exitValue()
                        + ". End of " + logFile + ":\n" + tailOfLog());
            }
            if (isReady()) {
                return Duration.between(startedAt, Instant.now());
            }
            pause();
        }
        throw new IllegalStateException(spec.name() + " was not ready within " + deadline + ". End of " + logFile
                + ":\n" + tailOfLog());
    }

    public boolean isReady() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(spec.baseUrl() + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** SIGTERM, so the service finishes or abandons in-flight work cleanly; SIGKILL if it does not stop. */
    public synchronized void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(GRACEFUL_STOP.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /** SIGKILL: a crash, for fault tests. */
    public synchronized void kill() {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Freezes the process (SIGSTOP), as a long GC pause or an overloaded host would; {@link #resume()} thaws it. */
    public void suspend() {
        signal("STOP");
    }

    public void resume() {
        signal("CONT");
    }

    private void signal(String name) {
        try {
            int exit = new ProcessBuilder("kill", "-" + name, Long.toString(pid())).inheritIO().start().waitFor();
            if (exit != 0) {
                throw new IllegalStateException("kill -" + name + " " + pid() + " exited with " + exit);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot signal " + spec.name(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public ServiceSpec spec() {
        return spec;
    }

    public long pid() {
        return process.pid();
    }

    public Path logFile() {
        return logFile;
    }

    @Override
    public void close() {
        stop();
    }

    private String tailOfLog() {
        try {
            List<String> lines = Files.readAllLines(logFile);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
