package io.newsflow.extract.engine.dictionary;

/** A title that stands before or after a person's name; gender is "M", "F" or null; rank "RANK" marks military ranks and nobility. */
public record Role(String title, String category, String gender, String rank) {

    /** Whether the title is a spokesperson's, who speaks for a body rather than as a person. */
    public boolean spokesperson() {
        return "SPOKESPERSON".equals(category);
    }

    /** Whether the title is a royal one ("King", "Sheikh", "Crown Prince"). */
    public boolean royal() {
        return "ROYALTY".equals(category);
    }
}
