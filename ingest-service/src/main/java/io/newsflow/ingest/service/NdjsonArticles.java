package io.newsflow.ingest.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * {@code application/x-ndjson} (JSON Lines): one article object per line, read line by line as the
 * body streams in, so a 200 MB batch needs one line of memory. Lines are numbered from 1 as an
 * editor shows them; blank lines are skipped. A line longer than the document limit is skipped to
 * its end and reported, without being held in memory.
 */
public final class NdjsonArticles {
    public static final String CONTENT_TYPE = "application/x-ndjson";

    private NdjsonArticles() {
    }

    public static void read(InputStream in, Charset declared, String file, long maxLineChars,
            UploadMetadata metadata, ItemSink sink) throws IOException {
        Reader reader = new InputStreamReader(in, declared == null ? StandardCharsets.UTF_8 : declared);
        // Scanned a buffer at a time for the line ends: a read() per character (a lock and a call each
        // in BufferedReader) was a third of ingest's CPU under NDJSON uploads (JFR, docs/benchmarks.md).
        char[] buffer = new char[64 * 1024];
        int next = 0;
        int limit = 0;
        StringBuilder line = new StringBuilder();
        int lineNumber = 0;
        boolean eof = false;
        while (!eof) {
            line.setLength(0);
            boolean tooLong = false;
            boolean endOfLine = false;
            while (!endOfLine) {
                if (next == limit) {
                    limit = Math.max(reader.read(buffer, 0, buffer.length), 0);
                    next = 0;
                    if (limit == 0) {
                        eof = true;
                        break;
                    }
                }
                int end = next;
                while (end < limit && buffer[end] != '\n') {
                    end++;
                }
                int kept = (int) Math.min(end - next, Math.max(maxLineChars - line.length(), 0));
                tooLong |= kept < end - next;
                line.append(buffer, next, kept);
                endOfLine = end < limit;
                next = endOfLine ? end + 1 : end;
            }
            lineNumber++;
            if (eof && line.isEmpty()) {
                break;
            }
            Position position = Position.line(lineNumber).inFile(file);
            if (tooLong) {
                sink.accept(UploadItem.failed(position, CONTENT_TYPE,
                        IngestProblem.tooLarge("The line is longer than " + maxLineChars + " characters.")));
                continue;
            }
            String json = lineNumber == 1 && line.length() > 0 && line.charAt(0) == '\uFEFF'
                    ? line.substring(1) : line.toString();
            if (!json.isBlank()) {
                sink.accept(parse(json, position, metadata));
            }
        }
    }

    private static UploadItem parse(String json, Position position, UploadMetadata metadata) {
        try {
            return UploadItem.parsed(position, CONTENT_TYPE, JsonDocuments.fields(json).orElse(metadata));
        } catch (IngestProblem notAnObject) {
            return UploadItem.failed(position, CONTENT_TYPE, notAnObject);
        } catch (JsonProcessingException e) {
            return UploadItem.failed(position, CONTENT_TYPE, JsonDocuments.problem(e));
        }
    }
}
