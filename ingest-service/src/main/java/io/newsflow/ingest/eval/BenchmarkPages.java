package io.newsflow.ingest.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A directory laid out as the article-extraction-benchmark is: {@code ground-truth.json} ({@code {id:
 * {"articleBody", "url"}}}) and {@code html/<id>.html.gz}. The pages are other people's writing, so
 * they are read from where they are kept ({@code ../shared/html-dev} beside the repository), never
 * copied into it.
 */
public final class BenchmarkPages {
    /** System property, then environment variable, that name the directory instead of the default. */
    public static final String DIRECTORY_PROPERTY = "newsflow.html-dev";
    public static final String DIRECTORY_VARIABLE = "NEWSFLOW_HTML_DEV";
    /** System property naming the repository root; without it, the nearest directory up holding {@code mvnw}. */
    public static final String REPOSITORY_PROPERTY = "newsflow.repository";

    private BenchmarkPages() {
    }

    /** One page: its bytes (UTF-8 HTML) and the main text a person marked in it. */
    public record Page(String id, String url, byte[] html, String truth) {
    }

    /** The configured directory, else {@code ../shared/html-dev} from the repository root; empty when it does not exist. */
    public static Optional<Path> locate() {
        String configured = System.getProperty(DIRECTORY_PROPERTY, System.getenv(DIRECTORY_VARIABLE));
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(Files::isDirectory);
        }
        return repositoryRoot().map(root -> root.resolveSibling("shared").resolve("html-dev"))
                .filter(Files::isDirectory);
    }

    /** Where {@link #locate()} looks by default, for messages saying what is missing. */
    public static String describeDefault() {
        return repositoryRoot().map(root -> root.resolveSibling("shared").resolve("html-dev").toString())
                .orElse("../shared/html-dev beside the repository") + " (or -D" + DIRECTORY_PROPERTY + "=DIR, $"
                + DIRECTORY_VARIABLE + ")";
    }

    private static Optional<Path> repositoryRoot() {
        String configured = System.getProperty(REPOSITORY_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured).toAbsolutePath().normalize());
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw"))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    /** Every page of the directory that has both its HTML and its truth, in the order of ground-truth.json. */
    public static List<Page> read(Path directory) throws IOException {
        JsonNode truths = new ObjectMapper().readTree(directory.resolve("ground-truth.json").toFile());
        List<Page> pages = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = truths.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            Path html = directory.resolve("html").resolve(entry.getKey() + ".html.gz");
            if (Files.isRegularFile(html)) {
                pages.add(new Page(entry.getKey(), entry.getValue().path("url").asText(""), gunzip(html),
                        entry.getValue().path("articleBody").asText("")));
            }
        }
        return pages;
    }

    private static byte[] gunzip(Path file) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
