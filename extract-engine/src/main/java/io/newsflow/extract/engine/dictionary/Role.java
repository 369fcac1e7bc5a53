package io.newsflow.extract.engine.dictionary;

/** A title that stands before or after a person's name; gender is "M", "F" or null; rank "RANK" marks military ranks and nobility. */
public record Role(String title, String category, String gender, String rank) {
}
