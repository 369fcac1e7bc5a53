package io.newsflow.extract.engine.nlp;

/**
 * Where a paragraph too long for the sentence model is cut. OpenNLP's detector costs the square of a paragraph
 * without spaces (20,000 characters of "A.A.A.…" took 2.7 s, ten times as many did not end in two minutes), and
 * event extraction does per sentence work that grows faster than the sentence. Wire paragraphs stay under
 * 2,000 characters (the longest line of samples/ and eval/ is 1,563), so longer ones are cut, at the last sentence
 * end of the piece if there is one, else at its last space, else anywhere.
 */
final class LinePieces {
    static final int MAX_CHARS = 3_000;
    /** A cut earlier than this in the piece makes pieces too short to be worth it: the next rule is tried. */
    private static final int MIN_CHARS = MAX_CHARS / 2;

    private LinePieces() {
    }

    /** The end of the piece of text[start, lineEnd) that starts at start. */
    static int end(String text, int start, int lineEnd) {
        if (lineEnd - start <= MAX_CHARS) {
            return lineEnd;
        }
        int limit = start + MAX_CHARS;
        int lastSpace = -1;
        for (int i = limit - 1; i >= start + MIN_CHARS; i--) {
            if (text.charAt(i) == ' ') {
                char before = text.charAt(i - 1);
                if (before == '.' || before == '?' || before == '!') {
                    return i + 1;
                }
                if (lastSpace < 0) {
                    lastSpace = i + 1;
                }
            }
        }
        return lastSpace > 0 ? lastSpace : limit;
    }
}
