package io.newsflow.extract.engine.dictionary;

import java.util.Arrays;
import java.util.List;

/** One data line of a tab-separated dictionary, with its position for error messages. */
public record TsvRow(String file, int line, String[] fields) {

    public String text(int column) {
        return column < fields.length ? fields[column].strip() : "";
    }

    /** The values of a '|'-separated column; empty column gives an empty list. */
    public List<String> values(int column) {
        String value = text(column);
        if (value.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(value.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public String required(int column, String name) {
        String value = text(column);
        if (value.isEmpty()) {
            throw fail("missing " + name);
        }
        return value;
    }

    public Double decimalOrNull(int column, String name) {
        String value = text(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Double.valueOf(value);
        } catch (NumberFormatException e) {
            throw fail(name + " is not a number: '" + value + "'");
        }
    }

    public int integer(int column, String name) {
        String value = required(column, name);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw fail(name + " is not an integer: '" + value + "'");
        }
    }

    public DictionaryFormatException fail(String problem) {
        return new DictionaryFormatException(file, line, problem);
    }
}
