package io.newsflow.bench.load;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Where a command's CSV files and plots go: the one given, else a new one per run under bench-results/. */
public final class ResultsDirectory {
    private ResultsDirectory() {
    }

    public static Path orNew(Path given) {
        return given != null ? given : Path.of("bench-results",
                LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
    }
}
