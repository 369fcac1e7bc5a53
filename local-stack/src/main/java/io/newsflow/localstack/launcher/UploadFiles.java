package io.newsflow.localstack.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The files an upload sends: the given files, and every article file under the given directories,
 * grouped into requests of at most so many files and bytes (a bigger file goes alone).
 */
final class UploadFiles {
    static final Set<String> EXTENSIONS = Set.of("txt", "html", "htm", "json", "jsonl", "ndjson", "zip");

    /** A file and the name ingest will report it by: its path below the directory given. */
    record UploadFile(Path path, String name, long size) {
    }

    private UploadFiles() {
    }

    static List<UploadFile> find(List<Path> paths) {
        List<UploadFile> files = new ArrayList<>();
        for (Path given : paths) {
            if (Files.isDirectory(given)) {
                try (Stream<Path> walk = Files.walk(given)) {
                    walk.filter(Files::isRegularFile).filter(UploadFiles::isArticleFile).sorted()
                            .forEach(file -> files.add(file(file, given.relativize(file).toString())));
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read the directory " + given, e);
                }
            } else if (Files.isRegularFile(given)) {
                files.add(file(given, given.getFileName().toString()));
            } else {
                throw new IllegalArgumentException(given + " is neither a file nor a directory");
            }
        }
        return files;
    }

    static List<List<UploadFile>> batches(List<UploadFile> files, int maxFiles, long maxBytes) {
        List<List<UploadFile>> batches = new ArrayList<>();
        List<UploadFile> current = new ArrayList<>();
        long bytes = 0;
        for (UploadFile file : files) {
            if (!current.isEmpty() && (current.size() >= maxFiles || bytes + file.size() > maxBytes)) {
                batches.add(current);
                current = new ArrayList<>();
                bytes = 0;
            }
            current.add(file);
            bytes += file.size();
        }
        if (!current.isEmpty()) {
            batches.add(current);
        }
        return batches;
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean isArticleFile(Path file) {
        return EXTENSIONS.contains(extension(file)) && !file.getFileName().toString().startsWith(".");
    }

    private static UploadFile file(Path path, String name) {
        try {
            return new UploadFile(path, name.replace('\\', '/'), Files.size(path));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }
}
