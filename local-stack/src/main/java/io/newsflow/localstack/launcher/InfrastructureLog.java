package io.newsflow.localstack.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Kafka and PostgreSQL log a lot; the launcher's console is for the user, so their logs go to a file. */
final class InfrastructureLog {
    private InfrastructureLog() {
    }

    /** Must run before the first logger is created: slf4j-simple reads these properties once. */
    static void sendTo(Path logFile) {
        try {
            Files.createDirectories(logFile.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + logFile.getParent(), e);
        }
        System.setProperty("org.slf4j.simpleLogger.logFile", logFile.toString());
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
    }
}
