package io.newsflow.extract.engine.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Where quotations are: quote marks paired in order within a paragraph. A quote still open at the end of a
 * paragraph runs to its end, as wire style reopens it on the next paragraph without closing it.
 */
final class QuoteSpans {
    /** Offsets [open, close] of the marks; close is the paragraph end when the quote is left open. */
    record Span(int open, int close, int paragraph, boolean closed) {
    }

    private QuoteSpans() {
    }

    /**
     * Quote marks paired in order within each paragraph of normalised from {@code from} on, the original text's
     * typographic marks telling an opening mark from a closing one: a second opening mark while a quote is open
     * starts the quote again ('a sample called "Glasgow ("No Place Like Home")'), and a closing mark with no quote
     * open is passed over.
     */
    static List<Span> find(String original, String normalised, int from) {
        List<Span> spans = new ArrayList<>();
        int paragraph = 0;
        int lineStart = from;
        while (lineStart < normalised.length()) {
            int lineEnd = normalised.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = normalised.length();
            }
            if (!normalised.substring(lineStart, lineEnd).isBlank()) {
                int open = -1;
                for (int i = lineStart; i < lineEnd; i++) {
                    if (normalised.startsWith("''", i) && i + 1 < lineEnd) {
                        // "``…''" and "“…’’": doubled single marks as double quotes
                        if (open >= 0) {
                            spans.add(new Span(open, i, paragraph, true));
                            open = -1;
                        } else if (original.startsWith("``", i)) {
                            open = i + 1;
                        }
                        i++;
                        continue;
                    }
                    if (normalised.charAt(i) != '"') {
                        continue;
                    }
                    char mark = original.charAt(i);
                    boolean closes = open >= 0 && (CLOSING.indexOf(mark) >= 0 || STRAIGHT.indexOf(mark) >= 0
                            || mark == '\u201C' && original.charAt(open) == '\u201E'); // German „…“
                    if (closes) {
                        spans.add(new Span(open, i, paragraph, true));
                        open = -1;
                    } else if (CLOSING.indexOf(mark) < 0) {
                        open = i;
                    }
                }
                if (open >= 0) {
                    spans.add(new Span(open, lineEnd, paragraph, false));
                }
                paragraph++;
            }
            lineStart = lineEnd + 1;
        }
        return spans;
    }

    /** Marks that only close a quote; "»" closes a quote opened with "«". */
    private static final String CLOSING = "\u201D\u00BB";
    /** Marks with no direction: they open when no quote is open and close the one that is. */
    private static final String STRAIGHT = "\"\u201F\u2033";
}
