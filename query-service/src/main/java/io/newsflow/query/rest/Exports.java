package io.newsflow.query.rest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * Exports of a whole result (every matching row, not a page) as CSV or NDJSON, written while the
 * database cursor moves: nothing holds the rows.
 */
final class Exports {
    static final String CSV = "text/csv";
    static final String NDJSON = "application/x-ndjson";
    private static final CsvMapper CSV_MAPPER = new CsvMapper();

    private enum Format { JSON, CSV, NDJSON }

    private Exports() {
    }

    /**
     * A page as JSON, or every row as CSV or NDJSON: the first of them the client accepts, in its
     * order of preference; JSON for a wildcard.
     */
    static Response respond(HttpHeaders headers, Supplier<Object> page, String name, List<String> columns,
            Consumer<Consumer<Object[]>> rows, Consumer<Consumer<String>> documents) {
        return switch (negotiate(headers)) {
            case CSV -> csv(name, columns, rows);
            case NDJSON -> ndjson(documents);
            case JSON -> Response.ok(page.get(), MediaType.APPLICATION_JSON_TYPE).build();
        };
    }

    private static Format negotiate(HttpHeaders headers) {
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return Format.JSON;
            }
            if (accepted.isCompatible(MediaType.valueOf(CSV))) {
                return Format.CSV;
            }
            if (accepted.isCompatible(MediaType.valueOf(NDJSON))) {
                return Format.NDJSON;
            }
        }
        return Format.JSON;
    }

    /** RFC 4180 CSV with a header row. */
    private static Response csv(String name, List<String> columns, Consumer<Consumer<Object[]>> rows) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        columns.forEach(schema::addColumn);
        StreamingOutput body = out -> {
            try (SequenceWriter writer = CSV_MAPPER.writer(schema.build()).writeValues(out)) {
                rows.accept(row -> write(() -> writer.write(row)));
            }
        };
        return Response.ok(body, CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"").build();
    }

    /** One JSON document per line. */
    private static Response ndjson(Consumer<Consumer<String>> documents) {
        StreamingOutput body = out -> documents.accept(document -> write(() -> line(out, document)));
        return Response.ok(body, NDJSON).build();
    }

    private static void line(OutputStream out, String document) throws IOException {
        out.write(document.getBytes(StandardCharsets.UTF_8));
        out.write('\n');
    }

    private interface Write {
        void run() throws IOException;
    }

    private static void write(Write write) {
        try {
            write.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the export (did the client stop reading?)", e);
        }
    }
}
