package io.newsflow.extract.engine.dictionary;

/** A dictionary line the loader cannot read: names the file and line so the data author can fix it. */
public final class DictionaryFormatException extends RuntimeException {
    public DictionaryFormatException(String file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
    }
}
