package io.newsflow.extract.engine.dictionary;

/** A title that stands before or after a person's name; gender is "M", "F" or null. */
public record Role(String title, String category, String gender, int rank) {
}
