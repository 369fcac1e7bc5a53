package io.newsflow.ingest.service;

/**
 * Where an article was in a batch: its index in a JSON array, its line in NDJSON, the file it came
 * in (for multipart and zip uploads, with the index or line inside that file when it held several).
 */
public record Position(Integer index, Integer line, String file) {

    public static Position index(int index) {
        return new Position(index, null, null);
    }

    public static Position line(int line) {
        return new Position(null, line, null);
    }

    public static Position file(String file) {
        return new Position(null, null, file);
    }

    /** This position inside {@code file}. */
    public Position inFile(String name) {
        if (name == null) {
            return this;
        }
        return new Position(index, line, file == null ? name : name + "/" + file);
    }

    /** The position as a Problem.Error pointer: "/3", "line 17", "a.zip/b.jsonl line 2". */
    public String pointer() {
        String inside = line != null ? "line " + line : index != null ? "/" + index : null;
        if (file == null) {
            return inside == null ? "/" : inside;
        }
        return inside == null ? file : file + " " + inside;
    }
}
