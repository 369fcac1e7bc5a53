package io.newsflow.bench.producer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A load run's accepted articles per second as a fraction of the baseline's records per second, read
 * from the run's summary.csv when there is one. (Bytes do not compare: an upload carries the story,
 * a record its JSON with id, hash and metadata.)
 */
final class UploadFraction {
    private UploadFraction() {
    }

    static List<String[]> of(Path summaryCsv, ProducerPerfResult baseline) throws IOException {
        if (!Files.isRegularFile(summaryCsv)) {
            return List.of();
        }
        Map<String, String> summary = Files.readAllLines(summaryCsv).stream().skip(1)
                .map(line -> line.split(",", 2)).filter(cells -> cells.length == 2)
                .collect(Collectors.toMap(cells -> cells[0], cells -> cells[1], (first, second) -> first));
        String articles = summary.get("accepted_per_second");
        if (articles == null) {
            return List.of();
        }
        return List.<String[]>of(ProducerPerfCommand.row("upload_fraction_of_producer",
                ProducerPerfCommand.format(Double.parseDouble(articles) / baseline.recordsPerSecond())));
    }
}
