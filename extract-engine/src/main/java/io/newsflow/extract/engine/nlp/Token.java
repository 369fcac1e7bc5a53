package io.newsflow.extract.engine.nlp;

/** A word or punctuation mark: offsets into the article text, the text as normalised for matching. */
public record Token(int index, int start, int end, String text, String lower) {

    public boolean isCapitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    public boolean isWord() {
        return !text.isEmpty() && Character.isLetterOrDigit(text.charAt(0));
    }

    public boolean isAllCaps() {
        boolean letter = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    public boolean is(String word) {
        return lower.equals(word);
    }

    /** A possessive pronoun of a person or a body: "his", "her", "its", "their". */
    public boolean isPossessivePronoun() {
        return lower.equals("his") || lower.equals("her") || lower.equals("its") || lower.equals("their");
    }

    /** The possessive clitic, with a straight or a typographic apostrophe: "Russia's", "Russia’s". */
    public boolean isPossessiveMark() {
        return lower.equals("'s") || lower.equals("\u2019s");
    }
}
