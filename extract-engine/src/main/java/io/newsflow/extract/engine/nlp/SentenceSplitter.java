package io.newsflow.extract.engine.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import io.newsflow.extract.engine.Deadline;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Sentences with the OpenNLP English model. The model is shared; SentenceDetectorME keeps per-call state, so
 * each thread gets its own detector over it.
 */
public final class SentenceSplitter {
    private static final String MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

    private final ThreadLocal<SentenceDetectorME> detector;

    private SentenceSplitter(SentenceModel model) {
        this.detector = ThreadLocal.withInitial(() -> new SentenceDetectorME(model));
    }

    public static SentenceSplitter load() {
        try (InputStream in = SentenceSplitter.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP sentence model " + MODEL + " is not on the classpath");
            }
            return new SentenceSplitter(new SentenceModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + MODEL, e);
        }
    }

    /** "U.S.", "U.N.", "Gen.": a dotted abbreviation ends the span, so the model's sentence break is no break. */
    private static boolean endsWithAbbreviation(String text, int start, int end) {
        String word = wordEndingInDot(text, start, end);
        // ("George W." | "Bush said": a middle initial is no sentence's end)
        return word != null && word.length() >= 2 && (DOTTED.matcher(word).matches()
                || Abbreviations.isTitleAsWritten(word) || INITIAL.matcher(word).matches());
    }

    /** "on Feb." | "14 paid", "No." | "10 Downing Street": an abbreviation ends the span and a digit opens the next. */
    private static boolean abbreviationBeforeNumber(String text, int start, int end, int next) {
        String word = wordEndingInDot(text, start, end);
        int k = next;
        while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        return word != null && k < text.length() && Character.isDigit(text.charAt(k))
                && Abbreviations.isAbbreviation(word.substring(0, word.length() - 1).toLowerCase(java.util.Locale.ROOT));
    }

    /** The last word of the span, with its dot, when the span ends in one after a letter ("Feb.", "U.S."); else null. */
    private static String wordEndingInDot(String text, int start, int end) {
        int e = end;
        while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e - start < 2 || text.charAt(e - 1) != '.' || !Character.isLetter(text.charAt(e - 2))) {
            return null;
        }
        int wordStart = e - 1;
        while (wordStart > start && !Character.isWhitespace(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        return text.substring(wordStart, e);
    }

    /** Whether the span at {@code start} opens with a lower-case letter ("on Wednesday hosted"). */
    private static boolean opensInLowerCase(String text, int start) {
        int k = start;
        while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        return k < text.length() && Character.isLowerCase(text.charAt(k));
    }

    private static final java.util.regex.Pattern INITIAL = java.util.regex.Pattern.compile("\\p{Lu}\\.");
    private static final java.util.regex.Pattern DOTTED = java.util.regex.Pattern.compile("(?:\\p{L}\\.){2,}");

    /**
     * Sentences of text[from, text.length()), paragraph by paragraph (a line break always ends a sentence). A
     * paragraph longer than {@link LinePieces#MAX_CHARS} is split into pieces first: no sentence is longer.
     */
    public List<Sentence> split(String normalisedText, int from, Deadline deadline) {
        List<Sentence> sentences = new ArrayList<>();
        SentenceDetectorME me = detector.get();
        int paragraph = 0;
        int lineStart = from;
        int tokenIndex = 0;
        while (lineStart < normalisedText.length()) {
            int lineEnd = normalisedText.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = normalisedText.length();
            }
            if (!normalisedText.substring(lineStart, lineEnd).isBlank()) {
                for (int pieceStart = lineStart; pieceStart < lineEnd;) {
                    deadline.check();
                    int pieceEnd = LinePieces.end(normalisedText, pieceStart, lineEnd);
                    String piece = normalisedText.substring(pieceStart, pieceEnd);
                    // A piece without a space is no prose, and the model would pay the square of its length for it.
                    Span[] spans = piece.indexOf(' ') < 0 ? new Span[] {new Span(0, piece.length())}
                            : me.sentPosDetect(piece);
                    for (int k = 0; k < spans.length; k++) {
                        int start = pieceStart + spans[k].getStart();
                        int end = pieceStart + spans[k].getEnd();
                        while (k + 1 < spans.length && (endsWithAbbreviation(normalisedText, start, end)
                                || opensInLowerCase(normalisedText, pieceStart + spans[k + 1].getStart())
                                || abbreviationBeforeNumber(normalisedText, start, end,
                                        pieceStart + spans[k + 1].getStart()))) {
                            // "The U.S." | "State Department said" is one sentence, and so is "Gilberto Teodoro Jr." |
                            // "on Wednesday hosted": no sentence opens in lower case; nor is "on Feb." | "14 paid"
                            // two: an abbreviation before a number is a date or a number's label
                            end = pieceStart + spans[++k].getEnd();
                        }
                        List<Token> tokens = WordTokenizer.tokenize(normalisedText, start, end, tokenIndex);
                        if (!tokens.isEmpty()) {
                            tokenIndex += tokens.size();
                            sentences.add(new Sentence(sentences.size(), paragraph, start, end, tokens));
                        }
                    }
                    pieceStart = pieceEnd;
                }
                paragraph++;
            }
            lineStart = lineEnd + 1;
        }
        return sentences;
    }
}
