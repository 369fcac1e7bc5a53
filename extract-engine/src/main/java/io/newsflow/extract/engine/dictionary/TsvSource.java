package io.newsflow.extract.engine.dictionary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a dictionary from the classpath: '#' lines and blank lines are comments, the rest tab-separated. */
public final class TsvSource {
    private TsvSource() {
    }

    public static List<TsvRow> read(String resource, int minColumns) {
        List<TsvRow> rows = new ArrayList<>();
        try (InputStream in = TsvSource.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new DictionaryFormatException(resource, 0, "dictionary not found on the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.stripLeading().startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                if (fields.length < minColumns) {
                    throw new DictionaryFormatException(resource, number,
                            "expected at least " + minColumns + " tab-separated columns, found " + fields.length);
                }
                rows.add(new TsvRow(resource, number, fields));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
        return rows;
    }
}
